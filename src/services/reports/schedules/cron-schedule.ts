import { Cron } from 'croner';
import { AppError } from '../../../errors/app-error';

/**
 * Occurrences of a 5-field cron expression in an IANA zone, with a fixed DST policy:
 *
 * - a local time that does not exist (spring forward, e.g. 02:30 on 2026-03-29 in Europe/Berlin)
 *   runs once, at the first instant after the gap (03:00 local); several skipped times collapse
 *   into that one run;
 * - a local time that exists twice (fall back, 02:30 on 2026-10-25) runs once, at its first
 *   instant (02:30 CEST), never again an hour later.
 *
 * croner matches the pattern on wall-clock time only (in UTC, where no DST exists); the mapping
 * of a wall time to an instant is ours, because croner's own zone handling is not consistent about
 * gaps (`30 2 * * *` moves to 03:00, `*\/30 2 * * *` and `30 * * * *` skip the hour).
 */
export interface CronSchedule {
  cron: string;
  timezone: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Offsets are sampled this far on either side of a wall time; DST transitions are months apart. */
const PROBE = 26 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timezone, f);
  }
  return f;
}

/** The local wall-clock time at `t`, as milliseconds of a UTC date with the same fields. */
function wallMs(t: number, timezone: string): number {
  const p = Object.fromEntries(formatter(timezone).formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

const offsetAt = (t: number, timezone: string) => wallMs(t, timezone) - Math.floor(t / 1000) * 1000;

/** The instant a wall time runs at under the policy above. */
function instantOf(wall: number, timezone: string): number {
  const before = offsetAt(wall - PROBE, timezone);
  const after = offsetAt(wall + PROBE, timezone);
  const candidates = [...new Set([wall - before, wall - after])].filter((t) => wallMs(t, timezone) === wall).sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // In a gap: the transition instant lies between the two readings; find it to the minute.
  let lo = wall - after;
  let hi = wall - before;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid, timezone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

function matcher(cron: string): Cron {
  return new Cron(cron, { timezone: 'Etc/UTC', paused: true });
}

/** Checks the expression (exactly 5 fields, ever matching) and the zone; BAD_USER_INPUT otherwise. */
export function validateSchedule(s: CronSchedule, field = 'input'): void {
  const fields = s.cron.trim().split(/\s+/);
  if (fields.length !== 5 || s.cron.length > 200) {
    throw AppError.badInput('cron must have exactly 5 fields: minute hour day-of-month month day-of-week (e.g. "0 9 * * 1")', `${field}.cron`);
  }
  try {
    matcher(s.cron);
  } catch (err) {
    throw AppError.badInput(`cron is not a valid expression: ${(err as Error).message.replace(/^CronPattern:\s*/, '')}`.slice(0, 300), `${field}.cron`);
  }
  try {
    if (!s.timezone || s.timezone.length > 100) throw new Error('empty');
    formatter(s.timezone);
  } catch {
    throw AppError.badInput(`timezone must be an IANA time zone such as Europe/Berlin`, `${field}.timezone`);
  }
  if (!nextOccurrence(s, new Date())) throw AppError.badInput('cron never matches a date', `${field}.cron`);
}

/** The first occurrence strictly after `after`, or null when the expression never matches again. */
export function nextOccurrence(s: CronSchedule, after: Date): Date | null {
  const cron = matcher(s.cron);
  const t0 = after.getTime();
  // Start far enough back in wall time that a fall-back hour's wall times are all seen.
  const back = Math.max(0, offsetAt(t0 - PROBE, s.timezone) - offsetAt(t0, s.timezone));
  let wall = wallMs(t0, s.timezone) - back - MINUTE;
  for (let i = 0; i < 10_000; i += 1) {
    const next = cron.nextRun(new Date(wall));
    if (!next) return null;
    wall = next.getTime();
    const at = instantOf(wall, s.timezone);
    if (at > t0) return new Date(at);
  }
  return null;
}

/** The latest occurrence at or before `now`, no earlier than `notBefore`; null when none lies between. */
export function latestOccurrence(s: CronSchedule, notBefore: Date, now: Date): Date | null {
  // Search back from now in widening windows: the answer is near now for any frequent schedule,
  // and a sparse one (monthly) costs a few more steps, never one step per missed minute.
  for (const span of [HOUR, 26 * HOUR, 32 * 24 * HOUR, 367 * 24 * HOUR, Infinity]) {
    const from = Math.max(notBefore.getTime() - 1, now.getTime() - span);
    let found: Date | null = null;
    let cursor = nextOccurrence(s, new Date(from));
    for (let i = 0; cursor && cursor.getTime() <= now.getTime() && i < 100_000; i += 1) {
      found = cursor;
      cursor = nextOccurrence(s, cursor);
    }
    if (found || from === notBefore.getTime() - 1) return found;
  }
  return null;
}
