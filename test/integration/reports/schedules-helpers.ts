import { createHash, randomUUID } from 'node:crypto';
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
  const parameters = opts.parameters ?? { range: 'CUSTOM', from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', timezone: 'Europe/Berlin', granularity: 'DAY' };
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

export interface ArtifactSpec {
  format: 'CSV' | 'JSON' | 'XLSX' | 'PDF';
  fileName: string;
  contentType: string;
  /** The file's bytes, stored as these chunks in order. */
  chunks: Buffer[];
}

/**
 * A SUCCEEDED run of a schedule with completed artifacts (rows, then chunks), as the runner leaves
 * it just before it records the end state and calls the finished-run hooks; fired from the
 * schedule as it is now (its current version and owner).
 */
export async function insertSucceededRun(node: TestNode, scheduleId: string, rowCount: number, artifacts: ArtifactSpec[]): Promise<{ runId: string; artifactIds: string[]; definitionId: string }> {
  const sql = node.database.sql;
  const [schedule] = await sql<Array<{ definition_id: string; owner_id: string; version: number }>>`select definition_id, owner_id, version from report_schedules where id = ${scheduleId}`;
  const [definition] = await sql<Array<{ name: string; parameters: unknown }>>`select name, parameters from report_definitions where id = ${schedule!.definition_id}`;
  const runId = randomUUID();
  // As the tick fires it: the schedule's version and owner at fire time, under `schedule`.
  const snapshot = JSON.stringify({ id: schedule!.definition_id, name: definition!.name, parameters: definition!.parameters, schedule: { id: scheduleId, version: schedule!.version, ownerId: schedule!.owner_id } });
  await sql`
    insert into report_runs (id, definition_id, definition_snapshot, requested_by, schedule_id, occurrence_at, formats, status, progress_percent, stage, row_count, started_at, finished_at)
    values (${runId}, ${schedule!.definition_id}, ${snapshot}::jsonb, ${schedule!.owner_id}, ${scheduleId}, ${new Date().toISOString()}::timestamptz,
            ${`{${artifacts.map((a) => a.format).join(',')}}`}::report_format[], 'SUCCEEDED', 100, 'done', ${rowCount}, now(), now())`;
  const artifactIds: string[] = [];
  for (const a of artifacts) {
    const id = randomUUID();
    const bytes = Buffer.concat(a.chunks);
    const sha = createHash('sha256').update(bytes).digest('hex');
    await sql`
      insert into report_artifacts (id, run_id, format, content_type, file_name, size_bytes, sha256, completed_at, expires_at)
      values (${id}, ${runId}, ${a.format}::report_format, ${a.contentType}, ${a.fileName}, ${bytes.length}, ${sha}, now(), now() + interval '7 days')`;
    for (const [seq, data] of a.chunks.entries()) await sql`insert into report_artifact_chunks (artifact_id, seq, data) values (${id}, ${seq}, ${data})`;
    artifactIds.push(id);
  }
  return { runId, artifactIds, definitionId: schedule!.definition_id };
}

/** Attachments of a raw MIME message (nodemailer: base64 parts with Content-Disposition: attachment). */
export function mailAttachments(raw: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const parts = raw.split(/\r?\n--[^\r\n]+/);
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
    const name = /Content-Disposition:\s*attachment;\s*filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (!name) continue;
    out.set(name, Buffer.from(part.slice(split).replace(/\s+/g, ''), 'base64'));
  }
  return out;
}
