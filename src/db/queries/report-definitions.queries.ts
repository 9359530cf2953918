import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { isoTimestamp, selectedColumns, selectList, type Expr } from '../read/sql-shape';
import type { Selection } from '../read/selection';
import { reportDefinitions } from '../schema';

export type ReportDefinitionRow = typeof reportDefinitions.$inferSelect;
export type NewReportDefinition = typeof reportDefinitions.$inferInsert;

export async function findReportDefinition(db: DbOrTx, id: string): Promise<ReportDefinitionRow | undefined> {
  const [row] = await db.select().from(reportDefinitions).where(eq(reportDefinitions.id, id));
  return row;
}

export async function lockReportDefinition(tx: Tx, id: string): Promise<ReportDefinitionRow | undefined> {
  const [row] = await tx.select().from(reportDefinitions).where(eq(reportDefinitions.id, id)).for('update');
  return row;
}

export async function reportDefinitionNameTaken(db: DbOrTx, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db.select({ id: reportDefinitions.id }).from(reportDefinitions).where(eq(reportDefinitions.name, name));
  return rows.some((r) => r.id !== exceptId);
}

/**
 * Whether PostgreSQL knows the zone (runs bucket with `at time zone` in SQL). Node's ICU accepts
 * some names PostgreSQL's tz database has dropped (US/Pacific-New); those would fail every run.
 * Case-insensitive, as PostgreSQL's own zone lookup is.
 */
export async function postgresKnowsTimezone(db: DbOrTx, name: string): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from pg_timezone_names where lower(name) = lower(${name}) limit 1`);
  return rows.length > 0;
}

export async function insertReportDefinition(tx: Tx, row: NewReportDefinition): Promise<ReportDefinitionRow> {
  const [created] = await tx.insert(reportDefinitions).values(row).returning();
  return created!;
}

/** Optimistic: updates only the version the caller read; undefined when another edit came first. */
export async function updateReportDefinition(
  tx: Tx,
  id: string,
  version: number,
  patch: Partial<Pick<ReportDefinitionRow, 'name' | 'description' | 'template' | 'parameters' | 'sections'>>,
): Promise<ReportDefinitionRow | undefined> {
  const [row] = await tx
    .update(reportDefinitions)
    .set({ ...patch, version: sql`${reportDefinitions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reportDefinitions.id, id), eq(reportDefinitions.version, version)))
    .returning();
  return row;
}

export async function deleteReportDefinition(tx: Tx, id: string): Promise<void> {
  await tx.delete(reportDefinitions).where(eq(reportDefinitions.id, id));
}

/** Definition fields a lean page serves from its own columns, by GraphQL field name. */
const DEFINITION_COLUMNS: Record<string, Expr> = {
  id: reportDefinitions.id,
  name: reportDefinitions.name,
  description: reportDefinitions.description,
  template: reportDefinitions.template,
  parameters: reportDefinitions.parameters,
  sections: sql`to_json(${reportDefinitions.sections})`,
  ownerId: reportDefinitions.ownerId,
  version: reportDefinitions.version,
  createdAt: isoTimestamp(reportDefinitions.createdAt),
  updatedAt: isoTimestamp(reportDefinitions.updatedAt),
};

export const DEFINITION_FIELDS: ReadonlySet<string> = new Set(Object.keys(DEFINITION_COLUMNS));

export interface LeanDefinitionRow {
  id: string;
  [field: string]: unknown;
}

/** A keyset page of definitions, newest first (one extra row), selecting only the asked-for columns. */
export async function readReportDefinitionPage(db: DbOrTx, page: { first: number; afterId?: string | null }, fields: Selection): Promise<LeanDefinitionRow[]> {
  const all: Selection = fields.size > 0 ? fields : new Map([...DEFINITION_FIELDS].map((f) => [f, new Map()]));
  // `sections` is resolved from the row's sections and template (defaults), so both are read.
  const wanted = new Map(all);
  if (wanted.has('sections')) wanted.set('template', new Map());
  const columns = selectedColumns(wanted, DEFINITION_COLUMNS, ['id']);
  const where = page.afterId ? sql`where ${lt(reportDefinitions.id, page.afterId)}` : sql``;
  const rows = await db.execute<LeanDefinitionRow>(
    sql`select ${selectList(columns)} from ${reportDefinitions} ${where} order by ${desc(reportDefinitions.id)} limit ${page.first + 1}`,
  );
  return rows as unknown as LeanDefinitionRow[];
}

export async function countReportDefinitions(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(reportDefinitions);
  return row?.n ?? 0;
}
