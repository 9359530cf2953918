import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/services/reports/formats/render-report';
import { bigRow, buildDocument, collect } from './report-fixture';

const run = promisify(execFile);
let dir: string;

/** Text of each page, read by poppler's pdftotext (an independent reader), split on form feeds. */
async function pdfPages(buf: Buffer): Promise<string[]> {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, buf);
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').filter((p) => p.trim() !== '');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-pdf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PDF writer', () => {
  it('writes the title block, charts with trend and forecast figures, paginated tables and page numbers', async () => {
    const { sink, bytes } = collect();
    const progress: number[] = [];
    const result = await renderReport(buildDocument(3000), 'PDF', sink, { onProgress: (p) => progress.push(p.rows) });
    expect(result.rows).toBe(3009);
    expect(progress).toEqual([0, 1000, 2000, 3000]);
    expect(bytes().subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes());
    expect(pages.length).toBeGreaterThan(3);
    const all = pages.join('\n');

    expect(pages[0]).toContain('Weekly performance');
    expect(pages[0]).toContain('Ops weekly · WEEKLY_PERFORMANCE');
    expect(pages[0]).toMatch(/Generated at: 2026-11-30 08:15 UTC/);
    expect(pages[0]).toMatch(/Period: 2026-11-23 00:00 UTC to 2026-11-30 00:00 UTC/);
    expect(pages[0]).toContain('Labels: team=core');
    expect(pages[0]).toContain('Total users: 1,234');

    expect(all).toContain('Logins per day (count)');
    expect(all).toContain('Method: Holt-Winters additive, season 7');
    expect(all).toContain('MAPE: 4.3 % (backtest)');
    expect(all).toContain('R²: 0.912');
    expect(all).toContain('Period change: +6 (+3.9 %)');
    expect(all).toContain('No forecast: Too little data for a forecast: 3 buckets, at least 8 needed.');

    // Latin-1 survives the standard fonts; the header row is repeated on every page of the audit table.
    expect(all).toContain('Zoë Ångström');
    const auditPages = pages.filter((p) => /user-\d+@example\.com/.test(p));
    expect(auditPages.length).toBeGreaterThan(10);
    for (const page of auditPages) expect(page).toMatch(/At\s+Actor\s+Action\s+Count\s+Ratio/);
    expect(all).toContain(bigRow(2999).actor as string);
    expect(all).toContain('3,000 rows.');

    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages[1]).toContain('Page 2 of');
  });

  it('caps table rows per section and says so, while counting every row', async () => {
    const { sink, bytes } = collect();
    const result = await renderReport(buildDocument(3000), 'PDF', sink, { pdfMaxRows: 100 });
    expect(result.rows).toBe(3009);
    const all = (await pdfPages(bytes())).join('\n');
    expect(all).toContain('Showing the first 100 of 3,000 rows; the CSV, JSON and XLSX files hold every row.');
    expect(all).toContain('2026-11-02 01:39');
    expect(all).not.toContain('2026-11-02 01:40');
  });

  it('cuts long cells with an ellipsis', async () => {
    const doc = buildDocument(0);
    const long = `${'very long value '.repeat(20)}END`;
    doc.sections[0].rows = async function* () {
      yield { name: long, email: 'x@example.com', createdAt: null, logins: 1, share: 0, active: true, balance: 0 };
    };
    const { sink, bytes } = collect();
    await renderReport(doc, 'PDF', sink);
    const all = (await pdfPages(bytes())).join('\n');
    expect(all).toMatch(/very long value[^\n]*…/);
    expect(all).not.toContain('END');
  });

  it('rejects with the abort reason when the signal fires mid-stream', async () => {
    const controller = new AbortController();
    const { sink } = collect();
    const run = renderReport(buildDocument(3000), 'PDF', sink, {
      signal: controller.signal,
      onProgress: (p) => p.rows >= 1000 && controller.abort(new Error('cancelled by test')),
    });
    await expect(run).rejects.toThrow('cancelled by test');
    expect(sink.writableEnded).toBe(false);
  });
});
