import type { Writable } from 'node:stream';
import type { ReportColumn, ReportRow, ReportSection } from '../report-document';
import { displayCell, formatNumber } from './cell-format';
import { COLORS, ensureSpace, frameOf } from './pdf-layout';
import { fitText, pdfSafe } from './pdf-text';
import type { RenderOptions } from './render-report';
import { assertWritable, PROGRESS_EVERY } from './stream-write';

const WEIGHTS: Record<ReportColumn['type'], number> = { string: 2, datetime: 1.4, date: 1, integer: 0.8, number: 1, percent: 0.8, boolean: 0.6, durationMs: 0.9 };
const ROW_H = 12;
const FONT_SIZE = 7.5;
const PAD = 3;
const NUMERIC = new Set<ReportColumn['type']>(['integer', 'number', 'percent', 'durationMs']);

/**
 * The section's rows as a table that paginates with its header row repeated on every page; cells
 * that do not fit are cut with an ellipsis. At most `maxRows` rows are drawn (a PDF of a million
 * rows helps nobody); the rest are still read, to count them for the footer "first N of M rows"
 * and to keep progress and cancellation moving. Returns the rows read.
 */
export async function drawTable(
  doc: PDFKit.PDFDocument,
  section: ReportSection,
  maxRows: number,
  progress: { rows: number },
  opts: RenderOptions,
  out: Writable,
): Promise<number> {
  const frame = frameOf(doc);
  const columns = section.columns;
  const total = columns.reduce((s, c) => s + WEIGHTS[c.type], 0) || 1;
  const widths = columns.map((c) => (frame.width * WEIGHTS[c.type]) / total);
  const xs = widths.map((_, i) => frame.left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const header = (y: number) => {
    doc.rect(frame.left, y, frame.width, ROW_H).fill(COLORS.headerFill);
    doc.font('Helvetica-Bold').fontSize(FONT_SIZE).fillColor(COLORS.text);
    columns.forEach((c, i) => cell(pdfSafe(c.title), i, y, NUMERIC.has(c.type)));
    doc.font('Helvetica');
    return y + ROW_H;
  };
  const cell = (text: string, i: number, y: number, right: boolean) => {
    const fitted = fitText(doc, text, widths[i] - 2 * PAD);
    if (!fitted) return;
    const x = right ? xs[i] + widths[i] - PAD - doc.widthOfString(fitted) : xs[i] + PAD;
    doc.text(fitted, x, y + 2.5, { lineBreak: false });
  };

  let y = header(ensureSpace(doc, ROW_H * 3));
  let read = 0;
  for await (const row of section.rows()) {
    if (progress.rows % PROGRESS_EVERY === 0) {
      opts.onProgress?.({ rows: progress.rows });
      opts.signal?.throwIfAborted();
      assertWritable(out);
    }
    progress.rows++;
    read++;
    if (read > maxRows) continue;
    if (y + ROW_H > frame.bottom) {
      doc.addPage();
      y = header(frame.top);
    }
    drawRow(row, y, read % 2 === 0);
    y += ROW_H;
  }
  function drawRow(row: ReportRow, top: number, zebra: boolean) {
    if (zebra) doc.rect(frame.left, top, frame.width, ROW_H).fill(COLORS.zebra);
    doc.fillColor(COLORS.text);
    columns.forEach((c, i) => cell(pdfSafe(displayCell(row[c.key], c.type)), i, top, NUMERIC.has(c.type)));
  }

  const footer =
    read === 0 ? 'No rows.' : read > maxRows ? `Showing the first ${formatNumber(maxRows, 0)} of ${formatNumber(read, 0)} rows; the CSV, JSON and XLSX files hold every row.` : `${formatNumber(read, 0)} rows.`;
  if (y + ROW_H + 4 > frame.bottom) {
    doc.addPage();
    y = frame.top;
  }
  doc.font('Helvetica-Oblique').fontSize(8).fillColor(COLORS.muted).text(footer, frame.left, y + 4, { lineBreak: false });
  doc.font('Helvetica').fillColor(COLORS.text);
  doc.x = frame.left;
  doc.y = y + 4 + ROW_H + 8;
  return read;
}
