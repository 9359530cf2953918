import { bigserial, bigint, doublePrecision, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One row per time series of the built-in metrics store: a metric name and one set of labels.
 * `hash` identifies the pair (sha256 of the name and the sorted labels), so concurrent writers
 * create a series once (`insert ... on conflict (hash) do nothing`).
 */
export const metricSeries = pgTable(
  'metric_series',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    metric: text('metric').notNull(),
    /** Label name -> value, keys sorted; never holds the metric name. */
    labels: jsonb('labels').$type<Record<string, string>>().notNull(),
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('metric_series_hash_key').on(t.hash), index('metric_series_metric_idx').on(t.metric, t.id)],
);

/**
 * Samples: the primary key (series_id, at) is the range-read index (one series, a time window),
 * and makes a repeated timestamp overwrite rather than duplicate. The BRIN index on `at` lets the
 * retention purge find old rows without a full scan (rows arrive in roughly time order).
 */
export const metricSamples = pgTable(
  'metric_samples',
  {
    seriesId: bigint('series_id', { mode: 'number' })
      .notNull()
      .references(() => metricSeries.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ name: 'metric_samples_pkey', columns: [t.seriesId, t.at] }), index('metric_samples_at_brin').using('brin', t.at)],
);

export type MetricSeriesRow = typeof metricSeries.$inferSelect;
export type MetricSampleRow = typeof metricSamples.$inferSelect;
