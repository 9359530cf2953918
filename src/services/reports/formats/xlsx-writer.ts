import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ReportCell, ReportColumn, ReportDocument, ReportSection, RenderResult } from '../report-document';
import { neutraliseFormula } from './formula-guard';
import type { RenderOptions } from './render-report';
import { assertWritable, drained, outcome, PROGRESS_EVERY } from './stream-write';
import { writeSeriesSheet } from './xlsx-series';
import { XLSX_HEADER_STYLE, XLSX_NUM_FMT } from './xlsx-styles';
import { SheetNames } from './sheet-names';

/** Excel's row limit: a longer section continues on a sheet named "<title> (2)". */
export const XLSX_MAX_SHEET_ROWS = 1_048_576;

const WIDTHS: Record<ReportColumn['type'], number> = { string: 24, integer: 12, number: 14, percent: 10, datetime: 20, date: 12, boolean: 9, durationMs: 12 };

/**
 * XLSX through exceljs's streaming WorkbookWriter: a "Report" sheet (title block and every
 * section's summary), then per section a sheet of its rows (typed cells, bold filled frozen header
 * with an auto filter) and, when it has series, a "<title> trends" sheet. Rows are committed as
 * they are written and each sheet is committed before the next opens (the zip takes entries one at
 * a time), so memory stays bounded whatever the row count.
 */
// Loaded on the first XLSX written, not at start: exceljs takes ~0.4 s to load, which every node
// (and every test server) would pay for a format it may never write.
let excelModule: typeof import('exceljs') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcel = (): typeof import('exceljs') => (excelModule ??= require('exceljs') as typeof import('exceljs'));

export async function writeXlsx(doc: ReportDocument, out: Writable, opts: RenderOptions): Promise<RenderResult> {
  const ExcelJS = loadExcel();
  const done = outcome(out);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'control-plane';
  wb.created = doc.generatedAt;
  const names = new SheetNames();
  writeReportSheet(wb, names.take('Report'), doc);
  let rows = 0;
  for (const section of doc.sections) {
    opts.signal?.throwIfAborted();
    rows = await writeSectionSheets(wb, names, section, rows, opts, out);
    if (section.series.length > 0) writeSeriesSheet(wb, names.take(`${section.title} trends`), section);
  }
  // exceljs waits for its zip to end, which never happens when the destination fails: race it.
  await Promise.race([wb.commit(), done]);
  await done;
  return { rows };
}

async function writeSectionSheets(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  names: SheetNames,
  section: ReportSection,
  rowsBefore: number,
  opts: RenderOptions,
  out: Writable,
): Promise<number> {
  const open = () => {
    const ws = wb.addWorksheet(names.take(section.title), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = section.columns.map((c) => ({
      key: c.key,
      width: Math.max(WIDTHS[c.type], Math.min(60, c.title.length + 3)),
      style: XLSX_NUM_FMT[c.type] ? { numFmt: XLSX_NUM_FMT[c.type] } : {},
    }));
    const header = ws.addRow(section.columns.map((c) => neutraliseFormula(c.title)));
    header.eachCell((cell) => (cell.style = XLSX_HEADER_STYLE));
    header.commit();
    return ws;
  };
  const finish = (ws: ExcelJS.Worksheet, lastRow: number) => {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, lastRow), column: Math.max(1, section.columns.length) } };
    ws.commit();
  };
  let rows = rowsBefore;
  let ws = open();
  let sheetRow = 1;
  for await (const row of section.rows()) {
    if (rows % PROGRESS_EVERY === 0) {
      opts.signal?.throwIfAborted();
      assertWritable(out);
      opts.onProgress?.({ rows });
      await letZipCatchUp(ws, out);
    }
    if (sheetRow === XLSX_MAX_SHEET_ROWS) {
      finish(ws, sheetRow);
      ws = open();
      sheetRow = 1;
    }
    ws.addRow(section.columns.map((c) => xlsxValue(row[c.key] ?? null))).commit();
    sheetRow++;
    rows++;
  }
  finish(ws, sheetRow);
  return rows;
}

/** Typed cell value: Date, number, boolean stay typed; text is neutralised against formulas. */
export function xlsxValue(value: ReportCell): ExcelJS.CellValue {
  if (typeof value === 'string') return neutraliseFormula(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/**
 * exceljs pushes committed rows into the zip without backpressure: its sheet stream (a StreamBuf)
 * keeps what the zip has not taken yet, and hands the rest to the deflater without waiting. A row
 * source faster than compression would so queue the whole sheet in memory. So between batches the
 * writer waits while more than ZIP_BACKLOG_LIMIT bytes are pending there (read from exceljs 4.4's
 * internals, pinned), and for the destination to drain. If the backlog stops shrinking (the zip is
 * busy elsewhere), it carries on rather than hang: memory then grows, output stays correct.
 */
const ZIP_BACKLOG_LIMIT = 4 * 1024 * 1024;
const STALL_MS = 2000;

interface SheetStreamInternals {
  buffers?: Array<{ length: number }>;
  pipes?: Array<{ _writableState?: { length: number }; _readableState?: { length: number } }>;
}

function zipBacklog(ws: ExcelJS.Worksheet): number {
  const stream = (ws as unknown as { _stream?: SheetStreamInternals })._stream;
  if (!stream) return 0;
  let bytes = 0;
  for (const b of stream.buffers ?? []) bytes += b.length;
  // exceljs pipes into archiver's PassThrough (readable-stream): what it holds, both sides.
  for (const p of stream.pipes ?? []) bytes += (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  return bytes;
}

async function letZipCatchUp(ws: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  await tick();
  let last = zipBacklog(ws);
  let since = Date.now();
  while (last > ZIP_BACKLOG_LIMIT) {
    const waitedForOut = out.writableNeedDrain;
    if (waitedForOut) await drained(out);
    else await new Promise<void>((resolve) => setTimeout(resolve, 1));
    const now = zipBacklog(ws);
    // A slow destination is not a stall: only a zip that takes nothing while `out` is free is.
    if (now < last || waitedForOut) since = Date.now();
    else if (Date.now() - since > STALL_MS) return;
    last = now;
  }
  if (out.writableNeedDrain) await drained(out);
}

function writeReportSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, doc: ReportDocument) {
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 30 }, { width: 48 }];
  const title = ws.addRow([neutraliseFormula(doc.title)]);
  title.font = { bold: true, size: 16 };
  title.commit();
  const pair = (label: string, value: ReportCell, numFmt?: string) => {
    const r = ws.addRow([neutraliseFormula(label), xlsxValue(value)]);
    r.getCell(1).font = { bold: true };
    if (numFmt) r.getCell(2).numFmt = numFmt;
    r.commit();
  };
  pair('Definition', doc.definitionName);
  pair('Template', doc.template);
  pair('Generated at (UTC)', doc.generatedAt, XLSX_NUM_FMT.datetime);
  pair('Range from (UTC)', doc.range.from, XLSX_NUM_FMT.datetime);
  pair('Range to (UTC)', doc.range.to, XLSX_NUM_FMT.datetime);
  pair('Timezone', doc.timezone);
  for (const p of doc.parameters) pair(p.label, p.value);
  for (const section of doc.sections) {
    ws.addRow([]).commit();
    const head = ws.addRow([neutraliseFormula(section.title)]);
    head.font = { bold: true, size: 12 };
    head.commit();
    if (section.note) ws.addRow([neutraliseFormula(section.note)]).commit();
    for (const s of section.summary) pair(s.label, s.value, s.value instanceof Date ? XLSX_NUM_FMT.datetime : undefined);
  }
  ws.commit();
}
