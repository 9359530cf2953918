/** Trends, forecasts and timezone-aware buckets for report series (pure: no database, no I/O). */
export { analyseSeries, type AnalyseOptions } from './analyse-series';
export { bucketLabel, bucketOf, bucketStarts, fillSeries, nextBucket, type Granularity } from './buckets';
export { forecastValues, SEASON_LENGTHS, MIN_POINTS_HOLT, MAX_HORIZON, type ForecastOptions, type ValuesForecast } from './forecast';
export { computeTrend, movingAverageWindow, MOVING_AVERAGE_WINDOWS } from './trend';
