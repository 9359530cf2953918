import { and, desc, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { isoTimestamp, selectedColumns, selectList, type Expr } from '../read/sql-shape';
import type { Selection } from '../read/selection';
import { alerts } from '../schema';
import { alertConditions, type AlertListFilter } from './alerts.queries';

/** Alert fields a lean page serves from its own columns, by GraphQL field name. */
const ALERT_COLUMNS: Record<string, Expr> = {
  id: alerts.id,
  fingerprint: alerts.fingerprint,
  status: alerts.status,
  severity: alerts.severity,
  labels: alerts.labels,
  annotations: alerts.annotations,
  generatorUrl: alerts.generatorUrl,
  source: sql`json_build_object('kind', ${alerts.sourceKind}, 'ruleId', ${alerts.ruleId}, 'name', ${alerts.sourceName})`,
  startsAt: isoTimestamp(alerts.startsAt),
  endsAt: isoTimestamp(alerts.endsAt),
  lastReceivedAt: isoTimestamp(alerts.lastReceivedAt),
  acknowledgedBy: alerts.acknowledgedBy,
  acknowledgedAt: isoTimestamp(alerts.acknowledgedAt),
  resolvedBy: alerts.resolvedBy,
  resolvedAt: isoTimestamp(alerts.resolvedAt),
  snoozedUntil: isoTimestamp(alerts.snoozedUntil),
  escalationLevel: alerts.escalationLevel,
  // As JSON: the driver hands back plain string arrays whatever it knows of uuid[].
  silencedBy: sql`to_json(${alerts.silencedBy})`,
  inhibitedBy: sql`to_json(${alerts.inhibitedBy})`,
  flapping: alerts.flapping,
  createdAt: isoTimestamp(alerts.createdAt),
  updatedAt: isoTimestamp(alerts.updatedAt),
};

export const ALERT_FIELDS: ReadonlySet<string> = new Set(Object.keys(ALERT_COLUMNS));

export interface LeanAlertRow {
  id: string;
  [field: string]: unknown;
}

/**
 * A keyset page of alerts (newest first, one extra row for `hasNextPage`) in one statement
 * whatever the page size, with only the selected columns (every column when `fields` is empty).
 */
export async function readAlertPage(
  db: DbOrTx,
  filter: AlertListFilter,
  page: { first: number; afterId?: string | null },
  fields: Selection,
): Promise<LeanAlertRow[]> {
  const conditions = alertConditions(filter);
  if (page.afterId) conditions.push(lt(alerts.id, page.afterId));
  const all: Selection = fields.size > 0 ? fields : new Map([...ALERT_FIELDS].map((f) => [f, new Map()]));
  const columns = selectedColumns(all, ALERT_COLUMNS, ['id']);
  const where = conditions.length > 0 ? sql`where ${and(...conditions)}` : sql``;
  const rows = await db.execute<LeanAlertRow>(
    sql`select ${selectList(columns)} from ${alerts} ${where} order by ${desc(alerts.id)} limit ${page.first + 1}`,
  );
  return rows as unknown as LeanAlertRow[];
}
