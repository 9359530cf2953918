import type { Writable } from 'node:stream';
import type { ReportDocument, ReportSection, RenderResult } from '../report-document';
import { displayCell } from './cell-format';
import { drawSeries } from './pdf-chart';
import { COLORS, ensureSpace, frameOf, PAGE } from './pdf-layout';
import { drawTable } from './pdf-table';
import { pdfSafe } from './pdf-text';
import type { RenderOptions } from './render-report';
import { assertWritable, outcome } from './stream-write';

/** Rows per section drawn in a PDF table unless the caller passes `pdfMaxRows` (REPORT_PDF_MAX_ROWS). */
export const DEFAULT_PDF_MAX_ROWS = 5000;

/**
 * PDF through pdfkit, piped into `out` as it is produced: a title block (parameters, generation
 * time, range), then per section its title, note, summary, a chart per series with its trend and
 * forecast figures, and its rows as a paginated table. Pages are buffered (pdfkit's bufferPages)
 * only so the footer can say "Page n of m"; the per-section row cap keeps that bounded. Times are
 * printed in UTC (stated in the title block).
 */
// Loaded on the first PDF written, not at start (as exceljs for XLSX).
let pdfkitModule: typeof import('pdfkit') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfkit = (): typeof import('pdfkit') => (pdfkitModule ??= require('pdfkit') as typeof import('pdfkit'));

export async function writePdf(doc: ReportDocument, out: Writable, opts: RenderOptions): Promise<RenderResult> {
  const PDFDocument = loadPdfkit();
  const maxRows = opts.pdfMaxRows ?? DEFAULT_PDF_MAX_ROWS;
  const pdf = new PDFDocument({
    size: PAGE.size,
    layout: PAGE.layout,
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: pdfSafe(doc.title), Author: 'control-plane', Subject: pdfSafe(doc.definitionName), CreationDate: doc.generatedAt },
  });
  const done = outcome(out);
  pdf.pipe(out);
  const progress = { rows: 0 };
  try {
    titleBlock(pdf, doc);
    for (const [i, section] of doc.sections.entries()) {
      opts.signal?.throwIfAborted();
      assertWritable(out);
      if (i > 0) pdf.addPage();
      await drawSection(pdf, section, maxRows, progress, opts, out);
    }
    pageNumbers(pdf, doc);
  } catch (err) {
    // The runner discards a cancelled or failed file; nothing more of it reaches `out`.
    pdf.unpipe(out);
    throw err;
  }
  pdf.end();
  await done;
  return { rows: progress.rows };
}

const utc = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;

function titleBlock(pdf: PDFKit.PDFDocument, doc: ReportDocument) {
  const { left, width } = frameOf(pdf);
  pdf.font('Helvetica-Bold').fontSize(20).fillColor(COLORS.text).text(pdfSafe(doc.title), left, PAGE.margin, { width });
  pdf.font('Helvetica').fontSize(11).fillColor(COLORS.muted).text(pdfSafe(`${doc.definitionName} · ${doc.template}`), { width });
  pdf.moveDown(0.6).fontSize(9.5).fillColor(COLORS.text);
  const line = (label: string, value: string) => {
    pdf.font('Helvetica-Bold').text(pdfSafe(`${label}: `), left, pdf.y, { continued: true, width });
    pdf.font('Helvetica').text(pdfSafe(value), { width });
  };
  line('Generated at', utc(doc.generatedAt));
  line('Period', `${utc(doc.range.from)} to ${utc(doc.range.to)}`);
  if (!doc.parameters.some((p) => p.label === 'Timezone')) line('Timezone', doc.timezone);
  for (const p of doc.parameters) line(p.label, p.value);
  pdf.moveDown(0.3).font('Helvetica-Oblique').fontSize(8.5).fillColor(COLORS.muted).text('Times in this document are UTC.', left, pdf.y, { width });
  pdf.moveDown(1).fillColor(COLORS.text);
}

async function drawSection(pdf: PDFKit.PDFDocument, section: ReportSection, maxRows: number, progress: { rows: number }, opts: RenderOptions, out: Writable) {
  const { left, width } = frameOf(pdf);
  ensureSpace(pdf, 80);
  pdf.font('Helvetica-Bold').fontSize(15).fillColor(COLORS.text).text(pdfSafe(section.title), left, pdf.y, { width });
  if (section.note) pdf.font('Helvetica-Oblique').fontSize(9.5).fillColor(COLORS.muted).text(pdfSafe(section.note), { width });
  pdf.moveDown(0.4).fillColor(COLORS.text).fontSize(9.5);
  for (const s of section.summary) {
    pdf.font('Helvetica-Bold').text(pdfSafe(`${s.label}: `), left, pdf.y, { continued: true, width });
    pdf.font('Helvetica').text(pdfSafe(displayCell(s.value, null)), { width });
  }
  pdf.moveDown(0.8);
  for (const series of section.series) drawSeries(pdf, series);
  opts.signal?.throwIfAborted();
  await drawTable(pdf, section, maxRows, progress, opts, out);
}

/** "Page n of m" on every page; bottom margin lifted while writing so pdfkit adds no page. */
function pageNumbers(pdf: PDFKit.PDFDocument, doc: ReportDocument) {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const { left, width } = frameOf(pdf);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - PAGE.margin + 8;
    pdf.font('Helvetica').fontSize(8).fillColor(COLORS.muted);
    pdf.text(pdfSafe(doc.title), left, y, { lineBreak: false });
    const label = `Page ${i + 1} of ${range.count}`;
    pdf.text(label, left + width - pdf.widthOfString(label), y, { lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
