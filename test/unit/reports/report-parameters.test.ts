import { describe, expect, it } from 'vitest';
import { artifactFileName } from '../../../src/services/reports/report-runner';
import { parseReportParameters, resolveRange, zonedMidnight } from '../../../src/services/reports/report-parameters';

const iso = (r: { from: Date; to: Date }) => ({ from: r.from.toISOString(), to: r.to.toISOString() });

describe('report parameters', () => {
  it('resolves presets at local midnight in the definition\'s zone, across DST', () => {
    // Wednesday 2026-04-01 10:00 UTC; Berlin switched to summer time on Sunday 2026-03-29.
    const now = new Date('2026-04-01T10:00:00Z');
    const berlin = { timezone: 'Europe/Berlin' } as const;
    // Previous week: Monday 23 March (CET, +01:00) to Monday 30 March (CEST, +02:00): 167 hours.
    const week = resolveRange({ ...berlin, range: 'PREVIOUS_WEEK' }, now);
    expect(iso(week)).toEqual({ from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(167);
    expect(iso(resolveRange({ ...berlin, range: 'YESTERDAY' }, now))).toEqual({ from: '2026-03-30T22:00:00.000Z', to: '2026-03-31T22:00:00.000Z' });
    expect(iso(resolveRange({ ...berlin, range: 'PREVIOUS_MONTH' }, now))).toEqual({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' });
    expect(iso(resolveRange({ timezone: 'America/New_York', range: 'TODAY' }, now))).toEqual({ from: '2026-04-01T04:00:00.000Z', to: now.toISOString() });
    expect(iso(resolveRange({ timezone: 'UTC', range: 'LAST_7_DAYS' }, now))).toEqual({ from: '2026-03-25T10:00:00.000Z', to: now.toISOString() });
    // January: the previous month crosses the year.
    expect(iso(resolveRange({ timezone: 'UTC', range: 'PREVIOUS_MONTH' }, new Date('2026-01-15T00:00:00Z')))).toEqual({
      from: '2025-12-01T00:00:00.000Z',
      to: '2026-01-01T00:00:00.000Z',
    });
  });

  it('finds local midnight on the day clocks change', () => {
    expect(zonedMidnight(2026, 3, 29, 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedMidnight(2026, 10, 25, 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(zonedMidnight(2026, 6, 1, 'Asia/Kolkata').toISOString()).toBe('2026-05-31T18:30:00.000Z');
  });

  it('validates with a field path and accepts a CUSTOM range', () => {
    const ok = parseReportParameters({ range: 'CUSTOM', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', timezone: 'Asia/Tokyo', granularity: 'WEEK' });
    expect(ok).toMatchObject({ range: 'CUSTOM', timezone: 'Asia/Tokyo', granularity: 'WEEK', labels: {} });
    expect(ok.from).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(() => parseReportParameters({ range: 'SOMETIME', timezone: 'UTC', granularity: 'DAY' })).toThrow(/range/);
    expect(() => parseReportParameters({ range: 'LAST_7_DAYS', timezone: 'UTC', granularity: 'DAY', extra: 1 })).toThrow();
  });

  it('names files safely', () => {
    expect(artifactFileName('Weekly "performance" / Berlin ü', new Date('2026-12-07T08:00:00Z'), 'PDF')).toBe('weekly-performance-berlin-u-2026-12-07.pdf');
    expect(artifactFileName('???', new Date('2026-12-07T08:00:00Z'), 'JSON')).toBe('report-2026-12-07.json');
  });
});
