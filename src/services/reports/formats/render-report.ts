import type { Writable } from 'node:stream';
import type { ReportFormat } from '../../../db/schema/reports';
import type { RenderProgress, RenderResult, ReportDocument } from '../report-document';
import { writeCsv } from './csv-writer';
import { writeJson } from './json-writer';
import { writePdf } from './pdf-writer';
import { writeXlsx } from './xlsx-writer';

export interface RenderOptions {
  /** Called now and then while rows are written (not per row). */
  onProgress?: (progress: RenderProgress) => void;
  /** Aborted on cancellation: the writer stops between rows and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** PDF only: rows drawn per section table (REPORT_PDF_MAX_ROWS); the footer states "first N of M". */
  pdfMaxRows?: number;
}

export type FormatWriter = (doc: ReportDocument, out: Writable, opts: RenderOptions) => Promise<RenderResult>;

const WRITERS: Record<ReportFormat, FormatWriter> = {
  CSV: writeCsv,
  JSON: writeJson,
  PDF: writePdf,
  XLSX: writeXlsx,
};

/** Writes the document in one format to `out` (ended when done), streaming section rows. */
export async function renderReport(doc: ReportDocument, format: ReportFormat, out: Writable, opts: RenderOptions = {}): Promise<RenderResult> {
  return WRITERS[format](doc, out, opts);
}
