/**
 * Alertmanager's time intervals (`time_intervals`, used by routes as mute or active intervals): a
 * moment is inside an interval when it satisfies every field that is set of at least one of its
 * ranges. Fields: times of day ("09:00"-"17:30", end exclusive), weekdays, days of the month
 * (negative counts from the end: -1 is the last day), months, years; evaluated in `location` (an
 * IANA zone, default UTC), as Alertmanager does.
 */

export interface TimeRange {
  /** Minutes since midnight, start inclusive, end exclusive (0..1440). */
  startMinute: number;
  endMinute: number;
}

export interface IntRange {
  start: number;
  end: number;
}

export interface TimeInterval {
  times?: TimeRange[];
  /** 0 = Sunday ... 6 = Saturday. */
  weekdays?: IntRange[];
  daysOfMonth?: IntRange[];
  /** 1..12 */
  months?: IntRange[];
  years?: IntRange[];
  location?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface LocalParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minute: number;
  daysInMonth: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(at: Date, zone: string): LocalParts {
  let fmt = formatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'long' });
    formatters.set(zone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  return {
    year,
    month,
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(String(parts.weekday).toLowerCase()),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

const inRanges = (value: number, ranges: IntRange[] | undefined) => !ranges || ranges.length === 0 || ranges.some((r) => value >= r.start && value <= r.end);

/** A negative day counts from the end of the month, as Alertmanager's days_of_month. */
const dayIndex = (d: number, daysInMonth: number) => (d < 0 ? daysInMonth + d + 1 : d);

export function contains(interval: TimeInterval, at: Date): boolean {
  const p = localParts(at, interval.location ?? 'UTC');
  if (interval.times?.length && !interval.times.some((t) => p.minute >= t.startMinute && p.minute < t.endMinute)) return false;
  if (!inRanges(p.weekday, interval.weekdays)) return false;
  if (interval.daysOfMonth?.length && !interval.daysOfMonth.some((r) => p.day >= dayIndex(r.start, p.daysInMonth) && p.day <= dayIndex(r.end, p.daysInMonth))) return false;
  if (!inRanges(p.month, interval.months)) return false;
  return inRanges(p.year, interval.years);
}

/** A named interval is a list of ranges: inside when inside any of them. */
export const insideAny = (intervals: readonly TimeInterval[], at: Date): boolean => intervals.some((i) => contains(i, at));

/** "09:00" -> 540; "24:00" allowed as an end. Throws a message for the caller's BAD_USER_INPUT. */
export function parseClock(text: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 1440) throw new Error(`"${text}" is not a time of day (HH:MM, 00:00 to 24:00)`);
  return minutes;
}

/** "monday:friday" or "saturday" -> a weekday range. */
export function parseWeekdays(text: string): IntRange {
  const [a, b = a] = text.toLowerCase().split(':');
  const start = WEEKDAYS.indexOf(a!);
  const end = WEEKDAYS.indexOf(b!);
  if (start < 0 || end < 0 || end < start) throw new Error(`"${text}" is not a weekday or weekday range (e.g. monday:friday)`);
  return { start, end };
}

/** "january:march", "may" or "1:3" -> a month range. */
export function parseMonths(text: string): IntRange {
  const [a, b = a] = text.toLowerCase().split(':');
  const month = (s: string) => (/^\d+$/.test(s) ? Number(s) : MONTHS.indexOf(s) + 1);
  const start = month(a!);
  const end = month(b!);
  if (!(start >= 1 && end <= 12 && start <= end)) throw new Error(`"${text}" is not a month or month range (e.g. january:march)`);
  return { start, end };
}

/** Checks an IANA zone name; throws a message for the caller's BAD_USER_INPUT. */
export function assertZone(zone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new Error(`"${zone}" is not a known time zone (IANA name such as Europe/Berlin)`);
  }
}
