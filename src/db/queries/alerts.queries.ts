import { and, asc, desc, eq, getTableColumns, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { alertNotes, alerts, inhibitionRules, type AlertNoteRow, type AlertRow, type InhibitionRuleRow, type NewAlertRow, type StoredMatcher } from '../schema';

export type AlertStatusValue = AlertRow['status'];
export type AlertSeverityValue = AlertRow['severity'];

/** Key space of the advisory lock that serializes changes to alert suppression state. */
const ALERT_STATE_LOCK = 710_010;

/**
 * Serializes every transaction that changes alerts (intake, acknowledgement, jobs), silences or
 * inhibition rules; taken before any alert row lock, so the lock order is the same everywhere: each of them reads the open alerts and writes decisions derived from all of
 * them (inhibition, silencing), so two at once could each miss the other's rows. Also what makes
 * concurrent intake of one fingerprint on two nodes yield one alert (the partial unique index is
 * the backstop). Held until commit.
 */
export async function lockAlertState(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ALERT_STATE_LOCK}::int, 0)`);
}

export async function findOpenAlertByFingerprint(tx: DbOrTx, fp: string): Promise<AlertRow | undefined> {
  const [row] = await tx.select().from(alerts).where(and(eq(alerts.fingerprint, fp), ne(alerts.status, 'RESOLVED'))).limit(1);
  return row;
}

export async function findOpenAlertsByFingerprints(tx: DbOrTx, fps: string[]): Promise<AlertRow[]> {
  if (fps.length === 0) return [];
  return tx.select().from(alerts).where(and(inArray(alerts.fingerprint, fps), ne(alerts.status, 'RESOLVED')));
}

export async function insertAlert(tx: DbOrTx, row: NewAlertRow): Promise<AlertRow> {
  const [created] = await tx.insert(alerts).values(row).returning();
  return created!;
}

/** Which of these fingerprints name an open alert. */
export async function openFingerprints(db: DbOrTx, fps: string[]): Promise<Set<string>> {
  if (fps.length === 0) return new Set();
  const rows = await db.select({ fingerprint: alerts.fingerprint }).from(alerts).where(and(inArray(alerts.fingerprint, fps), ne(alerts.status, 'RESOLVED')));
  return new Set(rows.map((r) => r.fingerprint));
}

/** Many new alerts in one statement, returned in the order given. */
export async function insertAlerts(tx: DbOrTx, rows: NewAlertRow[]): Promise<AlertRow[]> {
  if (rows.length === 0) return [];
  const created = await tx.insert(alerts).values(rows).returning();
  const byId = new Map(created.map((r) => [r.id, r]));
  return rows.map((r) => byId.get(r.id)!);
}

/** A source's new report of an open alert: what it may change. */
export interface AlertReportPatch {
  id: string;
  annotations: Record<string, string>;
  endsAt: Date | null;
  /** Resolving reports change only the annotations and end time besides the status. */
  resolve: boolean;
  severity: AlertSeverityValue;
  generatorUrl: string | null;
}

/**
 * Applies a batch of reports to open alerts in one statement (an intake batch repeats most of its
 * alerts: one round trip instead of one per alert). A resolving report closes the alert (status,
 * resolved time, snooze cleared); the others refresh annotations, severity, source URL and end time.
 */
export async function applyAlertReports(tx: DbOrTx, patches: AlertReportPatch[], now: Date): Promise<AlertRow[]> {
  if (patches.length === 0) return [];
  const values = JSON.stringify(patches.map((p) => ({ ...p, endsAt: p.endsAt?.toISOString() ?? null })));
  const v = sql`jsonb_to_recordset(${values}::jsonb) as v(id uuid, annotations jsonb, "endsAt" timestamptz, resolve boolean, severity alert_severity, "generatorUrl" text)`;
  const resolve = sql.raw('v.resolve');
  const rows = await tx
    .update(alerts)
    .set({
      annotations: sql`v.annotations`,
      endsAt: sql`v."endsAt"`,
      lastReceivedAt: now,
      updatedAt: now,
      status: sql`case when ${resolve} then 'RESOLVED'::alert_status else ${alerts.status} end`,
      resolvedAt: sql`case when ${resolve} then ${now.toISOString()}::timestamptz else ${alerts.resolvedAt} end`,
      resolvedBy: sql`case when ${resolve} then null else ${alerts.resolvedBy} end`,
      snoozedUntil: sql`case when ${resolve} then null else ${alerts.snoozedUntil} end`,
      severity: sql`case when ${resolve} then ${alerts.severity} else v.severity end`,
      generatorUrl: sql`case when ${resolve} then ${alerts.generatorUrl} else v."generatorUrl" end`,
    })
    .from(v)
    .where(eq(alerts.id, sql`v.id`))
    .returning(getTableColumns(alerts));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return patches.map((p) => byId.get(p.id)!);
}

export async function updateAlert(tx: DbOrTx, id: string, patch: Partial<NewAlertRow>): Promise<AlertRow> {
  const [row] = await tx.update(alerts).set({ ...patch, updatedAt: new Date() }).where(eq(alerts.id, id)).returning();
  return row!;
}

export async function findAlertById(db: DbOrTx, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row;
}

export async function lockAlert(tx: Tx, id: string): Promise<AlertRow | undefined> {
  const [row] = await tx.select().from(alerts).where(eq(alerts.id, id)).for('update');
  return row;
}

/** Every open alert (FIRING or ACKNOWLEDGED): what suppression is recomputed over. */
export function listOpenAlerts(tx: DbOrTx): Promise<AlertRow[]> {
  return tx.select().from(alerts).where(ne(alerts.status, 'RESOLVED')).orderBy(asc(alerts.id));
}

/** A label matcher as one SQL condition; an absent label reads as '' (Alertmanager). */
export function matcherSql(m: StoredMatcher): SQL {
  const value = sql`coalesce(${alerts.labels} ->> ${m.name}, '')`;
  switch (m.op) {
    case '=':
      return sql`${value} = ${m.value}`;
    case '!=':
      return sql`${value} <> ${m.value}`;
    case '=~':
      return sql`${value} ~ ${`^(?:${m.value})$`}`;
    case '!~':
      return sql`${value} !~ ${`^(?:${m.value})$`}`;
  }
}

export interface AlertListFilter {
  statuses?: AlertStatusValue[] | null;
  severities?: AlertSeverityValue[] | null;
  matchers?: StoredMatcher[] | null;
  fingerprint?: string | null;
  /** The viewer's reach (label-scoped grants), pushed down as one condition. */
  reachable?: SQL;
}

export function alertConditions(filter: AlertListFilter): SQL[] {
  const out: SQL[] = [];
  if (filter.statuses?.length) out.push(inArray(alerts.status, filter.statuses));
  if (filter.severities?.length) out.push(inArray(alerts.severity, filter.severities));
  if (filter.fingerprint) out.push(eq(alerts.fingerprint, filter.fingerprint));
  for (const m of filter.matchers ?? []) out.push(matcherSql(m));
  if (filter.reachable) out.push(filter.reachable);
  return out;
}

export async function countAlerts(db: DbOrTx, filter: AlertListFilter): Promise<number> {
  const conditions = alertConditions(filter);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(alerts)
    .where(conditions.length ? and(...conditions) : undefined);
  return row?.n ?? 0;
}

export async function insertAlertNote(tx: DbOrTx, note: typeof alertNotes.$inferInsert): Promise<AlertNoteRow> {
  const [row] = await tx.insert(alertNotes).values(note).returning();
  return row!;
}

export async function insertAlertNotes(tx: DbOrTx, notes: Array<typeof alertNotes.$inferInsert>): Promise<void> {
  if (notes.length > 0) await tx.insert(alertNotes).values(notes);
}

/** The timeline, oldest first (keyset on the time-ordered id). */
export function listAlertNotes(db: DbOrTx, alertId: string, page: { first: number; afterId?: string | null }): Promise<AlertNoteRow[]> {
  const conditions = [eq(alertNotes.alertId, alertId)];
  if (page.afterId) conditions.push(sql`${alertNotes.id} > ${page.afterId}`);
  return db.select().from(alertNotes).where(and(...conditions)).orderBy(asc(alertNotes.id)).limit(page.first + 1);
}

export async function insertInhibitionRule(tx: DbOrTx, row: typeof inhibitionRules.$inferInsert): Promise<InhibitionRuleRow> {
  const [created] = await tx.insert(inhibitionRules).values(row).returning();
  return created!;
}

export async function deleteInhibitionRule(tx: DbOrTx, id: string): Promise<InhibitionRuleRow | undefined> {
  const [row] = await tx.delete(inhibitionRules).where(eq(inhibitionRules.id, id)).returning();
  return row;
}

export function allInhibitionRules(db: DbOrTx): Promise<InhibitionRuleRow[]> {
  return db.select().from(inhibitionRules).orderBy(asc(inhibitionRules.id));
}

export function listInhibitionRules(db: DbOrTx, page: { first: number; afterId?: string | null }): Promise<InhibitionRuleRow[]> {
  return db
    .select()
    .from(inhibitionRules)
    .where(page.afterId ? lt(inhibitionRules.id, page.afterId) : undefined)
    .orderBy(desc(inhibitionRules.id))
    .limit(page.first + 1);
}
