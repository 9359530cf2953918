import { Writable } from 'node:stream';
import type { ReportDocument, ReportRow, ReportSection, ReportSeries } from '../../../src/services/reports/report-document';

export const INJECTIONS = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'];
export const T0 = Date.UTC(2026, 10, 2, 0, 0, 0);
const DAY = 86_400_000;

/** Row i of the big section: deterministic, so a reader can recompute what it should read back. */
export function bigRow(i: number): ReportRow {
  return {
    at: new Date(T0 + i * 60_000),
    actor: `user-${i % 97}@example.com`,
    action: i % 3 === 0 ? 'users:update' : 'auth:login',
    count: i,
    ratio: (i % 100) / 100,
  };
}

function rowsOf(rows: ReportRow[]): () => AsyncIterable<ReportRow> {
  return async function* () {
    for (const r of rows) yield r;
  };
}

export function series(withForecast: boolean): ReportSeries {
  const points = Array.from({ length: 21 }, (_, i) => ({ t: new Date(T0 + i * DAY), value: 100 + i * 3 + (i % 7) * 2 }));
  return {
    key: withForecast ? 'logins' : 'failures',
    title: withForecast ? 'Logins per day' : 'Failed logins per day',
    unit: 'count',
    granularity: 'DAY',
    points: withForecast ? points : points.slice(0, 3),
    trend: {
      periodChange: { previous: 154, current: 160, absolute: 6, relative: 0.039 },
      movingAverage: points.map((p, i) => (i < 6 ? null : p.value - 4)),
      movingAverageWindow: 7,
      slope: 3.12,
      intercept: 99.5,
      r2: 0.912,
    },
    forecast: withForecast
      ? {
          available: true,
          method: 'HOLT_WINTERS_ADDITIVE',
          seasonLength: 7,
          horizon: 7,
          points: Array.from({ length: 7 }, (_, i) => {
            const v = 165 + i * 3;
            return { t: new Date(T0 + (21 + i) * DAY), value: v, lo80: v - 8 - i, hi80: v + 8 + i, lo95: v - 14 - i, hi95: v + 14 + i };
          }),
          mape: 4.27,
          parameters: { alpha: 0.5, beta: 0.1, gamma: 0.2 },
        }
      : { available: false, reason: 'Too little data for a forecast: 3 buckets, at least 8 needed.' },
  };
}

export const SMALL_ROWS: ReportRow[] = [
  { name: 'Zoë Ångström', email: 'zoe@example.com', createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), logins: 42, share: 0.125, active: true, balance: -17.5 },
  { name: 'Quote "me", please', email: 'line\nbreak@example.com', createdAt: new Date(Date.UTC(2025, 11, 31, 23, 59, 59)), logins: 0, share: 1, active: false, balance: -2 },
  { name: '東京 ユーザー', email: null, createdAt: null, logins: null, share: null, active: null, balance: null },
  ...INJECTIONS.map((text, i) => ({ name: text, email: `inj${i}@example.com`, createdAt: new Date(T0), logins: -(i + 1), share: 0.5, active: true, balance: -3 })),
];

export const USERS_COLUMNS: ReportSection['columns'] = [
  { key: 'name', title: 'Name', type: 'string' },
  { key: 'email', title: 'Email', type: 'string' },
  { key: 'createdAt', title: 'Created at', type: 'datetime' },
  { key: 'logins', title: 'Logins', type: 'integer' },
  { key: 'share', title: 'Share', type: 'percent' },
  { key: 'active', title: 'Active', type: 'boolean' },
  { key: 'balance', title: 'Balance', type: 'number' },
];

export const AUDIT_COLUMNS: ReportSection['columns'] = [
  { key: 'at', title: 'At', type: 'datetime' },
  { key: 'actor', title: 'Actor', type: 'string' },
  { key: 'action', title: 'Action', type: 'string' },
  { key: 'count', title: 'Count', type: 'integer' },
  { key: 'ratio', title: 'Ratio', type: 'percent' },
];

export function buildDocument(bigRows = 3000): ReportDocument {
  return {
    title: 'Weekly performance',
    template: 'WEEKLY_PERFORMANCE',
    definitionName: 'Ops weekly',
    parameters: [
      { label: 'Range', value: 'Last 7 days' },
      { label: 'Timezone', value: 'Europe/Berlin' },
      { label: 'Labels', value: 'team=core' },
    ],
    generatedAt: new Date(Date.UTC(2026, 10, 30, 8, 15, 0)),
    timezone: 'Europe/Berlin',
    range: { from: new Date(Date.UTC(2026, 10, 23)), to: new Date(Date.UTC(2026, 10, 30)) },
    sections: [
      {
        key: 'users',
        title: 'Users: growth/status [all]',
        note: 'Users you may read.',
        summary: [
          { label: 'Total users', value: 1234 },
          { label: 'Active share', value: 0.87 },
          { label: 'Newest signup', value: new Date(Date.UTC(2026, 10, 29, 12, 0, 0)) },
        ],
        columns: USERS_COLUMNS,
        rows: rowsOf(SMALL_ROWS),
        series: [series(true), series(false)],
      },
      {
        key: 'audit',
        title: 'Audit activity',
        note: null,
        summary: [{ label: 'Events', value: bigRows }],
        columns: AUDIT_COLUMNS,
        rows: async function* () {
          for (let i = 0; i < bigRows; i++) yield bigRow(i);
        },
        series: [],
      },
    ],
  };
}

/** A Writable that keeps what it is given, for reading the file back. */
export function collect(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks) };
}
