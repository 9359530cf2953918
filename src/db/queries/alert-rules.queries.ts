import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  alertRuleInstances,
  alertRules,
  alertStateHistory,
  type AlertRuleInsert,
  type AlertRuleInstanceRow,
  type AlertRuleRow,
  type AlertStateHistoryRow,
} from '../schema';

export async function insertRule(db: DbOrTx, row: AlertRuleInsert): Promise<AlertRuleRow> {
  const [out] = await db.insert(alertRules).values(row).returning();
  return out!;
}

/** Inserts a default rule unless one with its key exists (several nodes starting at once seed once). */
export async function insertDefaultRule(db: DbOrTx, row: AlertRuleInsert): Promise<AlertRuleRow | undefined> {
  const [out] = await db.insert(alertRules).values(row).onConflictDoNothing().returning();
  return out;
}

export async function updateRule(db: DbOrTx, id: string, patch: Partial<AlertRuleInsert>): Promise<AlertRuleRow | undefined> {
  const [out] = await db
    .update(alertRules)
    .set({ ...patch, version: sql`${alertRules.version} + 1`, updatedAt: sql`now()` })
    .where(eq(alertRules.id, id))
    .returning();
  return out;
}

export async function deleteRule(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(alertRules).where(eq(alertRules.id, id)).returning({ id: alertRules.id });
  return rows.length > 0;
}

export async function findRuleById(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}): Promise<AlertRuleRow | undefined> {
  const q = db.select().from(alertRules).where(eq(alertRules.id, id));
  const [row] = await (opts.forUpdate ? q.for('update') : q);
  return row;
}

export async function findRulesByIds(db: DbOrTx, ids: string[]): Promise<AlertRuleRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(alertRules).where(inArray(alertRules.id, ids));
}

/** A page by name then id (`first + 1` rows: the caller knows whether more follow). */
export function listRules(db: DbOrTx, opts: { first: number; after: { name: string; id: string } | null }): Promise<AlertRuleRow[]> {
  const { after } = opts;
  return db
    .select()
    .from(alertRules)
    .where(after ? or(gt(alertRules.name, after.name), and(eq(alertRules.name, after.name), gt(alertRules.id, after.id))) : undefined)
    .orderBy(asc(alertRules.name), asc(alertRules.id))
    .limit(opts.first + 1);
}

export async function countRules(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(alertRules);
  return row?.n ?? 0;
}

/**
 * Claims the due rules: moves each one's next evaluation a whole number of intervals past `now`
 * (a node down for a while does not replay missed cycles) in the statement that selects it, under
 * `skip locked`, so two nodes never claim one rule for the same cycle.
 */
export async function claimDueRules(db: DbOrTx, now: Date, limit: number, sourceKind?: AlertRuleRow['sourceKind']): Promise<AlertRuleRow[]> {
  if (limit <= 0) return [];
  const at = sql`${now.toISOString()}::timestamptz`;
  // Each source has its own evaluation pool: a claim takes only the kind that pool has room for.
  const kind = sourceKind ? sql` and source_kind = ${sourceKind}::alert_rule_source_kind` : sql``;
  const rows = await db.execute<{ id: string }>(sql`
    update ${alertRules} r set
      next_evaluation_at = r.next_evaluation_at + make_interval(secs => r.interval_seconds *
        (floor(extract(epoch from (${at} - r.next_evaluation_at)) / r.interval_seconds) + 1)),
      evaluation_count = r.evaluation_count + 1
    where r.id in (
      select id from ${alertRules} where enabled and next_evaluation_at <= ${at}${kind}
      order by next_evaluation_at limit ${limit} for update skip locked
    )
    returning r.id`);
  return findRulesByIds(db, rows.map((r) => r.id));
}

/** When the next enabled rule is due (null: none is enabled). */
export async function nextDueAt(db: DbOrTx): Promise<Date | null> {
  const [row] = await db.select({ at: sql<string | null>`min(${alertRules.nextEvaluationAt})` }).from(alertRules).where(eq(alertRules.enabled, true));
  return row?.at ? new Date(row.at) : null;
}

export async function recordRuleEvaluation(db: DbOrTx, id: string, patch: { at: Date; ms: number; error: string | null }): Promise<void> {
  await db.update(alertRules).set({ lastEvaluatedAt: patch.at, lastEvaluationMs: patch.ms, lastError: patch.error }).where(eq(alertRules.id, id));
}

/** The evaluation records of many rules evaluated at one time (one statement). */
export async function recordRuleEvaluations(db: DbOrTx, at: Date, items: Array<{ id: string; ms: number; error: string | null }>): Promise<void> {
  if (items.length === 0) return;
  await db.execute(sql`
    update ${alertRules} r set last_evaluated_at = ${at.toISOString()}::timestamptz, last_evaluation_ms = v.ms, last_error = v.error
    from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as v(id uuid, ms float8, error text)
    where r.id = v.id`);
}

export function listInstances(db: DbOrTx, ruleId: string, opts: { forUpdate?: boolean } = {}): Promise<AlertRuleInstanceRow[]> {
  const q = db.select().from(alertRuleInstances).where(eq(alertRuleInstances.ruleId, ruleId)).orderBy(asc(alertRuleInstances.labelsHash));
  return opts.forUpdate ? q.for('update') : q;
}

export function listInstancesOfRules(db: DbOrTx, ruleIds: string[]): Promise<AlertRuleInstanceRow[]> {
  if (ruleIds.length === 0) return Promise.resolve([]);
  return db.select().from(alertRuleInstances).where(inArray(alertRuleInstances.ruleId, ruleIds)).orderBy(asc(alertRuleInstances.labelsHash));
}

/**
 * Writes instances (insert or update by rule and label set) in one statement whatever their
 * number: the rows travel as one jsonb parameter, not eleven parameters per row.
 */
export async function upsertInstances(db: DbOrTx, rows: Array<typeof alertRuleInstances.$inferInsert>): Promise<void> {
  if (rows.length === 0) return;
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  const payload = JSON.stringify(
    rows.map((r) => ({
      rule_id: r.ruleId,
      labels_hash: r.labelsHash,
      labels: r.labels,
      state: r.state ?? 'NORMAL',
      active_since: iso(r.activeSince),
      last_breach_at: iso(r.lastBreachAt),
      last_value: r.lastValue ?? null,
      flap_history: r.flapHistory ?? [],
      flapping: r.flapping ?? false,
      alert_open: r.alertOpen ?? false,
      last_resolved_at: iso(r.lastResolvedAt),
    })),
  );
  await db.execute(sql`
    insert into ${alertRuleInstances} as i (rule_id, labels_hash, labels, state, active_since, last_breach_at, last_value, flap_history, flapping, alert_open, last_resolved_at, updated_at)
    select rule_id, labels_hash, labels, state::alert_instance_state, active_since, last_breach_at, last_value, flap_history, flapping, alert_open, last_resolved_at, now()
    from jsonb_to_recordset(${payload}::jsonb) as v(rule_id uuid, labels_hash text, labels jsonb, state text, active_since timestamptz, last_breach_at timestamptz,
      last_value float8, flap_history jsonb, flapping boolean, alert_open boolean, last_resolved_at timestamptz)
    on conflict (rule_id, labels_hash) do update set
      state = excluded.state, active_since = excluded.active_since, last_breach_at = excluded.last_breach_at, last_value = excluded.last_value,
      flap_history = excluded.flap_history, flapping = excluded.flapping, alert_open = excluded.alert_open,
      last_resolved_at = excluded.last_resolved_at, updated_at = excluded.updated_at`);
}

export async function deleteInstances(db: DbOrTx, ruleId: string, hashes: string[]): Promise<void> {
  if (hashes.length === 0) return;
  await db.delete(alertRuleInstances).where(and(eq(alertRuleInstances.ruleId, ruleId), inArray(alertRuleInstances.labelsHash, hashes)));
}

export async function insertHistory(db: DbOrTx, rows: Array<typeof alertStateHistory.$inferInsert>): Promise<AlertStateHistoryRow[]> {
  if (rows.length === 0) return [];
  return db.insert(alertStateHistory).values(rows).returning();
}

export interface HistoryFilter {
  ruleId?: string;
  from?: Date;
  to?: Date;
  /** Label-scoped grants: the rows the viewer may read. */
  reachable?: SQL;
}

function historyWhere(f: HistoryFilter): SQL | undefined {
  return and(
    f.ruleId ? eq(alertStateHistory.ruleId, f.ruleId) : undefined,
    f.from ? gte(alertStateHistory.at, f.from) : undefined,
    f.to ? lte(alertStateHistory.at, f.to) : undefined,
    f.reachable,
  );
}

/** Newest first, keyset on (at, id). */
export function listHistory(db: DbOrTx, f: HistoryFilter, opts: { first: number; after: { at: string; id: number } | null }): Promise<AlertStateHistoryRow[]> {
  const { after } = opts;
  const afterAt = after ? new Date(after.at) : null;
  return db
    .select()
    .from(alertStateHistory)
    .where(and(historyWhere(f), after && afterAt ? or(lt(alertStateHistory.at, afterAt), and(eq(alertStateHistory.at, afterAt), lt(alertStateHistory.id, after.id))) : undefined))
    .orderBy(desc(alertStateHistory.at), desc(alertStateHistory.id))
    .limit(opts.first + 1);
}

export async function countHistory(db: DbOrTx, f: HistoryFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(alertStateHistory).where(historyWhere(f));
  return row?.n ?? 0;
}
