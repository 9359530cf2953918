import { claimDueSchedule, dueScheduleIds, findDefinitionForSchedule, scheduleOwner, updateSchedule, type ReportScheduleRow } from '../../../db/queries/report-schedules.queries';
import { AuditService } from '../../audit/audit.service';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import type { ServiceDeps } from '../../deps';
import { defineTask } from '../../jobs/task';
import { newId } from '../../shared/ids';
import { systemContext } from '../../shared/system-context';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import { definitionSnapshot } from '../report-build';
import { queueReportRun } from '../run-queue';
import { latestOccurrence, nextOccurrence } from './cron-schedule';
import { ownerRefusal } from './owner-rights';
import { mailTarget } from './schedule-recipients';

export type FireOutcome = 'fired' | 'disabled' | 'skipped';

/**
 * One tick (graphile-worker's crontab runs it once a minute across all nodes; a tick run twice,
 * or by two nodes at once, is harmless): every due schedule is fired in a transaction of its own.
 */
export async function runScheduleTick(deps: ServiceDeps, now = new Date()): Promise<Record<FireOutcome, number>> {
  const counts: Record<FireOutcome, number> = { fired: 0, disabled: 0, skipped: 0 };
  for (const id of await dueScheduleIds(deps.database.db, now, deps.config.REPORT_SCHEDULE_CLAIM_LIMIT)) {
    try {
      counts[await fireSchedule(deps, id, now)] += 1;
    } catch (err) {
      deps.log.error({ err, scheduleId: id }, 'report schedule: firing failed; retried next tick');
    }
  }
  return counts;
}

/**
 * Fires one due schedule, exactly once per occurrence across nodes: the row is claimed with
 * `for update skip locked` and must still be due, and in the same transaction the run is queued
 * (the unique (schedule_id, occurrence_at) index refuses a second run of one occurrence), the
 * schedule moves to its next future occurrence, and the audit event is written.
 *
 * Catch-up policy: when several occurrences passed unfired (every node was down), ONE run is
 * queued, for the most recent of them; the others are skipped and the schedule continues from
 * the first occurrence after now.
 */
export async function fireSchedule(deps: ServiceDeps, id: string, now = new Date()): Promise<FireOutcome> {
  const audit = new AuditService(deps, systemContext(deps, `report-schedule:${id}`));
  return inTransaction(deps, deps.log, async (uow) => {
    const s = await claimDueSchedule(uow.tx, id, now);
    if (!s || !s.nextRunAt) return 'skipped';
    const occurrence = latestOccurrence(s, s.nextRunAt, now) ?? s.nextRunAt;
    const next = nextOccurrence(s, now);
    const definition = await findDefinitionForSchedule(uow.tx, s.definitionId);
    const refusal = !definition ? 'its report definition no longer exists' : await ownerCannotRun(deps, s, definition);
    if (refusal) {
      await disable(deps, uow, audit, s, refusal, occurrence);
      return 'disabled';
    }
    const run = await queueReportRun(uow, {
      id: newId(),
      definitionId: s.definitionId,
      // The schedule as fired: delivery goes out only while the schedule is still this version
      // with this owner (an edit meanwhile, by anyone, must not redirect this run's data).
      definitionSnapshot: { ...(definitionSnapshot(definition!) as unknown as Record<string, unknown>), schedule: firedSchedule(s) },
      requestedBy: s.ownerId,
      formats: s.formats,
      scheduleId: s.id,
      occurrenceAt: occurrence,
    });
    await updateSchedule(uow.tx, s.id, { nextRunAt: next, lastRunAt: occurrence, ...(run ? { lastRunId: run.id } : {}) });
    await audit.record(uow, {
      action: 'report_schedule.fired',
      actor: { type: 'SYSTEM' },
      targetType: 'report_schedule',
      targetId: s.id,
      metadata: { runId: run?.id ?? null, occurrenceAt: occurrence.toISOString(), catchUp: occurrence.getTime() !== s.nextRunAt.getTime(), nextRunAt: next?.toISOString() ?? null, ownerId: s.ownerId },
    });
    return 'fired';
  });
}

/** What a scheduled run records of its schedule (under `schedule` in its definition snapshot). */
export interface FiredSchedule {
  id: string;
  version: number;
  ownerId: string | null;
}

export const firedSchedule = (s: Pick<ReportScheduleRow, 'id' | 'version' | 'ownerId'>): FiredSchedule => ({ id: s.id, version: s.version, ownerId: s.ownerId });

async function ownerCannotRun(deps: ServiceDeps, s: ReportScheduleRow, definition: { id: string; template: string; sections: string[] }): Promise<string | null> {
  if (!s.ownerId) return 'its owner was deleted';
  const owner = await scheduleOwner(deps.database.db, s.ownerId);
  if (!owner || owner.status !== 'ACTIVE') return 'its owner is no longer active';
  return ownerRefusal(await deps.permissionCache.get(s.ownerId), definition);
}

/**
 * Stops a schedule whose owner can no longer run it (never runs it with rights they lost): the
 * reason is kept on the schedule, audited, and mailed to the owner when there is an address and
 * an SMTP server to send through.
 */
async function disable(deps: ServiceDeps, uow: UnitOfWork, audit: AuditService, s: ReportScheduleRow, reason: string, occurrence: Date): Promise<void> {
  const disabledReason = `Disabled on ${new Date().toISOString()}: ${reason}.`;
  await updateSchedule(uow.tx, s.id, { enabled: false, disabledReason, nextRunAt: null });
  await audit.record(uow, {
    action: 'report_schedule.disabled',
    actor: { type: 'SYSTEM' },
    targetType: 'report_schedule',
    targetId: s.id,
    changes: { enabled: { before: true, after: false } },
    metadata: { reason, ownerId: s.ownerId, occurrenceAt: occurrence.toISOString() },
  });
  const owner = s.ownerId ? await scheduleOwner(uow.tx, s.ownerId) : undefined;
  const target = owner?.email && owner.status === 'ACTIVE' ? mailTarget(deps.config, owner.email) : null;
  if (!target) return;
  await enqueueDelivery(deps, uow, {
    target,
    message: {
      kind: 'report',
      event: 'DISABLED',
      title: 'A report schedule you own was disabled',
      summary: `Schedule ${s.id} (${s.cron}, ${s.timezone}) stopped and will not run again until it is enabled: ${reason}.`,
      severity: 'warning',
      report: { scheduleId: s.id, definitionId: s.definitionId, definitionName: '', reason },
    },
    idempotencyKey: `report-schedule-disabled:${s.id}:${occurrence.toISOString()}`,
    origin: { kind: 'report_schedule', id: s.id },
  });
}

export const scheduleTickTask = defineTask<Record<string, never>>('reports.scheduleTick', async (deps) => {
  const counts = await runScheduleTick(deps);
  if (counts.fired + counts.disabled > 0) deps.log.info(counts, 'report schedules fired');
});
