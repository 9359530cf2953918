import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/services/reports/formats/render-report';
import { SheetNames } from '../../../src/services/reports/formats/sheet-names';
import { bigRow, buildDocument, collect, SMALL_ROWS } from './report-fixture';

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('XLSX writer', () => {
  it('writes a Report sheet and one typed sheet per section that exceljs reads back', async () => {
    const doc = buildDocument(3000);
    const { sink, bytes } = collect();
    const progress: number[] = [];
    const result = await renderReport(doc, 'XLSX', sink, { onProgress: (p) => progress.push(p.rows) });
    expect(result.rows).toBe(SMALL_ROWS.length + 3000);
    expect(progress).toEqual([0, 1000, 2000, 3000]);
    const wb = await load(bytes());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Report', 'Users growth status all', 'Users growth status all trends', 'Audit activity']);

    const report = wb.getWorksheet('Report')!;
    expect(report.getCell('A1').value).toBe('Weekly performance');
    const pairs = new Map<string, ExcelJS.CellValue>();
    report.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('Generated at (UTC)')).toEqual(doc.generatedAt);
    expect(pairs.get('Labels')).toBe('team=core');
    expect(pairs.get('Total users')).toBe(1234);
    expect(pairs.get('Active share')).toBe(0.87);

    const users = wb.getWorksheet('Users growth status all')!;
    expect(users.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(users.autoFilter).toBeTruthy();
    expect(users.getRow(1).values).toEqual([undefined, 'Name', 'Email', 'Created at', 'Logins', 'Share', 'Active', 'Balance']);
    expect(users.getCell('A1').font?.bold).toBe(true);
    expect(users.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const first = users.getRow(2);
    expect(first.getCell(1).value).toBe('Zoë Ångström');
    expect(first.getCell(3).value).toBeInstanceOf(Date);
    expect((first.getCell(3).value as Date).toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(first.getCell(3).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(first.getCell(4).value).toBe(42);
    expect(first.getCell(5).value).toBe(0.125);
    expect(first.getCell(5).numFmt).toBe('0.0%');
    expect(first.getCell(6).value).toBe(true);
    expect(first.getCell(7).value).toBe(-17.5);
    expect(users.getRow(4).getCell(1).value).toBe('東京 ユーザー');
    expect(users.getRow(4).getCell(3).value).toBeNull();
    expect(users.rowCount).toBe(1 + SMALL_ROWS.length);

    const audit = wb.getWorksheet('Audit activity')!;
    expect(audit.rowCount).toBe(3001);
    expect(audit.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const last = audit.getRow(3001);
    expect((last.getCell(1).value as Date).getTime()).toBe((bigRow(2999).at as Date).getTime());
    expect(last.getCell(2).value).toBe(bigRow(2999).actor);
    expect(last.getCell(4).value).toBe(2999);

    const trends = wb.getWorksheet('Users growth status all trends')!;
    const col1: unknown[] = [];
    trends.eachRow((row) => col1.push(row.getCell(1).value));
    expect(col1).toContain('Logins per day (count)');
    expect(col1).toContain('Backtest MAPE %');
    const byLabel = new Map<unknown, ExcelJS.Row>();
    trends.eachRow((row) => byLabel.set(row.getCell(1).value, row));
    expect(byLabel.get('R²')!.getCell(2).value).toBe(0.912);
    expect(byLabel.get('Forecast')!.getCell(2).value).toBe('Too little data for a forecast: 3 buckets, at least 8 needed.');
    // The first forecast row: bucket date, empty value and average, forecast and its bands.
    const forecastRow = trends.getRow(3 + 21);
    expect(forecastRow.getCell(1).value).toBeInstanceOf(Date);
    expect([4, 5, 6, 7, 8].map((c) => forecastRow.getCell(c).value)).toEqual([165, 157, 173, 151, 179]);
  });

  it('neutralises formula starts in text cells and keeps negative numbers numeric', async () => {
    const { sink, bytes } = collect();
    await renderReport(buildDocument(0), 'XLSX', sink);
    const users = (await load(bytes())).getWorksheet('Users growth status all')!;
    const texts = [5, 6, 7, 8, 9, 10].map((r) => users.getRow(r).getCell(1).value);
    // XML parsing turns a raw CR into LF (XML 1.0 end-of-line handling); the guard's quote is what counts.
    expect(texts).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\nx"]);
    expect([5, 6, 7, 8, 9, 10].map((r) => users.getRow(r).getCell(4).value)).toEqual([-1, -2, -3, -4, -5, -6]);
    expect(users.getRow(5).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('rejects with the abort reason when the signal fires mid-stream', async () => {
    const controller = new AbortController();
    const { sink } = collect();
    const run = renderReport(buildDocument(3000), 'XLSX', sink, {
      signal: controller.signal,
      onProgress: (p) => p.rows >= 1000 && controller.abort(new Error('cancelled by test')),
    });
    await expect(run).rejects.toThrow('cancelled by test');
    expect(sink.writableEnded).toBe(false);
  });

  it('names sheets within Excel rules: no forbidden characters, at most 31, unique ignoring case', () => {
    const names = new SheetNames();
    expect(names.take('Report')).toBe('Report');
    expect(names.take('report')).toBe('report (2)');
    expect(names.take('A/B: c?d*[e]')).toBe('A B c d e');
    const long = names.take('x'.repeat(40));
    expect(long).toHaveLength(31);
    expect(names.take('x'.repeat(40))).toBe(`${'x'.repeat(27)} (2)`);
    expect(names.take("'History'")).toBe('History sheet');
    expect(names.take('')).toBe('Sheet');
  });
});
