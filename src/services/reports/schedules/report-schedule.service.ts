import {
  countSchedules,
  deleteSchedule,
  findDefinitionForSchedule,
  findSchedule,
  insertSchedule,
  listSchedules,
  lockSchedule,
  updateScheduleAtVersion,
  type ReportSchedulePatch,
  type ReportScheduleRow,
} from '../../../db/queries/report-schedules.queries';
import { REPORT_FORMATS, type ReportFormat } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { AuditedService } from '../../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../../shared/connection';
import { newId } from '../../shared/ids';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import { SEALED } from '../../security/sealed-columns';
import { nextOccurrence, validateSchedule } from './cron-schedule';
import { parseRecipients, shownTarget, type RecipientInput } from './schedule-recipients';

export interface ScheduleInput {
  definitionId: string;
  cron: string;
  timezone: string;
  formats: string[];
  recipients?: RecipientInput[] | null;
  skipIfEmpty?: boolean | null;
  enabled?: boolean | null;
}

export interface ScheduleUpdate {
  version: number;
  cron?: string | null;
  timezone?: string | null;
  formats?: string[] | null;
  recipients?: RecipientInput[] | null;
  skipIfEmpty?: boolean | null;
  enabled?: boolean | null;
}

const REPORTS = { type: 'reports' } as const;

function parseFormats(formats: string[], field: string): ReportFormat[] {
  const unique = [...new Set(formats)];
  if (unique.length === 0) throw AppError.badInput('formats must name at least one format', field);
  for (const f of unique) if (!REPORT_FORMATS.includes(f as ReportFormat)) throw AppError.badInput(`formats must be among ${REPORT_FORMATS.join(', ')}`, field);
  return unique as ReportFormat[];
}

/**
 * Report schedules: reports:schedule changes them, reports:read reads them. A schedule runs with
 * its owner's current rights; the owner is whoever created it or last changed it (a change by
 * someone else makes them the owner, so nobody can point another user's rights at new recipients),
 * and the owner must be able to run the definition now (reports:run, reports:read on it).
 */
export class ReportScheduleService extends AuditedService {
  async get(id: string): Promise<ReportScheduleRow> {
    this.ctx.authz.assertCan('reports:read', REPORTS);
    const row = isUuid(id) ? await findSchedule(this.deps.database.db, id) : undefined;
    if (!row) throw AppError.notFound('Report schedule');
    return row;
  }

  async list(first?: number | null, after?: string | null, definitionId?: string | null): Promise<Connection<ReportScheduleRow>> {
    this.ctx.authz.assertCan('reports:read', REPORTS);
    const size = pageSize(first);
    const afterId = decodeCursor('reportSchedules', after, isUuid);
    if (definitionId != null && !isUuid(definitionId)) throw AppError.badInput('definitionId is not a report definition id', 'definitionId');
    const db = this.deps.database.db;
    const rows = await listSchedules(db, { first: size, afterId, definitionId });
    return toConnection(rows, size, (r) => encodeCursor('reportSchedules', r.id), undefined, () => countSchedules(db, definitionId));
  }

  async create(input: ScheduleInput): Promise<ReportScheduleRow> {
    const viewer = await this.assertMayChange('report_schedule.created', null);
    validateSchedule(input, 'input');
    const formats = parseFormats(input.formats, 'input.formats');
    const { recipients, secrets } = parseRecipients(this.deps.config, input.recipients ?? []);
    const enabled = input.enabled ?? true;
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await this.assertDefinition(uow, input.definitionId, 'input.definitionId');
      const id = newId();
      const sealed = secrets.some(Boolean) ? await this.deps.secretBox.seal(uow.tx, JSON.stringify(secrets), SEALED.reportScheduleSecrets.purpose) : null;
      const row = await insertSchedule(uow.tx, {
        id,
        definitionId: input.definitionId,
        ownerId: viewer,
        cron: input.cron.trim(),
        timezone: input.timezone,
        formats,
        recipients,
        recipientSecretsSealed: sealed,
        skipIfEmpty: input.skipIfEmpty ?? false,
        enabled,
        nextRunAt: enabled ? nextOccurrence(input, new Date()) : null,
      });
      await this.audit.record(uow, { action: 'report_schedule.created', targetType: 'report_schedule', targetId: id, metadata: describe(row) });
      return row;
    });
  }

  async update(id: string, input: ScheduleUpdate): Promise<ReportScheduleRow> {
    const viewer = await this.assertMayChange('report_schedule.updated', id);
    const formats = input.formats != null ? parseFormats(input.formats, 'input.formats') : undefined;
    const parsed = input.recipients != null ? parseRecipients(this.deps.config, input.recipients) : undefined;
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = isUuid(id) ? await lockSchedule(uow.tx, id) : undefined;
      if (!before) throw AppError.notFound('Report schedule');
      if (before.version !== input.version) throw AppError.conflict(`The schedule changed meanwhile (version ${before.version}, not ${input.version}): read it again and retry`, 'input.version');
      await this.assertDefinition(uow, before.definitionId, 'id');
      const cron = input.cron ?? before.cron;
      const timezone = input.timezone ?? before.timezone;
      validateSchedule({ cron, timezone }, 'input');
      const enabled = input.enabled ?? before.enabled;
      const patch: ReportSchedulePatch = { cron: cron.trim(), timezone, enabled, ownerId: viewer };
      if (formats) patch.formats = formats;
      if (input.skipIfEmpty != null) patch.skipIfEmpty = input.skipIfEmpty;
      if (parsed) {
        patch.recipients = parsed.recipients;
        patch.recipientSecretsSealed = parsed.secrets.some(Boolean) ? await this.deps.secretBox.seal(uow.tx, JSON.stringify(parsed.secrets), SEALED.reportScheduleSecrets.purpose) : null;
      }
      // A changed timing, or a schedule enabled again, starts from now: what passed while it was
      // off is not caught up. Enabling also clears why it had stopped.
      const retimed = cron !== before.cron || timezone !== before.timezone || enabled !== before.enabled;
      if (retimed || (enabled && !before.nextRunAt)) patch.nextRunAt = enabled ? nextOccurrence({ cron, timezone }, new Date()) : null;
      if (enabled) patch.disabledReason = null;
      const after = await updateScheduleAtVersion(uow.tx, id, before.version, patch);
      if (!after) throw AppError.conflict('The schedule changed meanwhile: read it again and retry', 'input.version');
      await this.audit.record(uow, {
        action: 'report_schedule.updated',
        targetType: 'report_schedule',
        targetId: id,
        changes: diff(describe(before), describe(after)),
        metadata: { version: after.version, ownerId: after.ownerId },
      });
      return after;
    });
  }

  async delete(id: string): Promise<boolean> {
    await this.assertMayChange('report_schedule.deleted', id);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = isUuid(id) ? await lockSchedule(uow.tx, id) : undefined;
      if (!before) throw AppError.notFound('Report schedule');
      await deleteSchedule(uow.tx, id);
      await this.audit.record(uow, { action: 'report_schedule.deleted', targetType: 'report_schedule', targetId: id, metadata: describe(before) });
      return true;
    });
  }

  /**
   * reports:schedule to change, and reports:run: the schedule will run as the caller. Never an API
   * key: the schedule would run with the key owner's full rights, beyond the key's own grants, every
   * occurrence. Denials are audited.
   */
  private async assertMayChange(action: 'report_schedule.created' | 'report_schedule.updated' | 'report_schedule.deleted', id: string | null): Promise<string> {
    const viewer = this.ctx.authz.requireViewer();
    try {
      if (viewer.apiKeyId) throw AppError.forbidden("A report schedule runs with a person's rights; an API key cannot create or change one");
      this.ctx.authz.assertCan('reports:schedule', REPORTS);
      if (action !== 'report_schedule.deleted') this.ctx.authz.assertCan('reports:run', REPORTS);
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') {
        await this.audit.recordStandalone({ action, outcome: 'DENIED', targetType: 'report_schedule', targetId: id, metadata: { reason: err.message } });
      }
      throw err;
    }
    return viewer.userId;
  }

  private async assertDefinition(uow: UnitOfWork, definitionId: string, field: string): Promise<void> {
    const definition = isUuid(definitionId) ? await findDefinitionForSchedule(uow.tx, definitionId) : undefined;
    if (!definition) throw AppError.badInput('definitionId does not name a report definition', field);
    this.ctx.authz.assertCan('reports:read', { type: 'reports', id: definition.id });
  }
}

/** What the audit trail keeps of a schedule: never a secret, Slack and webhook URLs only by their origin. */
function describe(row: ReportScheduleRow): Record<string, unknown> {
  return {
    definitionId: row.definitionId,
    cron: row.cron,
    timezone: row.timezone,
    formats: row.formats,
    recipients: row.recipients.map((r) => `${r.kind}:${shownTarget(r, true)}`),
    skipIfEmpty: row.skipIfEmpty,
    enabled: row.enabled,
    ownerId: row.ownerId,
  };
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const k of Object.keys(after)) if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = { before: before[k], after: after[k] };
  return out;
}
