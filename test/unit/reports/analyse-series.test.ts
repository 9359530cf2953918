import { describe, expect, it } from 'vitest';
import type { ReportSeries } from '../../../src/services/reports/report-document';
import { analyseSeries } from '../../../src/services/reports/analytics/analyse-series';
import { bucketStarts, wallTime } from '../../../src/services/reports/analytics/buckets';

const BERLIN = 'Europe/Berlin';

function series(granularity: ReportSeries['granularity'], starts: Date[], value: (i: number) => number): ReportSeries {
  return {
    key: 'logins',
    title: 'Logins',
    unit: null,
    granularity,
    points: starts.map((t, i) => ({ t, value: value(i) })),
    trend: null,
    forecast: null,
  };
}

describe('analyseSeries', () => {
  it('fills the trend and a forecast whose days continue on local midnights across the March DST change', () => {
    // 2026-03-06 .. 2026-03-27 local days (22 points): the forecast (6 days) crosses Sunday 2026-03-29.
    const starts = bucketStarts(new Date('2026-03-05T23:00:00Z'), new Date('2026-03-27T23:00:00Z'), 'DAY', BERLIN);
    expect(starts).toHaveLength(22);
    const input = series('DAY', starts, (i) => 100 + 2 * i);
    const out = analyseSeries(input, { timeZone: BERLIN });

    expect(out.trend!.slope).toBeCloseTo(2, 12);
    expect(out.trend!.r2).toBeCloseTo(1, 12);
    expect(out.trend!.movingAverageWindow).toBe(7);
    expect(out.trend!.periodChange).toEqual({ previous: 140, current: 142, absolute: 2, relative: 2 / 140 });

    const forecast = out.forecast!;
    if (!forecast.available) throw new Error(forecast.reason);
    expect(forecast.horizon).toBe(6);
    expect(forecast.points.map((p) => p.t.toISOString())).toEqual([
      '2026-03-27T23:00:00.000Z', // Sat 28
      '2026-03-28T23:00:00.000Z', // Sun 29 (23 hours long)
      '2026-03-29T22:00:00.000Z', // Mon 30, summer time
      '2026-03-30T22:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      '2026-04-01T22:00:00.000Z',
    ]);
    for (const p of forecast.points) expect(wallTime(p.t.getTime(), BERLIN)).toMatchObject({ hour: 0, minute: 0 });
    forecast.points.forEach((p, h) => expect(p.value).toBeCloseTo(100 + 2 * (22 + h), 6));

    // Pure: the input series is untouched.
    expect(input.trend).toBeNull();
    expect(input.forecast).toBeNull();
  });

  it('sorts the points, and MONTH forecasts land on the first of each month', () => {
    const starts = bucketStarts(new Date('2025-01-01T00:00:00Z'), new Date('2025-12-31T23:00:00Z'), 'MONTH', BERLIN);
    expect(starts).toHaveLength(12);
    const input = series('MONTH', starts, (i) => 10 + i);
    input.points.reverse();
    const out = analyseSeries(input, { timeZone: BERLIN, horizon: 4 });
    expect(out.points.map((p) => p.value)).toEqual(Array.from({ length: 12 }, (_, i) => 10 + i));
    const forecast = out.forecast!;
    if (!forecast.available) throw new Error(forecast.reason);
    expect(forecast.method).toBe('HOLT');
    expect(forecast.points.map((p) => p.t.toISOString())).toEqual([
      '2025-12-31T23:00:00.000Z',
      '2026-01-31T23:00:00.000Z',
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
  });

  it('keeps the trend and says why when there is too little data to forecast', () => {
    const starts = bucketStarts(new Date('2026-01-05T00:00:00Z'), new Date('2026-02-02T00:00:00Z'), 'WEEK', 'UTC');
    const out = analyseSeries(series('WEEK', starts, (i) => [3, 5, 4, 6][i]!));
    expect(out.points).toHaveLength(4);
    expect(out.trend!.movingAverageWindow).toBe(4);
    expect(out.trend!.movingAverage).toEqual([null, null, null, 4.5]);
    expect(out.forecast).toEqual({
      available: false,
      reason: 'Not enough data for a forecast: the range has 4 weeks, a forecast needs at least 6.',
    });
  });

  it('defaults to UTC buckets without a timezone', () => {
    const starts = bucketStarts(new Date('2026-03-20T00:00:00Z'), new Date('2026-03-28T00:00:00Z'), 'DAY', 'UTC');
    const out = analyseSeries(series('DAY', starts, (i) => 5 + i));
    if (!out.forecast!.available) throw new Error('expected a forecast');
    expect(out.forecast!.points.map((p) => p.t.toISOString())).toEqual(['2026-03-28T00:00:00.000Z', '2026-03-29T00:00:00.000Z']);
  });
});
