import { z } from 'zod';
import type { ReportTemplate } from '../../db/schema/reports';
import { AppError } from '../../errors/app-error';
import { parseInput } from '../shared/parse-input';
import { SECTION_KEYS, type Granularity, type SectionKey } from './sections/section-source';

export const RANGE_PRESETS = ['LAST_24_HOURS', 'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'TODAY', 'YESTERDAY', 'PREVIOUS_WEEK', 'PREVIOUS_MONTH', 'CUSTOM'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const GRANULARITIES = ['HOUR', 'DAY', 'WEEK', 'MONTH'] as const;

/** A custom range may span at most this long: series and exports stay bounded. */
export const MAX_RANGE_DAYS = 400;
/** Hourly buckets over longer than this would make series of thousands of points. */
const MAX_HOURLY_DAYS = 31;

const isTimezone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const labelKey = z.string().min(1).max(63).regex(/^[A-Za-z0-9_.\/-]+$/, 'must be letters, digits, _ . / -');

export const reportParametersSchema = z
  .object({
    range: z.enum(RANGE_PRESETS),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    timezone: z.string().max(64).refine(isTimezone, 'is not an IANA time zone (such as Europe/Berlin)'),
    granularity: z.enum(GRANULARITIES),
    labels: z.record(labelKey, z.string().max(256)).default({}),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.range === 'CUSTOM') {
      if (!p.from || !p.to) return ctx.addIssue({ code: 'custom', path: [p.from ? 'to' : 'from'], message: 'is required with range CUSTOM' });
      if (p.from.getTime() >= p.to.getTime()) return ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
      if (p.to.getTime() - p.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
        return ctx.addIssue({ code: 'custom', path: ['to'], message: `may be at most ${MAX_RANGE_DAYS} days after from` });
      }
    } else if (p.from || p.to) {
      return ctx.addIssue({ code: 'custom', path: [p.from ? 'from' : 'to'], message: 'is only allowed with range CUSTOM' });
    }
    if (Object.keys(p.labels).length > 20) ctx.addIssue({ code: 'custom', path: ['labels'], message: 'may hold at most 20 labels' });
  });

export type ReportParametersInput = z.input<typeof reportParametersSchema>;
export interface ReportParams {
  range: RangePreset;
  from?: Date;
  to?: Date;
  timezone: string;
  granularity: Granularity;
  labels: Record<string, string>;
}

/** As stored in `report_definitions.parameters` (JSON: dates as ISO strings). */
export const storedParameters = (p: ReportParams): Record<string, unknown> => ({
  range: p.range,
  ...(p.from ? { from: p.from.toISOString() } : {}),
  ...(p.to ? { to: p.to.toISOString() } : {}),
  timezone: p.timezone,
  granularity: p.granularity,
  labels: p.labels,
});

export function parseReportParameters(raw: unknown, root = 'input.parameters'): ReportParams {
  return parseInput(reportParametersSchema, raw, root) as ReportParams;
}

export function parseSections(raw: unknown, root = 'input.sections'): SectionKey[] {
  const keys = parseInput(z.array(z.enum(SECTION_KEYS)).max(SECTION_KEYS.length), raw, root);
  if (new Set(keys).size !== keys.length) throw AppError.badInput(`${root} lists a section twice`, root);
  return keys;
}

/** Local calendar parts of an instant in a zone, and the instant of a local wall time there. */
function localParts(at: Date, tz: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { y: Number(parts['year']), m: Number(parts['month']), d: Number(parts['day']), h: Number(parts['hour']), min: Number(parts['minute']), s: Number(parts['second']), wd: String(parts['weekday']) };
}

/** The UTC instant at which the wall clock in `tz` shows y-m-d 00:00 (the first such instant on a DST day). */
export function zonedMidnight(y: number, m: number, d: number, tz: string): Date {
  const guess = Date.UTC(y, m - 1, d);
  let t = guess;
  // Two passes settle the zone's offset at that wall time (the offset may differ either side of a DST change).
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(t), tz);
    const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
    t = guess - (asUtc - t);
  }
  return new Date(t);
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The run's [from, to) as instants: presets are resolved at `now` in the definition's timezone. */
export function resolveRange(p: Pick<ReportParams, 'range' | 'from' | 'to' | 'timezone'>, now: Date): { from: Date; to: Date } {
  const day = 86_400_000;
  const today = localParts(now, p.timezone);
  const midnight = (offsetDays: number) => {
    const base = new Date(Date.UTC(today.y, today.m - 1, today.d + offsetDays));
    return zonedMidnight(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), p.timezone);
  };
  switch (p.range) {
    case 'CUSTOM':
      return { from: p.from!, to: p.to! };
    case 'LAST_24_HOURS':
      return { from: new Date(now.getTime() - day), to: now };
    case 'LAST_7_DAYS':
      return { from: new Date(now.getTime() - 7 * day), to: now };
    case 'LAST_30_DAYS':
      return { from: new Date(now.getTime() - 30 * day), to: now };
    case 'LAST_90_DAYS':
      return { from: new Date(now.getTime() - 90 * day), to: now };
    case 'TODAY':
      return { from: midnight(0), to: now };
    case 'YESTERDAY':
      return { from: midnight(-1), to: midnight(0) };
    case 'PREVIOUS_WEEK': {
      const monday = -WEEKDAY_INDEX[today.wd]!;
      return { from: midnight(monday - 7), to: midnight(monday) };
    }
    case 'PREVIOUS_MONTH': {
      const first = zonedMidnight(today.y, today.m, 1, p.timezone);
      const prev = new Date(Date.UTC(today.y, today.m - 2, 1));
      return { from: zonedMidnight(prev.getUTCFullYear(), prev.getUTCMonth() + 1, 1, p.timezone), to: first };
    }
  }
}

/** Hourly series over a long range would be thousands of points: refused when the definition is saved. */
export function assertGranularityFits(p: ReportParams, root = 'input.parameters'): void {
  const { from, to } = resolveRange(p, new Date());
  if (p.granularity === 'HOUR' && to.getTime() - from.getTime() > MAX_HOURLY_DAYS * 86_400_000) {
    throw AppError.badInput(`${root}.granularity HOUR allows a range of at most ${MAX_HOURLY_DAYS} days`, `${root}.granularity`);
  }
}

export interface TemplateDefaults {
  key: ReportTemplate;
  title: string;
  description: string;
  sections: SectionKey[];
  parameters: ReportParams;
}

const UTC = 'UTC';

/** The five built-in templates: what a new definition of each shows unless told otherwise. */
export const TEMPLATES: Record<ReportTemplate, TemplateDefaults> = {
  DAILY_SUMMARY: {
    key: 'DAILY_SUMMARY',
    title: 'Daily summary',
    description: 'Yesterday at a glance: sign-ins, users, audit activity, alerts and security events.',
    sections: ['users', 'authentication', 'audit', 'alerts', 'securityEvents'],
    parameters: { range: 'YESTERDAY', timezone: UTC, granularity: 'HOUR', labels: {} },
  },
  WEEKLY_PERFORMANCE: {
    key: 'WEEKLY_PERFORMANCE',
    title: 'Weekly performance',
    description: 'The previous week day by day: API latency and errors, alerts (MTTA, MTTR), sign-ins and users.',
    sections: ['apiMetrics', 'alerts', 'authentication', 'users'],
    parameters: { range: 'PREVIOUS_WEEK', timezone: UTC, granularity: 'DAY', labels: {} },
  },
  MONTHLY_COMPREHENSIVE: {
    key: 'MONTHLY_COMPREHENSIVE',
    title: 'Monthly comprehensive',
    description: 'The previous month across every section, with trends and forecasts.',
    sections: [...SECTION_KEYS],
    parameters: { range: 'PREVIOUS_MONTH', timezone: UTC, granularity: 'DAY', labels: {} },
  },
  ACCESS_REVIEW: {
    key: 'ACCESS_REVIEW',
    title: 'Access review',
    description: 'Who holds what, from which set or delegation, and what expires soon; with the users it covers.',
    sections: ['accessReview', 'users'],
    parameters: { range: 'LAST_30_DAYS', timezone: UTC, granularity: 'WEEK', labels: {} },
  },
  SECURITY_EVENTS: {
    key: 'SECURITY_EVENTS',
    title: 'Security events',
    description: 'Security events, failed sign-ins and denied actions over the last 7 days.',
    sections: ['securityEvents', 'authentication', 'audit'],
    parameters: { range: 'LAST_7_DAYS', timezone: UTC, granularity: 'DAY', labels: {} },
  },
};
