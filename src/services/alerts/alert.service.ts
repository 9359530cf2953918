import { reachesEverything, scopeFilter } from '../../authz/engine';
import { alerts } from '../../db/schema';
import { countAlerts, findAlertById, insertAlertNote, listAlertNotes, lockAlert, lockAlertState, updateAlert, type AlertListFilter } from '../../db/queries/alerts.queries';
import { readAlertPage, type LeanAlertRow } from '../../db/queries/alert-page.queries';
import { labelledReachableSql } from '../../db/queries/scope-sql';
import type { Selection } from '../../db/read/selection';
import type { AlertNoteRow, AlertRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { AlertChangeKind, AlertSnapshot } from '../../pubsub/topics';
import type { AuditEventName } from '../audit/audit-events';
import { cancelJob, enqueue } from '../jobs/enqueue';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { matches, validateMatchers, type LabelMatcher } from '../shared/label-matchers';
import { liveStream } from '../shared/live-stream';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { onAlertChanged } from './alert-change-hooks';
import { expireJobKey, snoozeJobKey, unsnoozeAlertTask } from './alert-jobs';
import { alertResource, toAlertSnapshot } from './alert-snapshot';
import { reconcileSuppression } from './alert-suppression';
import { intakeAlerts } from './alert-intake';
import type { IngestResult } from './alert-ingest';

export interface AlertFilterInput {
  statuses?: AlertRow['status'][] | null;
  severities?: AlertRow['severity'][] | null;
  matchers?: LabelMatcher[] | null;
  fingerprint?: string | null;
}

const MAX_NOTE_LENGTH = 4_000;
/** A snooze is a pause, not a silence: at most this long. */
const MAX_SNOOZE_MS = 30 * 24 * 3_600_000;

interface StateChange {
  kind: AlertChangeKind;
  event: AuditEventName;
  /** Refuses the change from this state with CONFLICT (the message says why), or returns the patch. */
  apply(alert: AlertRow, actorId: string, now: Date): Partial<AlertRow> | string;
}

const ACK: StateChange = {
  kind: 'ACKNOWLEDGED',
  event: 'alert.acknowledged',
  apply: (a, by, now) =>
    a.status === 'FIRING' ? { status: 'ACKNOWLEDGED', acknowledgedBy: by, acknowledgedAt: now } : `This alert is ${a.status.toLowerCase()}; only a firing alert can be acknowledged`,
};
const UNACK: StateChange = {
  kind: 'UNACKNOWLEDGED',
  event: 'alert.unacknowledged',
  apply: (a) =>
    a.status === 'ACKNOWLEDGED' ? { status: 'FIRING', acknowledgedBy: null, acknowledgedAt: null } : `This alert is ${a.status.toLowerCase()}; only an acknowledged alert can be unacknowledged`,
};
const RESOLVE: StateChange = {
  kind: 'RESOLVED',
  event: 'alert.resolved',
  apply: (a, by, now) =>
    a.status !== 'RESOLVED' ? { status: 'RESOLVED', resolvedBy: by, resolvedAt: now, endsAt: now, snoozedUntil: null } : 'This alert is already resolved',
};

function cleanNote(note: string | null | undefined): string | null {
  if (note == null || note.trim() === '') return null;
  if (note.length > MAX_NOTE_LENGTH || note.includes('\u0000')) throw AppError.badInput(`note must be text of at most ${MAX_NOTE_LENGTH} characters`, 'note');
  return note;
}

export class AlertService extends AuditedService {
  private get db() {
    return this.deps.database.db;
  }

  /** POST /api/v2/alerts: a batch from a Prometheus (or any Alertmanager client), as the caller. */
  intake(body: unknown): Promise<IngestResult> {
    return intakeAlerts(this.deps, this.ctx, body);
  }

  /** An alert the viewer may read, else NOT_FOUND (alerts outside one's scope do not exist for one). */
  async get(id: string): Promise<AlertSnapshot> {
    const alert = isUuid(id) ? await findAlertById(this.db, id) : undefined;
    if (!alert || !this.ctx.authz.can('alerts:read', alertResource(alert))) throw AppError.notFound('Alert');
    return toAlertSnapshot(alert);
  }

  /** The alerts the viewer may read (label-scoped grants see their slice), one statement per page. */
  async list(filter: AlertFilterInput, first?: number | null, after?: string | null, nodeFields: Selection = new Map()): Promise<Connection<LeanAlertRow>> {
    const viewer = this.ctx.authz.requireViewer();
    const size = pageSize(first);
    const afterId = decodeCursor('alerts', after, isUuid);
    const query: AlertListFilter = {
      statuses: filter.statuses,
      severities: filter.severities,
      fingerprint: filter.fingerprint,
      matchers: filter.matchers ? validateMatchers(filter.matchers, 'filter.matchers') : null,
    };
    const readable = scopeFilter(viewer.permissions, 'alerts:read');
    if (!reachesEverything(readable)) query.reachable = labelledReachableSql(readable, { id: alerts.id, labels: alerts.labels });
    const rows = await readAlertPage(this.db, query, { first: size, afterId }, nodeFields).catch(regexRefused);
    return toConnection(rows, size, (r) => encodeCursor('alerts', r.id), undefined, () => countAlerts(this.db, query).catch(regexRefused));
  }

  async timeline(alertId: string, first?: number | null, after?: string | null): Promise<Connection<AlertNoteRow>> {
    await this.get(alertId);
    const size = pageSize(first);
    const afterId = decodeCursor('alertNotes', after, isUuid);
    const rows = await listAlertNotes(this.db, alertId, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('alertNotes', r.id));
  }

  acknowledge = (id: string, note?: string | null) => this.changeState(id, ACK, note);
  unacknowledge = (id: string, note?: string | null) => this.changeState(id, UNACK, note);
  resolve = (id: string, note?: string | null) => this.changeState(id, RESOLVE, note);

  /** Mutes an open alert until `until` (a durable job wakes it); its status stays as it was. */
  async snooze(id: string, until: Date, note?: string | null): Promise<AlertSnapshot> {
    const text = cleanNote(note);
    const now = new Date();
    if (until.getTime() <= now.getTime()) throw AppError.badInput('until must be in the future', 'until');
    if (until.getTime() - now.getTime() > MAX_SNOOZE_MS) throw AppError.badInput('until may be at most 30 days ahead; use a silence for longer', 'until');
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockAlertState(uow.tx);
      const before = await this.lockForAck(uow, id);
      if (before.status === 'RESOLVED') throw AppError.conflict('This alert is resolved; only an open alert can be snoozed');
      const after = await updateAlert(uow.tx, id, { snoozedUntil: until });
      await enqueue(uow, unsnoozeAlertTask, { alertId: id, until: until.toISOString() }, { jobKey: snoozeJobKey(id), runAt: until });
      await this.record(uow, before, after, 'SNOOZED', 'alert.snoozed', text, { snoozedUntil: until.toISOString() });
      return toAlertSnapshot(after);
    });
  }

  /** A note on the timeline (what was tried, who was called), without a state change. */
  async addNote(id: string, note: string): Promise<AlertSnapshot> {
    const text = cleanNote(note);
    if (!text) throw AppError.badInput('note must not be empty', 'note');
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const alert = await this.lockForAck(uow, id);
      const userId = this.ctx.authz.requireViewer().userId;
      await insertAlertNote(uow.tx, { id: newId(), alertId: id, actorType: 'USER', actorId: userId, action: 'NOTE', note: text });
      await this.audit.record(uow, { action: 'alert.noted', targetType: 'alert', targetId: id, metadata: { fingerprint: alert.fingerprint, note: text } });
      return toAlertSnapshot(alert);
    });
  }

  private changeState(id: string, change: StateChange, note?: string | null): Promise<AlertSnapshot> {
    const text = cleanNote(note);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      // Every alert change takes the alert-state lock first, then the row: one lock order everywhere
      // (intake, jobs, hooks that change other alerts), so no two changes can deadlock.
      await lockAlertState(uow.tx);
      const before = await this.lockForAck(uow, id);
      const patch = change.apply(before, this.ctx.authz.requireViewer().userId, new Date());
      if (typeof patch === 'string') throw AppError.conflict(patch);
      const after = await updateAlert(uow.tx, id, patch);
      await this.record(uow, before, after, change.kind, change.event, text);
      if (change === RESOLVE) {
        await cancelJob(uow, snoozeJobKey(id));
        await cancelJob(uow, expireJobKey(id));
        await reconcileSuppression(this.deps, uow, { type: 'USER', id: this.ctx.authz.requireViewer().userId });
      }
      return toAlertSnapshot(after);
    });
  }

  /** Timeline entry, audit row and alert change (live event and hooks), all in the transaction. */
  private async record(uow: UnitOfWork, before: AlertRow, after: AlertRow, kind: AlertChangeKind, event: AuditEventName, note: string | null, details?: Record<string, unknown>) {
    const userId = this.ctx.authz.requireViewer().userId;
    await insertAlertNote(uow.tx, { id: newId(), alertId: after.id, actorType: 'USER', actorId: userId, action: kind, note, details: details ?? null });
    await this.audit.record(uow, {
      action: event,
      targetType: 'alert',
      targetId: after.id,
      changes: {
        status: { before: before.status, after: after.status },
        ...(details?.['snoozedUntil'] ? { snoozedUntil: { before: before.snoozedUntil?.toISOString() ?? null, after: details['snoozedUntil'] } } : {}),
      },
      metadata: { fingerprint: after.fingerprint, ...(note ? { note } : {}) },
    });
    await onAlertChanged(this.deps, uow, { kind, alert: after, previous: before, actor: { type: 'USER', id: userId } });
  }

  /** Locks the alert; unreadable reads as NOT_FOUND, readable without alerts:acknowledge is FORBIDDEN. */
  private async lockForAck(uow: UnitOfWork, id: string): Promise<AlertRow> {
    const alert = isUuid(id) ? await lockAlert(uow.tx, id) : undefined;
    if (!alert || !this.ctx.authz.can('alerts:read', alertResource(alert))) throw AppError.notFound('Alert');
    this.ctx.authz.assertCan('alerts:acknowledge', alertResource(alert));
    return alert;
  }

  /** Alert changes the subscriber may read (label scopes apply per event) that match the filter. */
  subscribeChanges(filter: AlertFilterInput, after?: string | null) {
    const matchers = filter.matchers ? validateMatchers(filter.matchers, 'filter.matchers') : [];
    return liveStream(this.deps, this.ctx, {
      topic: 'alerts.changed',
      shareKey: JSON.stringify([filter.statuses ?? null, filter.severities ?? null, matchers, filter.fingerprint ?? null]),
      after,
      authorize: (authz) => authz.assertRule({ kind: 'can', action: 'alerts:read' }),
      accept: (msg, authz) =>
        authz.can('alerts:read', alertResource(msg.alert)) &&
        (!filter.statuses?.length || filter.statuses.includes(msg.alert.status)) &&
        (!filter.severities?.length || filter.severities.includes(msg.alert.severity)) &&
        (!filter.fingerprint || filter.fingerprint === msg.alert.fingerprint) &&
        matches(msg.alert.labels, matchers),
      map: (msg) => ({ kind: msg.kind, alert: msg.alert }),
    });
  }
}

/** A regex JavaScript accepts but PostgreSQL does not (named groups): the caller's input, not a fault. */
function regexRefused(err: unknown): never {
  const pg = ((err as { cause?: unknown } | null)?.cause ?? err) as { code?: string } | null;
  if (pg?.code === '2201B') throw AppError.badInput('filter.matchers: a regex is not supported by the store', 'filter.matchers');
  throw err;
}
