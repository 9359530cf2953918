import { createHash } from 'node:crypto';
import type { DbOrTx } from '../../db/client';
import { countAllSeries, countSeriesByMetric, findSeriesIdsByHash, insertSamples, insertSeries, lockSeriesCreation, type NewSeries } from '../../db/queries/metrics.queries';
import { AppError } from '../../errors/app-error';

export interface StoredSample {
  metric: string;
  labels: Record<string, string>;
  value: number;
  at: Date;
}

/** Labels with their keys sorted: the one spelling a label set is stored and hashed in. */
export function canonicalLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Identity of a series: sha256 over the name and the sorted label pairs (unambiguous JSON). */
export function seriesHash(metric: string, labels: Record<string, string>): string {
  return createHash('sha256').update(JSON.stringify([metric, Object.entries(canonicalLabels(labels))])).digest('hex');
}

export interface WriteOptions {
  /** Cap on distinct label sets per metric name (pushMetrics); null: no cap (the node's own sampler). */
  maxSeriesPerMetric: number | null;
  /** Cap on series in the whole store, which many metric names could otherwise fill. */
  maxSeries?: number | null;
}

/**
 * Writes samples, creating their series first. Existing series cost one read; new ones are
 * created with `on conflict do nothing` and re-read, so concurrent writers of the same series
 * agree on one row. Under a cap, creation takes a per-metric lock and counts first, so the cap
 * holds under concurrency; call it in a transaction then, so a refused batch leaves nothing.
 */
export async function writeSamples(db: DbOrTx, samples: StoredSample[], opts: WriteOptions): Promise<{ seriesCreated: number }> {
  if (samples.length === 0) return { seriesCreated: 0 };
  const wanted = new Map<string, NewSeries>();
  const hashes = samples.map((s) => {
    const hash = seriesHash(s.metric, s.labels);
    if (!wanted.has(hash)) wanted.set(hash, { metric: s.metric, labels: canonicalLabels(s.labels), hash });
    return hash;
  });
  const ids = await findSeriesIdsByHash(db, [...wanted.keys()]);
  let created = 0;
  let missing = [...wanted.values()].filter((s) => !ids.has(s.hash));
  if (missing.length > 0 && opts.maxSeriesPerMetric !== null) {
    await lockSeriesCreation(db);
    // Under the lock: series another push created meanwhile are no longer new (nor counted twice).
    for (const [hash, id] of await findSeriesIdsByHash(db, missing.map((s) => s.hash))) ids.set(hash, id);
    missing = missing.filter((s) => !ids.has(s.hash));
    if (missing.length > 0) await checkCaps(db, missing, opts.maxSeriesPerMetric, opts.maxSeries ?? null);
  }
  if (missing.length > 0) {
    const inserted = await insertSeries(db, missing);
    created = inserted.size;
    for (const [hash, id] of inserted) ids.set(hash, id);
    // Created meanwhile by another writer: read them now that they are committed.
    const raced = missing.filter((s) => !ids.has(s.hash)).map((s) => s.hash);
    for (const [hash, id] of await findSeriesIdsByHash(db, raced)) ids.set(hash, id);
  }
  // One row per (series, at): the last sample given for it wins (one insert cannot update a row twice).
  const rows = new Map<string, { seriesId: number; at: Date; value: number }>();
  samples.forEach((s, i) => {
    const seriesId = ids.get(hashes[i]!);
    if (seriesId === undefined) throw new Error(`series ${hashes[i]} was neither found nor created`);
    rows.set(`${seriesId}@${s.at.getTime()}`, { seriesId, at: s.at, value: s.value });
  });
  await insertSamples(db, [...rows.values()]);
  return { seriesCreated: created };
}

/** Call under lockSeriesCreation: counts, then refuses a batch that would pass either cap. */
async function checkCaps(db: DbOrTx, missing: NewSeries[], cap: number, totalCap: number | null): Promise<void> {
  if (totalCap !== null) {
    const total = await countAllSeries(db);
    if (total + missing.length > totalCap) {
      throw AppError.badInput(
        `the metrics store would hold ${total + missing.length} series; the cap is ${totalCap} (METRICS_MAX_SERIES). Push to existing series, or wait for retention to drop idle ones`,
        'samples',
      );
    }
  }
  const metrics = [...new Set(missing.map((s) => s.metric))];
  const existing = await countSeriesByMetric(db, metrics);
  for (const metric of metrics) {
    const adding = missing.filter((s) => s.metric === metric).length;
    const have = existing.get(metric) ?? 0;
    if (have + adding > cap) {
      throw AppError.badInput(
        `metric ${metric} would have ${have + adding} distinct label sets; the cap is ${cap} per metric name (METRICS_MAX_SERIES_PER_METRIC). Drop high-cardinality labels, or reuse existing label sets`,
        'samples',
      );
    }
  }
}
