import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/services/reports/formats/render-report';
import { neutraliseFormula } from '../../../src/services/reports/formats/formula-guard';
import { bigRow, buildDocument, collect, INJECTIONS, SMALL_ROWS } from './report-fixture';

/** A strict RFC 4180 reader: CRLF records only, quotes only around whole fields, `""` inside. */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
    if (i >= text.length) return records;
  }
}

function expected(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return neutraliseFormula(value);
  return String(value);
}

describe('CSV writer', () => {
  it('writes RFC 4180 with a BOM, one block per section, values read back equal', async () => {
    const doc = buildDocument(3000);
    const { sink, bytes } = collect();
    const progress: number[] = [];
    const result = await renderReport(doc, 'CSV', sink, { onProgress: (p) => progress.push(p.rows) });
    const buf = bytes();
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseRfc4180(buf.subarray(3).toString('utf8'));
    expect(result.rows).toBe(SMALL_ROWS.length + 3000);
    expect(progress).toEqual([0, 1000, 2000, 3000]);

    const users = doc.sections[0];
    expect(records[0]).toEqual(['Users: growth/status [all]']);
    expect(records[1]).toEqual(['Name', 'Email', 'Created at', 'Logins', 'Share', 'Active', 'Balance']);
    const userRows = records.slice(2, 2 + SMALL_ROWS.length);
    expect(userRows).toEqual(SMALL_ROWS.map((r) => users.columns.map((c) => expected(r[c.key]))));
    expect(userRows[0]).toEqual(['Zoë Ångström', 'zoe@example.com', '2026-01-02T03:04:05.000Z', '42', '0.125', 'true', '-17.5']);
    expect(userRows[1].slice(0, 2)).toEqual(['Quote "me", please', 'line\nbreak@example.com']);
    expect(userRows[2].slice(0, 3)).toEqual(['東京 ユーザー', '', '']);

    const blank = 2 + SMALL_ROWS.length;
    expect(records[blank]).toEqual(['']);
    expect(records[blank + 1]).toEqual(['Audit activity']);
    expect(records[blank + 2]).toEqual(['At', 'Actor', 'Action', 'Count', 'Ratio']);
    const auditRows = records.slice(blank + 3);
    expect(auditRows).toHaveLength(3000);
    expect(auditRows[2999]).toEqual([bigRow(2999).at, bigRow(2999).actor, bigRow(2999).action, 2999, 0.99].map(expected));
  });

  it('neutralises formula starts in text cells but keeps negative numbers numeric', async () => {
    const { sink, bytes } = collect();
    await renderReport(buildDocument(0), 'CSV', sink);
    const records = parseRfc4180(bytes().subarray(3).toString('utf8'));
    const injected = records.slice(5, 5 + INJECTIONS.length);
    expect(injected.map((r) => r[0])).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(injected.map((r) => r[3])).toEqual(['-1', '-2', '-3', '-4', '-5', '-6']);
    expect(injected.every((r) => r[6] === '-3')).toBe(true);
  });

  it('rejects with the abort reason when the signal fires mid-stream', async () => {
    const controller = new AbortController();
    const { sink, bytes } = collect();
    const seen: number[] = [];
    const run = renderReport(buildDocument(3000), 'CSV', sink, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.rows);
        if (p.rows >= 1000) controller.abort(new Error('cancelled by test'));
      },
    });
    await expect(run).rejects.toThrow('cancelled by test');
    expect(seen).toEqual([0, 1000]);
    // Stopped between rows: the last row never reached the file, and the file was not ended.
    expect(bytes().toString('utf8')).not.toContain((bigRow(2999).at as Date).toISOString());
    expect(sink.writableEnded).toBe(false);
  });
});
