import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportCell, ReportColumn, ReportDocument, ReportSection, RenderResult } from '../report-document';
import { neutraliseFormula } from './formula-guard';
import type { RenderOptions } from './render-report';
import { PROGRESS_EVERY } from './stream-write';
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
export async function writeXlsx(doc: ReportDocument, out: Writable, opts: RenderOptions): Promise<RenderResult> {
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
  await wb.commit();
  if (!out.writableFinished) await once(out, 'finish');
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
      opts.onProgress?.({ rows });
      await letZipCatchUp(out);
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
 * exceljs pushes committed rows into the zip without backpressure, and compression runs off the
 * main thread: without a turn of the event loop now and then, a fast row source would queue the
 * whole sheet in memory ahead of the deflater. So every batch waits one macrotask, and for the
 * destination to drain when it is full.
 */
async function letZipCatchUp(out: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, 'drain');
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
