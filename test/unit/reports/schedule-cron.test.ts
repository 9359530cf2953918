import { describe, expect, it } from 'vitest';
import { latestOccurrence, nextOccurrence, validateSchedule, type CronSchedule } from '../../../src/services/reports/schedules/cron-schedule';

/** Every occurrence in [from, to), as ISO strings. */
function occurrences(s: CronSchedule, from: string, to: string): string[] {
  const out: string[] = [];
  let cursor = new Date(new Date(from).getTime() - 1);
  for (;;) {
    const next = nextOccurrence(s, cursor);
    if (!next || next.getTime() >= new Date(to).getTime()) return out;
    out.push(next.toISOString());
    cursor = next;
  }
}

const berlin = (cron: string): CronSchedule => ({ cron, timezone: 'Europe/Berlin' });

describe('schedule occurrences across DST (Europe/Berlin)', () => {
  it('daily 02:30 in the spring-forward week: the missing 02:30 runs once at 03:00 CEST', () => {
    expect(occurrences(berlin('30 2 * * *'), '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-27T01:30:00.000Z', // 02:30 CET
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z', // 02:30 does not exist: 03:00 CEST, the first instant after the gap
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
  });

  it('daily 02:30 in the fall-back week: the doubled 02:30 runs once, at its first instant', () => {
    expect(occurrences(berlin('30 2 * * *'), '2026-10-23T00:00:00Z', '2026-10-28T00:00:00Z')).toEqual([
      '2026-10-23T00:30:00.000Z',
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z', // 02:30 CEST; 02:30 CET (01:30Z) is not run again
      '2026-10-26T01:30:00.000Z',
      '2026-10-27T01:30:00.000Z',
    ]);
  });

  it('Monday 09:00 keeps 09:00 local on both sides of each change', () => {
    expect(occurrences(berlin('0 9 * * 1'), '2026-03-20T00:00:00Z', '2026-04-07T00:00:00Z')).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z']);
    expect(occurrences(berlin('0 9 * * MON'), '2026-10-19T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual(['2026-10-19T07:00:00.000Z', '2026-10-26T08:00:00.000Z', '2026-11-02T08:00:00.000Z']);
  });

  it('several times inside the gap collapse into one run; hourly runs skip the repeated hour', () => {
    expect(occurrences(berlin('*/30 2 * * *'), '2026-03-28T23:00:00Z', '2026-03-30T23:00:00Z')).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(occurrences(berlin('30 * * * *'), '2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z')).toEqual([
      '2026-10-24T23:30:00.000Z', // 01:30 CEST
      '2026-10-25T00:30:00.000Z', // 02:30 CEST
      '2026-10-25T02:30:00.000Z', // 03:30 CET (02:30 CET at 01:30Z is the repeated hour: skipped)
    ]);
    // Asking from inside the repeated hour never yields the repeated wall time either.
    expect(nextOccurrence(berlin('30 2 * * *'), new Date('2026-10-25T01:15:00Z'))!.toISOString()).toBe('2026-10-26T01:30:00.000Z');
  });

  it('finds the most recent missed occurrence for a catch-up run', () => {
    const s = berlin('0 * * * *');
    expect(latestOccurrence(s, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-01T05:20:00Z'))!.toISOString()).toBe('2026-06-01T05:00:00.000Z');
    expect(latestOccurrence(berlin('0 0 1 * *'), new Date('2026-01-01T00:00:00Z'), new Date('2026-06-15T00:00:00Z'))!.toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(latestOccurrence(s, new Date('2026-06-01T05:30:00Z'), new Date('2026-06-01T05:50:00Z'))).toBeNull();
  });

  it('refuses bad expressions and zones with BAD_USER_INPUT', () => {
    for (const cron of ['* * *', '0 0 * * * *', '61 * * * *', 'every day', '0 0 31 2 *']) {
      expect(() => validateSchedule({ cron, timezone: 'UTC' }), cron).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
    expect(() => validateSchedule({ cron: '0 9 * * 1', timezone: 'Mars/Olympus' })).toThrow(/IANA/);
    expect(() => validateSchedule({ cron: '0 9 * * 1', timezone: 'Europe/Berlin' })).not.toThrow();
  });
});
