import type { AlertTimeIntervalRow, StoredTimeRange } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { assertZone, insideAny, parseClock, parseMonths, parseWeekdays, type IntRange, type TimeInterval } from '../time-intervals';

/** "1:5", "-1" or "-3:-1" -> a day-of-month range (negative counts from the month's end). */
function parseDays(text: string): IntRange {
  const [a, b = a] = text.split(':');
  const start = Number(a);
  const end = Number(b);
  const ok = (n: number) => Number.isInteger(n) && n !== 0 && n >= -31 && n <= 31;
  if (!ok(start) || !ok(end) || (Math.sign(start) === Math.sign(end) && end < start)) throw new Error(`"${text}" is not a day of month or range (e.g. 1:7, -1)`);
  return { start, end };
}

function parseYears(text: string): IntRange {
  const [a, b = a] = text.split(':');
  const start = Number(a);
  const end = Number(b);
  if (!/^\d{4}$/.test(a!) || !/^\d{4}$/.test(b!) || end < start) throw new Error(`"${text}" is not a year or year range (e.g. 2026:2027)`);
  return { start, end };
}

/** The evaluable form of one stored range; throws a plain message on bad text. */
export function toInterval(r: StoredTimeRange): TimeInterval {
  if (r.location) assertZone(r.location);
  return {
    times: r.times.map((t) => {
      const startMinute = parseClock(t.start);
      const endMinute = parseClock(t.end);
      if (endMinute <= startMinute) throw new Error(`time range ${t.start}-${t.end} must end after it starts`);
      return { startMinute, endMinute };
    }),
    weekdays: r.weekdays.map(parseWeekdays),
    daysOfMonth: r.daysOfMonth.map(parseDays),
    months: r.months.map(parseMonths),
    years: r.years.map(parseYears),
    location: r.location ?? 'UTC',
  };
}

/** Validates input ranges, naming the field at fault (BAD_USER_INPUT). */
export function validateRanges(ranges: StoredTimeRange[], field = 'input.ranges'): StoredTimeRange[] {
  if (ranges.length === 0 || ranges.length > 50) throw AppError.badInput(`${field} needs 1 to 50 ranges`, field);
  ranges.forEach((r, i) => {
    try {
      toInterval(r);
    } catch (err) {
      throw AppError.badInput(`${field}[${i}]: ${(err as Error).message}`, `${field}.${i}`);
    }
  });
  return ranges;
}

/** True when `at` is inside the named interval (a name no longer stored counts as never). */
export function insideNamed(rows: readonly AlertTimeIntervalRow[], name: string, at: Date): boolean {
  const row = rows.find((r) => r.name === name);
  return !!row && insideAny(row.ranges.map(toInterval), at);
}
