/**
 * Fills a report series' trend and forecast. Forecast points continue the series' bucket sequence
 * in its granularity and the report's timezone (so a DAY forecast across a DST change still lands on
 * local midnights). Pure: returns a new series, the input is not changed. The points must be one
 * per bucket with none missing (pass them through `fillSeries(points, bucketStarts(...))` first):
 * the methods treat neighbouring points as neighbouring buckets.
 */
import type { ForecastPoint, ReportSeries } from '../report-document';
import { nextBucket } from './buckets';
import { forecastValues } from './forecast';
import { computeTrend } from './trend';

export interface AnalyseOptions {
  /** IANA zone the buckets were cut in (the report's timezone); default UTC. */
  timeZone?: string;
  /** Buckets to forecast; default a quarter of the series length (1..30). */
  horizon?: number;
  /** Moving-average window; default by granularity (HOUR 24, DAY 7, WEEK 4, MONTH 3), capped by length. */
  movingAverageWindow?: number;
}

export function analyseSeries(series: ReportSeries, options: AnalyseOptions = {}): ReportSeries {
  const timeZone = options.timeZone ?? 'UTC';
  const points = [...series.points].sort((a, b) => a.t.getTime() - b.t.getTime());
  const trend = computeTrend(points, options.movingAverageWindow ?? series.granularity);
  const values = points.map((p) => p.value);
  const result = forecastValues(values, { granularity: series.granularity, horizon: options.horizon });
  if (!result.available) return { ...series, points, trend, forecast: result };

  const { values: forecasts, ...rest } = result;
  let t = points[points.length - 1]!.t;
  const forecastPoints: ForecastPoint[] = forecasts.map((f) => {
    t = nextBucket(t, series.granularity, timeZone);
    return { t, ...f };
  });
  return { ...series, points, trend, forecast: { ...rest, points: forecastPoints } };
}
