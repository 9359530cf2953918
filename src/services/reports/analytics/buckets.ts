/**
 * Time buckets in the report's timezone. A DAY bucket starts at local midnight, a WEEK bucket at
 * local Monday 00:00, a MONTH bucket at local 00:00 on the 1st, an HOUR bucket at a local hour
 * start; every start is returned as the UTC instant it is. Around DST a local day lasts 23 or 25
 * hours, so buckets are never stepped by a fixed number of milliseconds (except HOUR, whose length
 * in real time is always one hour for whole-hour offsets). Only Intl is used: Node ships full ICU,
 * and the handful of conversions below did not justify a date library.
 */
import type { ReportSeries, SeriesPoint } from '../report-document';

export type Granularity = ReportSeries['granularity'];

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface WallTime {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday .. 6 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: the caller validated it, so a bad one is a bug worth surfacing.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The local wall-clock time of a UTC instant in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Offset of local time from UTC at instant `ms`, in milliseconds (Berlin summer: +7_200_000). */
export function zoneOffset(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (Math.floor(ms / 1000) * 1000);
}

/**
 * The UTC instant of a local wall-clock time. An ambiguous time (the repeated hour when clocks go
 * back) resolves to its first occurrence; a time that does not exist (skipped when clocks go
 * forward, e.g. midnight in zones that switch at 00:00) resolves to the first instant after the gap.
 */
export function localToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const before = zoneOffset(wall - DAY_MS, timeZone);
  const after = zoneOffset(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((c) => zoneOffset(c, timeZone) === wall - c);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: the transition lies between the two candidates; find the first instant on the new offset.
  let lo = Math.min(wall - before, wall - after);
  let hi = Math.max(wall - before, wall - after);
  const loOffset = zoneOffset(lo, timeZone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffset(mid, timeZone) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Start (UTC instant) of the local bucket that contains `t`. */
export function bucketOf(t: Date, granularity: Granularity, timeZone: string): Date {
  const ms = t.getTime();
  if (granularity === 'HOUR') {
    // Local hour starts: subtract the local minutes and seconds (offsets like +05:30 put them at :30 UTC).
    const offset = zoneOffset(ms, timeZone);
    const local = ms + offset;
    return new Date(Math.floor(local / HOUR_MS) * HOUR_MS - offset);
  }
  const w = wallTime(ms, timeZone);
  if (granularity === 'DAY') return new Date(localToUtc(w.year, w.month, w.day, 0, 0, timeZone));
  if (granularity === 'MONTH') return new Date(localToUtc(w.year, w.month, 1, 0, 0, timeZone));
  // WEEK: back to Monday on the local calendar (Date.UTC handles month and year underflow).
  const monday = new Date(Date.UTC(w.year, w.month - 1, w.day - w.weekday));
  return new Date(localToUtc(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate(), 0, 0, timeZone));
}

/** Start of the bucket after the one that contains `t`. */
export function nextBucket(t: Date, granularity: Granularity, timeZone: string): Date {
  const start = bucketOf(t, granularity, timeZone).getTime();
  if (granularity === 'HOUR') {
    const next = bucketOf(new Date(start + HOUR_MS), 'HOUR', timeZone).getTime();
    // A half-hour DST shift (Lord Howe) can floor back onto `start`: step past it.
    return new Date(next > start ? next : start + HOUR_MS);
  }
  const w = wallTime(start, timeZone);
  if (granularity === 'MONTH') {
    const y = w.month === 12 ? w.year + 1 : w.year;
    const m = w.month === 12 ? 1 : w.month + 1;
    return new Date(localToUtc(y, m, 1, 0, 0, timeZone));
  }
  const days = granularity === 'WEEK' ? 7 : 1;
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return new Date(localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, 0, timeZone));
}

/**
 * Starts of every bucket that overlaps the half-open range [from, to): the first is the bucket
 * containing `from` (it may start before `from`), the last starts before `to`.
 */
export function bucketStarts(from: Date, to: Date, granularity: Granularity, timeZone: string): Date[] {
  const starts: Date[] = [];
  const end = to.getTime();
  if (!(from.getTime() < end)) return starts;
  for (let t = bucketOf(from, granularity, timeZone); t.getTime() < end; t = nextBucket(t, granularity, timeZone)) {
    starts.push(t);
  }
  return starts;
}

/**
 * One point per bucket start, in order: the sum of the points that fall into the bucket (a point
 * belongs to the bucket with the greatest start at or before its `t`), 0 where none does. Points
 * before the first start, or at or after `end` when given, are left out.
 */
export function fillSeries(points: readonly SeriesPoint[], starts: readonly Date[], end?: Date): SeriesPoint[] {
  const filled: SeriesPoint[] = starts.map((t) => ({ t, value: 0 }));
  if (filled.length === 0) return filled;
  const startMs = starts.map((s) => s.getTime());
  const endMs = end?.getTime() ?? Number.POSITIVE_INFINITY;
  for (const p of points) {
    const ms = p.t.getTime();
    if (ms < startMs[0]! || ms >= endMs) continue;
    // Binary search: greatest start <= ms.
    let lo = 0;
    let hi = startMs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (startMs[mid]! <= ms) lo = mid;
      else hi = mid - 1;
    }
    filled[lo]!.value += p.value;
  }
  return filled;
}

/** A short local label for a bucket start: `2026-03-29 14:00` (HOUR), `2026-03-29` (DAY, WEEK), `2026-03` (MONTH). */
export function bucketLabel(t: Date, granularity: Granularity, timeZone: string): string {
  const w = wallTime(t.getTime(), timeZone);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const date = `${w.year}-${p2(w.month)}-${p2(w.day)}`;
  if (granularity === 'HOUR') return `${date} ${p2(w.hour)}:${p2(w.minute)}`;
  if (granularity === 'MONTH') return `${w.year}-${p2(w.month)}`;
  return date;
}
