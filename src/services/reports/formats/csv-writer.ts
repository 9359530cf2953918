import type { Writable } from 'node:stream';
import type { ReportDocument, RenderResult } from '../report-document';
import { plainCell } from './cell-format';
import { neutraliseFormula } from './formula-guard';
import type { RenderOptions } from './render-report';
import { assertWritable, end, PROGRESS_EVERY, write } from './stream-write';

/**
 * CSV layout (docs/report-formats.md): RFC 4180 (CRLF line ends; a field holding a comma, quote, CR or LF
 * is quoted, quotes doubled), UTF-8 with a byte-order mark because Excel reads a BOM-less CSV in the
 * machine's ANSI code page and garbles every non-ASCII name. One block per section: a line with
 * the section title, the header row (column titles), the rows; a blank line between sections.
 * Summaries and series are in the JSON, XLSX and PDF formats, not here. Values: see plainCell
 * (ISO-8601 UTC dates, plain numbers, percent as a fraction); text cells pass neutraliseFormula.
 */
export async function writeCsv(doc: ReportDocument, out: Writable, opts: RenderOptions): Promise<RenderResult> {
  let rows = 0;
  // Rows are joined into ~64 KiB chunks: one stream write per row costs more than the row itself.
  let pending = '\uFEFF';
  const flush = async (force: boolean) => {
    if (force || pending.length >= 65536) {
      if (pending) await write(out, pending);
      pending = '';
    }
  };
  for (const [i, section] of doc.sections.entries()) {
    opts.signal?.throwIfAborted();
    if (i > 0) pending += '\r\n';
    pending += csvLine([neutraliseFormula(section.title)]);
    pending += csvLine(section.columns.map((c) => neutraliseFormula(c.title)));
    const columns = section.columns;
    for await (const row of section.rows()) {
      if (rows % PROGRESS_EVERY === 0) {
        opts.signal?.throwIfAborted();
        assertWritable(out);
        opts.onProgress?.({ rows });
      }
      const fields: string[] = new Array(columns.length);
      for (let c = 0; c < columns.length; c++) {
        const value = row[columns[c].key];
        const text = plainCell(value, columns[c]);
        fields[c] = typeof value === 'string' ? neutraliseFormula(text) : text;
      }
      pending += csvLine(fields);
      rows++;
      await flush(false);
    }
  }
  await flush(true);
  await end(out);
  return { rows };
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i > 0 ? ',' : '') + csvField(fields[i]);
  return `${line}\r\n`;
}
