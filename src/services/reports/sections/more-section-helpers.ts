import type { ReportCell, ReportColumn, ReportRow, ReportSection, ReportSeries } from '../report-document';
import type { SectionContext, SectionSource } from './section-source';

/** Rows read per statement by the sections' streaming passes: bounded memory for any range. */
export const ROW_BATCH = 1_000;

/**
 * A fresh streaming pass over keyset-paged batches: `fetch(after)` returns the next batch after
 * the key (null: from the start); a short batch ends the pass. The run's signal is checked before
 * every batch, so a cancelled run stops reading within one batch.
 */
export function keysetRows<K, T>(
  signal: AbortSignal,
  fetch: (after: K | null, limit: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  toRow: (row: T) => ReportRow,
  limit = ROW_BATCH,
): () => AsyncIterable<ReportRow> {
  return () => ({
    async *[Symbol.asyncIterator]() {
      let after: K | null = null;
      for (;;) {
        signal.throwIfAborted();
        const batch = await fetch(after, limit);
        for (const row of batch) yield toRow(row);
        if (batch.length < limit) return;
        after = keyOf(batch[batch.length - 1]!);
      }
    },
  });
}

/** Rows already computed (per-bucket tables: one row per bucket, bounded by the range). */
export function rowsFrom(rows: ReportRow[]): () => AsyncIterable<ReportRow> {
  return () => ({
    async *[Symbol.asyncIterator]() {
      yield* rows;
    },
  });
}

/** A section the viewer's rights leave empty (e.g. a grant scoped to ids the section has no use for). */
export function leftOutSection(source: Pick<SectionSource, 'key' | 'title'>, columns: ReportColumn[], note: string): ReportSection {
  return { key: source.key, title: source.title, note, summary: [], columns, rows: rowsFrom([]), series: [] };
}

/** A series as sections hand it over: analytics fills `trend` and `forecast` afterwards. */
export function series(ctx: SectionContext, key: string, title: string, unit: string | null, points: ReportSeries['points']): ReportSeries {
  return { key, title, unit, granularity: ctx.granularity, points, trend: null, forecast: null };
}

/** `a / b`, or null when b is 0 (a rate over nothing is undefined, not zero). */
export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export const cell = (label: string, value: ReportCell) => ({ label, value });

/** A label set as one readable string, keys sorted: `alertname=X, team=payments`. */
export function labelsText(labels: Record<string, string> | null | undefined): string {
  if (!labels) return '';
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(', ');
}

/** The bucket spec of a context, for the bucket queries. */
export const bucketsOf = (ctx: SectionContext) => ({ from: ctx.range.from, to: ctx.range.to, timezone: ctx.timezone, granularity: ctx.granularity });
