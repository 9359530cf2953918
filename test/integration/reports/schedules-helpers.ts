import { randomUUID } from 'node:crypto';
import type { TestNode } from '../../fixtures/test-node';

export const SIGNING_SECRET = `whsec_${Buffer.from('report-schedules-signing-key-0123456789').toString('base64')}`;
export const SLACK_TOKEN = 'T0000REPORT/B0000REPORT/reportSlackToken98765';

/**
 * A report definition row, written directly: the definitions API is built beside the schedules,
 * and a schedule refers to a definition by id only.
 */
export async function insertDefinition(node: TestNode, opts: { sections?: string[]; name?: string; parameters?: Record<string, unknown> } = {}): Promise<string> {
  const id = randomUUID();
  const name = opts.name ?? `Weekly ${id.slice(0, 8)}`;
  const parameters = opts.parameters ?? { range: { from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' }, timezone: 'Europe/Berlin' };
  await node.database.sql`
    insert into report_definitions (id, name, template, parameters, sections)
    values (${id}, ${name}, 'WEEKLY_PERFORMANCE', ${JSON.stringify(parameters)}::jsonb, ${opts.sections ?? ['users', 'audit']})`;
  return id;
}

/** Runs of a schedule, oldest occurrence first. */
export async function runsOf(node: TestNode, scheduleId: string): Promise<Array<{ id: string; occurrence_at: Date; requested_by: string | null; status: string }>> {
  const rows = await node.database.sql<Array<{ id: string; occurrence_at: string; requested_by: string | null; status: string }>>`
    select id, occurrence_at::text, requested_by, status::text from report_runs where schedule_id = ${scheduleId} order by occurrence_at`;
  return rows.map((r) => ({ ...r, occurrence_at: new Date(r.occurrence_at) }));
}

export async function scheduleRow(node: TestNode, id: string) {
  const [row] = await node.database.sql<Array<{ enabled: boolean; next_run_at: string | null; last_run_at: string | null; last_run_id: string | null; disabled_reason: string | null; recipient_secrets_sealed: string | null }>>`
    select enabled, next_run_at::text, last_run_at::text, last_run_id, disabled_reason, recipient_secrets_sealed from report_schedules where id = ${id}`;
  const date = (v: string | null) => (v === null ? null : new Date(v));
  return { ...row!, next_run_at: date(row!.next_run_at), last_run_at: date(row!.last_run_at) };
}

export async function setNextRunAt(node: TestNode, id: string, at: Date): Promise<void> {
  await node.database.sql`update report_schedules set next_run_at = ${at.toISOString()}::timestamptz where id = ${id}`;
}

export async function auditActions(node: TestNode, scheduleId: string): Promise<Array<{ action: string; outcome: string; metadata: Record<string, unknown> | null; actor_type: string }>> {
  return node.database.sql`select action, outcome::text, metadata, actor_type::text from audit_logs where target_id = ${scheduleId} order by id`;
}
