/**
 * The shape every report takes between the data it reads and the file it becomes. Sections are
 * built by `sections/` (scope-filtered reads of the platform's own data), analysed by `analytics/`
 * (trends and forecasts of their series) and written by `formats/` (CSV, JSON, XLSX, PDF). Rows are
 * produced by a factory so a section can be read once per format, streaming, never held whole.
 */
import type { ReportFormat } from '../../db/schema/reports';

export type ReportColumnType = 'string' | 'integer' | 'number' | 'percent' | 'datetime' | 'date' | 'boolean' | 'durationMs';

export interface ReportColumn {
  key: string;
  title: string;
  type: ReportColumnType;
}

export type ReportCell = string | number | boolean | Date | null;
export type ReportRow = Record<string, ReportCell>;

export interface SeriesPoint {
  /** Start of the bucket (UTC instant). */
  t: Date;
  value: number;
}

/** Least-squares line over the points' index, and the change between the last two periods. */
export interface Trend {
  /** Last bucket vs the one before it; null when fewer than two points. */
  periodChange: { previous: number; current: number; absolute: number; relative: number | null } | null;
  /** Trailing moving average, one entry per point (null until the window is full). */
  movingAverage: Array<number | null>;
  movingAverageWindow: number;
  /** Per bucket; null when fewer than two points. */
  slope: number | null;
  intercept: number | null;
  /** Coefficient of determination of the line, 0..1; null when undefined (constant series). */
  r2: number | null;
}

export interface ForecastPoint {
  t: Date;
  value: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
}

export type Forecast =
  | {
      available: true;
      method: 'HOLT' | 'HOLT_WINTERS_ADDITIVE';
      /** Season length in buckets for Holt-Winters. */
      seasonLength: number | null;
      horizon: number;
      points: ForecastPoint[];
      /** Mean absolute percentage error of a hold-out backtest, in percent; null if undefined (zeros). */
      mape: number | null;
      parameters: Record<string, number>;
    }
  | { available: false; reason: string };

export interface ReportSeries {
  key: string;
  title: string;
  unit: string | null;
  granularity: 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';
  points: SeriesPoint[];
  trend: Trend | null;
  forecast: Forecast | null;
}

export interface ReportSection {
  key: string;
  title: string;
  /** A sentence under the title: what the section covers, or why it is empty/limited. */
  note: string | null;
  /** Headline figures (totals, MTTA, adoption rate). */
  summary: Array<{ label: string; value: ReportCell }>;
  columns: ReportColumn[];
  /** Called once per format written: a fresh, streaming pass over the rows. */
  rows(): AsyncIterable<ReportRow>;
  series: ReportSeries[];
}

export interface ReportDocument {
  title: string;
  template: string;
  definitionName: string;
  /** The parameters as a reader should see them (resolved range, timezone, filters). */
  parameters: Array<{ label: string; value: string }>;
  generatedAt: Date;
  timezone: string;
  range: { from: Date; to: Date };
  sections: ReportSection[];
}

/** What a format writer reports back while it writes (rows written so far), and its result. */
export interface RenderProgress {
  rows: number;
}

export interface RenderResult {
  rows: number;
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  JSON: 'application/json; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
};

export const REPORT_FILE_EXTENSIONS: Record<ReportFormat, string> = { CSV: 'csv', JSON: 'json', XLSX: 'xlsx', PDF: 'pdf' };

/** The durable job that executes a QUEUED run: payload `{ runId }`. */
export const REPORT_RUN_TASK = 'reports:run';
