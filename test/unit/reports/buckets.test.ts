import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  bucketOf,
  bucketStarts,
  fillSeries,
  localToUtc,
  nextBucket,
  wallTime,
} from '../../../src/services/reports/analytics/buckets';

const BERLIN = 'Europe/Berlin';
const iso = (ds: Date[]): string[] => ds.map((d) => d.toISOString());
const hours = (ds: Date[]): number[] => ds.slice(1).map((d, i) => (d.getTime() - ds[i]!.getTime()) / 3_600_000);

describe('DAY buckets across DST (Europe/Berlin)', () => {
  it('spring forward on 2026-03-29 makes a 23-hour day starting at local midnight', () => {
    const starts = bucketStarts(new Date('2026-03-27T23:00:00Z'), new Date('2026-03-31T22:00:00Z'), 'DAY', BERLIN);
    expect(iso(starts)).toEqual([
      '2026-03-27T23:00:00.000Z', // Sat 28 00:00 CET
      '2026-03-28T23:00:00.000Z', // Sun 29 00:00 CET
      '2026-03-29T22:00:00.000Z', // Mon 30 00:00 CEST
      '2026-03-30T22:00:00.000Z', // Tue 31 00:00 CEST
    ]);
    expect(hours(starts)).toEqual([24, 23, 24]);
    for (const s of starts) expect(wallTime(s.getTime(), BERLIN)).toMatchObject({ hour: 0, minute: 0, second: 0 });
  });

  it('fall back on 2026-10-25 makes a 25-hour day', () => {
    const starts = bucketStarts(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'), 'DAY', BERLIN);
    // The first bucket is the one containing `from`, so it starts before it.
    expect(iso(starts)).toEqual(['2026-10-23T22:00:00.000Z', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
    expect(hours(starts)).toEqual([24, 25]);
  });

  it('a midnight that does not exist starts the day at the end of the gap (Sao Paulo, 2018-11-04 00:00 -> 01:00)', () => {
    expect(new Date(localToUtc(2018, 11, 4, 0, 0, 'America/Sao_Paulo')).toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(bucketOf(new Date('2018-11-04T20:00:00Z'), 'DAY', 'America/Sao_Paulo').toISOString()).toBe('2018-11-04T03:00:00.000Z');
    const starts = bucketStarts(new Date('2018-11-03T03:00:00Z'), new Date('2018-11-06T00:00:00Z'), 'DAY', 'America/Sao_Paulo');
    expect(hours(starts)).toEqual([24, 23]);
  });

  it('an ambiguous local time resolves to its first occurrence, a skipped one to the end of the gap', () => {
    expect(new Date(localToUtc(2026, 10, 25, 2, 30, BERLIN)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(localToUtc(2026, 3, 29, 2, 30, BERLIN)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
});

describe('HOUR buckets', () => {
  it('the local day of 2026-10-25 has 25 hourly buckets and 2026-03-29 has 23', () => {
    const fallBack = bucketStarts(new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z'), 'HOUR', BERLIN);
    expect(fallBack).toHaveLength(25);
    expect(new Set(iso(fallBack)).size).toBe(25);
    // 02:00 local appears twice: once in summer time, once in winter time.
    expect(fallBack.filter((d) => wallTime(d.getTime(), BERLIN).hour === 2)).toHaveLength(2);
    const springForward = bucketStarts(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T22:00:00Z'), 'HOUR', BERLIN);
    expect(springForward).toHaveLength(23);
    expect(springForward.some((d) => wallTime(d.getTime(), BERLIN).hour === 2)).toBe(false);
  });

  it('follows local hour starts in a half-hour offset zone (Asia/Kolkata, +05:30)', () => {
    const starts = bucketStarts(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T02:00:00Z'), 'HOUR', 'Asia/Kolkata');
    expect(iso(starts)).toEqual(['2025-12-31T23:30:00.000Z', '2026-01-01T00:30:00.000Z', '2026-01-01T01:30:00.000Z']);
  });
});

describe('WEEK and MONTH buckets', () => {
  it('weeks start on Monday at local midnight, one of them 169 hours long across the October change', () => {
    const starts = bucketStarts(new Date('2026-10-21T10:00:00Z'), new Date('2026-11-08T23:00:00Z'), 'WEEK', BERLIN);
    expect(iso(starts)).toEqual([
      '2026-10-18T22:00:00.000Z', // Mon 19 Oct 00:00 CEST
      '2026-10-25T23:00:00.000Z', // Mon 26 Oct 00:00 CET
      '2026-11-01T23:00:00.000Z', // Mon 2 Nov
    ]);
    expect(hours(starts)).toEqual([169, 168]);
    for (const s of starts) expect(wallTime(s.getTime(), BERLIN)).toMatchObject({ weekday: 0, hour: 0, minute: 0 });
  });

  it('a Sunday evening belongs to the week that began the Monday before (across a month and year boundary)', () => {
    // Sun 2026-01-04 23:30 Berlin = 22:30Z; its week began Mon 2025-12-29.
    expect(bucketOf(new Date('2026-01-04T22:30:00Z'), 'WEEK', BERLIN).toISOString()).toBe('2025-12-28T23:00:00.000Z');
    // Mon 2026-01-05 00:30 Berlin = 23:30Z on the 4th: a new week.
    expect(bucketOf(new Date('2026-01-04T23:30:00Z'), 'WEEK', BERLIN).toISOString()).toBe('2026-01-04T23:00:00.000Z');
  });

  it('months start on the first at local midnight', () => {
    const starts = bucketStarts(new Date('2026-01-10T00:00:00Z'), new Date('2026-04-30T22:00:00Z'), 'MONTH', BERLIN);
    expect(iso(starts)).toEqual([
      '2025-12-31T23:00:00.000Z',
      '2026-01-31T23:00:00.000Z',
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
    expect(nextBucket(new Date('2026-12-15T12:00:00Z'), 'MONTH', BERLIN).toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(bucketLabel(starts[3]!, 'MONTH', BERLIN)).toBe('2026-04');
  });

  it('UTC buckets are plain calendar boundaries', () => {
    expect(iso(bucketStarts(new Date('2026-03-28T05:00:00Z'), new Date('2026-03-30T00:00:00Z'), 'DAY', 'UTC'))).toEqual([
      '2026-03-28T00:00:00.000Z',
      '2026-03-29T00:00:00.000Z',
    ]);
    expect(bucketStarts(new Date('2026-03-28T00:00:00Z'), new Date('2026-03-28T00:00:00Z'), 'DAY', 'UTC')).toEqual([]);
  });
});

describe('fillSeries', () => {
  it('puts every point into its bucket, sums points of one bucket and fills empty buckets with 0', () => {
    const starts = bucketStarts(new Date('2026-03-27T23:00:00Z'), new Date('2026-03-31T22:00:00Z'), 'DAY', BERLIN);
    const filled = fillSeries(
      [
        { t: new Date('2026-03-27T23:00:00Z'), value: 4 },
        { t: new Date('2026-03-28T10:00:00Z'), value: 1 }, // same local day (28th)
        { t: new Date('2026-03-29T22:00:00Z'), value: 7 }, // Mon 30th
        { t: new Date('2026-03-20T00:00:00Z'), value: 100 }, // before the range: left out
        { t: new Date('2026-03-31T22:00:00Z'), value: 100 }, // at `end`: left out
      ],
      starts,
      new Date('2026-03-31T22:00:00Z'),
    );
    expect(filled.map((p) => p.value)).toEqual([5, 0, 7, 0]);
    expect(filled.map((p) => p.t)).toEqual(starts);
    expect(fillSeries([{ t: new Date(), value: 1 }], [])).toEqual([]);
  });

  it('labels buckets in local time', () => {
    expect(bucketLabel(new Date('2026-03-29T22:00:00Z'), 'DAY', BERLIN)).toBe('2026-03-30');
    expect(bucketLabel(new Date('2026-10-25T01:00:00Z'), 'HOUR', BERLIN)).toBe('2026-10-25 02:00');
  });
});
