import { signedArtifactPath } from '../artifact-links';
import { reportPeriod, type DefinitionSnapshot } from '../report-build';
import { addJob } from '../../../db/queries/jobs.queries';
import { artifactChunksAfter, artifactsByIds, findSchedule, runForDelivery } from '../../../db/queries/report-schedules.queries';
import type { ReportRecipient } from '../../../db/schema';
import type { ReportScheduleRow } from '../../../db/queries/report-schedules.queries';
import type { AttachmentRef, ReportArtifactItem, ReportNotificationMessage } from '../../alerts/channels/notification-message';
import { AuditService } from '../../audit/audit.service';
import { registerAttachmentSource } from '../../deliveries/attachments';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import type { ServiceDeps } from '../../deps';
import { defineTask } from '../../jobs/task';
import { SEALED } from '../../security/sealed-columns';
import { inTransaction } from '../../shared/unit-of-work';
import { onReportRunFinished } from '../run-hooks';
import { recipientTarget, type RecipientSecrets } from './schedule-recipients';
import type { FiredSchedule } from './schedule-tick';
import { systemContext } from '../../shared/system-context';

export const ARTIFACT_SOURCE = 'report-artifact';
const DELIVER_TASK = 'reports.deliverScheduledRun';
const CHUNKS_PER_READ = 16;

interface DeliverPayload {
  runId: string;
  scheduleId: string;
  rowCount: number;
  artifactIds: string[];
}

/**
 * Where a recipient downloads an artifact: a signed link under PUBLIC_URL, valid for
 * REPORT_DELIVERED_LINK_TTL_SECONDS (a mail read days later still opens; a bearer token is not needed).
 */
export function artifactLink(deps: Pick<ServiceDeps, 'config' | 'secretBox'>, artifactId: string): string {
  const base = (deps.config.PUBLIC_URL ?? `http://localhost:${deps.config.PORT}`).replace(/\/+$/, '');
  return `${base}${signedArtifactPath(deps.secretBox, artifactId, deps.config.REPORT_DELIVERED_LINK_TTL_SECONDS)}`;
}

// Artifact bytes for email attachments, streamed from PostgreSQL a few chunks at a time.
registerAttachmentSource(ARTIFACT_SOURCE, async function* (database, ref) {
  let seq = -1;
  for (;;) {
    const rows = await artifactChunksAfter(database.db, ref.id, seq, CHUNKS_PER_READ);
    if (rows.length === 0) return;
    for (const row of rows) {
      yield row.data;
      seq = row.seq;
    }
  }
});

// A scheduled run that succeeded owes its deliveries: a durable job, committed with the run's end
// state, fans them out (the runner's transaction has no service deps to seal targets with).
onReportRunFinished(async (tx, run) => {
  if (!run.scheduleId || run.status !== 'SUCCEEDED') return;
  const payload: DeliverPayload = { runId: run.id, scheduleId: run.scheduleId, rowCount: run.rowCount, artifactIds: run.artifactIds };
  await addJob(tx, { task: DELIVER_TASK, payload, jobKey: `report-delivery:${run.id}` });
});

/** The period the run covered (its parameters resolved at its occurrence, as the runner did). */
function periodOf(snapshot: Record<string, unknown>, at: Date | null): { from: string; to: string } | null {
  if (!at) return null;
  try {
    const { from, to } = reportPeriod(snapshot as Pick<DefinitionSnapshot, 'parameters'>, at);
    return { from: from.toISOString(), to: to.toISOString() };
  } catch {
    return null; // parameters a newer version saved: the message goes without a period
  }
}

/**
 * Why a finished run must not be delivered to the schedule's current recipients, or null. The
 * recipients (and their sealed URLs) are read now, so they must be the ones the run was fired
 * for: the run's requester is still the schedule's owner, and the schedule is still the version
 * that fired it (every change through updateReportSchedule moves the version; the tick's own
 * bookkeeping does not). A run without that record (queued before it was kept) is not delivered.
 */
function staleReason(s: ReportScheduleRow, run: Awaited<ReturnType<typeof runForDelivery>>): string | null {
  if (!run) return 'the run no longer exists';
  if (!run.requestedBy || run.requestedBy !== s.ownerId) return "the schedule's owner is no longer the run's requester";
  const fired = (run.snapshot as { schedule?: Partial<FiredSchedule> } | null)?.schedule;
  if (!fired || typeof fired.version !== 'number') return 'the run does not record which version of the schedule fired it';
  if (fired.id !== s.id || fired.version !== s.version) return `the schedule changed after the run was queued (version ${fired.version}, now ${s.version})`;
  return null;
}

/**
 * One delivery per recipient, in one transaction, each with an idempotency key of run and
 * recipient: this job run again (a node died after commit) enqueues nothing twice. Skip-if-empty
 * (no rows) sends nothing and says so in the audit trail. EMAIL attaches the files while their
 * total stays within REPORT_EMAIL_MAX_ATTACHMENT_MB (links only above it); Slack and webhooks get
 * links (and sha256) only.
 */
export async function deliverScheduledRun(deps: ServiceDeps, p: DeliverPayload): Promise<number> {
  const audit = new AuditService(deps, systemContext(deps, `report-delivery:${p.runId}`));
  return inTransaction(deps, deps.log, async (uow) => {
    const s = await findSchedule(uow.tx, p.scheduleId);
    if (!s) return 0;
    const base = { actor: { type: 'SYSTEM' as const }, targetType: 'report_schedule', targetId: s.id };
    const run = await runForDelivery(uow.tx, p.runId);
    const stale = staleReason(s, run);
    if (stale) {
      await audit.record(uow, { ...base, action: 'report_schedule.delivery_skipped', metadata: { runId: p.runId, reason: stale } });
      return 0;
    }
    if (s.skipIfEmpty && p.rowCount === 0) {
      await audit.record(uow, { ...base, action: 'report_schedule.delivery_skipped', metadata: { runId: p.runId, reason: 'the report has no rows (skipIfEmpty)' } });
      return 0;
    }
    if (s.recipients.length === 0) return 0;
    const secrets: RecipientSecrets = s.recipientSecretsSealed ? (JSON.parse(await deps.secretBox.open(s.recipientSecretsSealed, SEALED.reportScheduleSecrets.purpose)) as RecipientSecrets) : [];
    const snapshot = (run?.snapshot ?? {}) as Record<string, unknown>;
    const name = typeof snapshot.name === 'string' ? snapshot.name : 'Report';
    const artifacts = (await artifactsByIds(uow.tx, p.artifactIds)).filter((a) => a.completedAt);
    const items: ReportArtifactItem[] = artifacts.map((a) => ({ id: a.id, format: a.format, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes, sha256: a.sha256, url: artifactLink(deps, a.id) }));
    const total = artifacts.reduce((n, a) => n + a.sizeBytes, 0);
    const attach = total <= deps.config.REPORT_EMAIL_MAX_ATTACHMENT_MB * 1024 * 1024;
    const attachments: AttachmentRef[] = attach ? artifacts.map((a) => ({ source: ARTIFACT_SOURCE, id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes })) : [];
    const occurrenceAt = run?.occurrenceAt?.toISOString() ?? null;
    const message: ReportNotificationMessage = {
      kind: 'report',
      event: 'READY',
      title: name,
      summary: `${name}: ${p.rowCount} rows in ${items.map((i) => i.format).join(', ') || 'no files'}${occurrenceAt ? ` (scheduled for ${occurrenceAt})` : ''}.${attach || items.length === 0 ? '' : ` The files exceed ${deps.config.REPORT_EMAIL_MAX_ATTACHMENT_MB} MB together and are linked, not attached.`}`,
      severity: 'info',
      report: { scheduleId: s.id, definitionId: run?.definitionId ?? s.definitionId, definitionName: name, runId: p.runId, status: 'SUCCEEDED', rowCount: p.rowCount, occurrenceAt, period: periodOf(snapshot, run?.occurrenceAt ?? run?.startedAt ?? null), artifacts: items },
    };
    let sent = 0;
    for (const [i, recipient] of s.recipients.entries()) {
      const target = recipientTarget(deps.config, recipient, secrets[i] ?? null);
      if (!target) {
        deps.log.warn({ scheduleId: s.id, runId: p.runId, kind: recipient.kind }, 'report delivery: recipient cannot be sent to (EMAIL needs SMTP_URL and SMTP_FROM); skipped');
        continue;
      }
      const withFiles = recipient.kind === 'EMAIL' && attachments.length > 0 ? { ...message, attachments } : message;
      await enqueueDelivery(deps, uow, { target, message: withFiles, idempotencyKey: `report-run:${p.runId}:recipient:${i}`, origin: { kind: 'report', id: p.runId } });
      sent += 1;
    }
    await audit.record(uow, { ...base, action: 'report_schedule.delivered', metadata: { runId: p.runId, recipients: s.recipients.map((r: ReportRecipient) => r.kind), enqueued: sent, attached: attach && attachments.length > 0 } });
    return sent;
  });
}

export const deliverScheduledRunTask = defineTask<DeliverPayload>(DELIVER_TASK, async (deps, payload) => {
  await deliverScheduledRun(deps, payload);
});
