import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/services/reports/formats/formula-guard';
import { renderReport } from '../../../src/services/reports/formats/render-report';
import { pdfSafe } from '../../../src/services/reports/formats/pdf-text';
import { Writable } from 'node:stream';
import { bigRow, buildDocument, collect, SMALL_ROWS } from './report-fixture';

describe('formula guard', () => {
  it('quotes text that a spreadsheet would run, and nothing else', () => {
    expect(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['plain', 'a=b', ' =x', '', "'already"].map(neutraliseFormula)).toEqual(['plain', 'a=b', ' =x', '', "'already"]);
  });
});

describe('PDF text', () => {
  it('keeps Latin-1 and typographic characters, folds or replaces the rest', () => {
    expect(pdfSafe('Zoë Ångström – “ok” … €')).toBe('Zoë Ångström – “ok” … €');
    expect(pdfSafe('Gödel, Erdős, 東京\tx')).toBe('Gödel, Erdos, ?? x');
  });
});

describe('JSON writer', () => {
  it('writes the documented shape, read back by JSON.parse with every row', async () => {
    const { sink, bytes } = collect();
    const result = await renderReport(buildDocument(2500), 'JSON', sink);
    expect(result.rows).toBe(SMALL_ROWS.length + 2500);
    const parsed = JSON.parse(bytes().toString('utf8'));
    expect(parsed.report).toMatchObject({ title: 'Weekly performance', generatedAt: '2026-11-30T08:15:00.000Z' });
    expect(parsed.sections.map((s: { key: string }) => s.key)).toEqual(['users', 'audit']);
    expect(parsed.sections[0].rows[0]).toEqual({ ...SMALL_ROWS[0], createdAt: '2026-01-02T03:04:05.000Z' });
    expect(parsed.sections[1].rows).toHaveLength(2500);
    expect(parsed.sections[1].rows[2499].actor).toBe(bigRow(2499).actor);
    expect(parsed.sections[0].series[0].forecast.available).toBe(true);
  });
});

describe('a failing destination', () => {
  it('rejects every format instead of hanging', async () => {
    for (const format of ['CSV', 'JSON', 'XLSX', 'PDF'] as const) {
      const sink = new Writable({
        write(_chunk, _enc, cb) {
          cb(new Error('disk full'));
        },
      });
      sink.on('error', () => undefined);
      await expect(renderReport(buildDocument(3000), format, sink), format).rejects.toThrow('disk full');
    }
  });
});
