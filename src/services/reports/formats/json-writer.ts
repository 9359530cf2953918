import type { Writable } from 'node:stream';
import type { ReportCell, ReportDocument } from '../report-document';
import type { RenderOptions } from './render-report';
import { end, PROGRESS_EVERY, write } from './stream-write';

/**
 * The documented JSON shape (docs/report-formats.md): `{ report: {...}, sections: [{ key, title, note,
 * summary, columns, series, rows }] }`, dates as ISO-8601 UTC strings. Written as a stream: rows
 * are serialised one at a time, so a million-row section never sits in memory.
 */
export async function writeJson(doc: ReportDocument, out: Writable, opts: RenderOptions) {
  let rows = 0;
  const head = {
    title: doc.title,
    template: doc.template,
    definitionName: doc.definitionName,
    generatedAt: doc.generatedAt.toISOString(),
    timezone: doc.timezone,
    range: { from: doc.range.from.toISOString(), to: doc.range.to.toISOString() },
    parameters: doc.parameters,
  };
  await write(out, `{"report":${JSON.stringify(head)},"sections":[`);
  for (const [i, section] of doc.sections.entries()) {
    const meta = { key: section.key, title: section.title, note: section.note, summary: section.summary, columns: section.columns, series: section.series };
    const metaJson = JSON.stringify(meta);
    await write(out, `${i > 0 ? ',' : ''}${metaJson.slice(0, -1)},"rows":[`);
    let first = true;
    for await (const row of section.rows()) {
      if (rows % PROGRESS_EVERY === 0) {
        opts.signal?.throwIfAborted();
        opts.onProgress?.({ rows });
      }
      const cells: Record<string, ReportCell> = {};
      for (const col of section.columns) cells[col.key] = row[col.key] ?? null;
      await write(out, (first ? '' : ',') + JSON.stringify(cells));
      first = false;
      rows++;
    }
    await write(out, ']}');
  }
  await write(out, ']}');
  await end(out);
  return { rows };
}
