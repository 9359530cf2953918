import { findOpenAlertsByFingerprints, insertAlert, insertAlertNotes, lockAlertState, updateAlert } from '../../db/queries/alerts.queries';
import type { AlertRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import { cancelJob, enqueue } from '../jobs/enqueue';
import { newId } from '../shared/ids';
import type { UnitOfWork } from '../shared/unit-of-work';
import { onAlertChanged, type AlertChange } from './alert-change-hooks';
import { reconcileSuppression } from './alert-suppression';
import { expireAlertTask, expireJobKey, snoozeJobKey } from './alert-jobs';
import { fingerprint } from './fingerprint';

export type AlertSeverity = AlertRow['severity'];

export type AlertSource = { kind: 'RULE'; ruleId: string } | { kind: 'EXTERNAL'; name: string };

/** One alert as a source reports it (the HTTP intake, or the rule engine). */
export interface IncomingAlert {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: Date | null;
  /** In the past: the alert is resolved. In the future: it resolves then unless reported again. */
  endsAt?: Date | null;
  /** Default: from the `severity` label, else WARNING. */
  severity?: AlertSeverity | null;
  generatorUrl?: string | null;
  source: AlertSource;
}

export type IngestOutcome = 'FIRED' | 'UPDATED' | 'UNCHANGED' | 'RESOLVED' | 'IGNORED';

export interface IngestResult {
  fired: number;
  updated: number;
  unchanged: number;
  resolved: number;
  /** Resolutions of alerts that were not open (nothing to resolve). */
  ignored: number;
  alerts: Array<{ fingerprint: string; alertId: string | null; outcome: IngestOutcome }>;
}

const SEVERITY_LABELS: Record<string, AlertSeverity> = {
  critical: 'CRITICAL',
  page: 'CRITICAL',
  error: 'ERROR',
  warning: 'WARNING',
  warn: 'WARNING',
  info: 'INFO',
  none: 'INFO',
};

export function severityOf(alert: Pick<IncomingAlert, 'severity' | 'labels'>): AlertSeverity {
  if (alert.severity) return alert.severity;
  return SEVERITY_LABELS[(alert.labels['severity'] ?? '').toLowerCase()] ?? 'WARNING';
}

const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
};

/**
 * Takes alerts into the store, in the caller's transaction, with Alertmanager's semantics: the
 * fingerprint of the labels names an alert; a report for a fingerprint with an open alert updates
 * that alert (annotations, endsAt, severity), never opens a second; an `endsAt` in the past
 * resolves it; after a resolve, the next firing opens a new alert. A firing alert whose `endsAt`
 * passes without a new report is resolved by a durable job, as Alertmanager resolves it.
 *
 * Holds the alert-state lock until commit: intake on several nodes at once serializes here, so one
 * fingerprint never gets two open alerts (the partial unique index is the backstop).
 */
export async function ingestAlerts(deps: ServiceDeps, uow: UnitOfWork, incoming: IncomingAlert[], opts: { now?: Date } = {}): Promise<IngestResult> {
  const now = opts.now ?? new Date();
  const result: IngestResult = { fired: 0, updated: 0, unchanged: 0, resolved: 0, ignored: 0, alerts: [] };
  if (incoming.length === 0) return result;
  // Repeats of one fingerprint in a batch: the last report wins, as it would over two requests.
  const byFingerprint = new Map<string, IncomingAlert>();
  for (const alert of incoming) {
    if (Object.keys(alert.labels).length === 0) throw AppError.badInput('An alert needs at least one label', 'labels');
    byFingerprint.set(fingerprint(alert.labels), alert);
  }
  await lockAlertState(uow.tx);
  const open = new Map((await findOpenAlertsByFingerprints(uow.tx, [...byFingerprint.keys()])).map((a) => [a.fingerprint, a]));
  const touched: AlertRow[] = [];
  const notes: Array<Parameters<typeof insertAlertNotes>[1][number]> = [];
  const changes: AlertChange[] = [];
  const actor: AlertChange['actor'] = { type: 'SOURCE', id: null };
  const note = (alert: AlertRow, action: string, details: Record<string, unknown> | null = null) =>
    notes.push({ id: newId(), alertId: alert.id, at: now, actorType: 'SOURCE', actorId: null, action, details });

  for (const [fp, report] of byFingerprint) {
    const existing = open.get(fp);
    const resolving = report.endsAt != null && report.endsAt.getTime() <= now.getTime();
    const severity = severityOf(report);
    const annotations = report.annotations ?? {};
    if (resolving) {
      if (!existing) {
        result.ignored += 1;
        result.alerts.push({ fingerprint: fp, alertId: null, outcome: 'IGNORED' });
        continue;
      }
      const after = await updateAlert(uow.tx, existing.id, {
        status: 'RESOLVED',
        endsAt: report.endsAt,
        resolvedAt: now,
        resolvedBy: null,
        snoozedUntil: null,
        annotations,
        lastReceivedAt: now,
      });
      await cancelJob(uow, snoozeJobKey(existing.id));
      await cancelJob(uow, expireJobKey(existing.id));
      note(after, 'RESOLVED', { endsAt: report.endsAt!.toISOString() });
      changes.push({ kind: 'RESOLVED', alert: after, previous: existing, actor });
      result.resolved += 1;
      result.alerts.push({ fingerprint: fp, alertId: after.id, outcome: 'RESOLVED' });
      touched.push(after);
      continue;
    }
    let alert: AlertRow;
    if (existing) {
      const changed =
        !sameRecord(existing.annotations, annotations) || existing.severity !== severity || (report.generatorUrl ?? null) !== existing.generatorUrl;
      alert = await updateAlert(uow.tx, existing.id, {
        annotations,
        severity,
        generatorUrl: report.generatorUrl ?? null,
        endsAt: report.endsAt ?? null,
        lastReceivedAt: now,
      });
      if (changed) {
        note(alert, 'UPDATED');
        changes.push({ kind: 'UPDATED', alert, previous: existing, actor });
        result.updated += 1;
      } else result.unchanged += 1;
      result.alerts.push({ fingerprint: fp, alertId: alert.id, outcome: changed ? 'UPDATED' : 'UNCHANGED' });
    } else {
      alert = await insertAlert(uow.tx, {
        id: newId(),
        fingerprint: fp,
        sourceKind: report.source.kind,
        ruleId: report.source.kind === 'RULE' ? report.source.ruleId : null,
        sourceName: report.source.kind === 'EXTERNAL' ? report.source.name : null,
        status: 'FIRING',
        severity,
        labels: report.labels,
        annotations,
        generatorUrl: report.generatorUrl ?? null,
        startsAt: report.startsAt ?? now,
        endsAt: report.endsAt ?? null,
        lastReceivedAt: now,
      });
      note(alert, 'FIRED', { source: report.source });
      changes.push({ kind: 'FIRED', alert, previous: null, actor });
      result.fired += 1;
      result.alerts.push({ fingerprint: fp, alertId: alert.id, outcome: 'FIRED' });
    }
    touched.push(alert);
    if (report.endsAt) {
      // Replaced at every report (one job per alert): only the latest endsAt counts.
      await enqueue(uow, expireAlertTask, { alertId: alert.id, endsAt: report.endsAt.toISOString() }, { jobKey: expireJobKey(alert.id), runAt: report.endsAt });
    } else if (existing?.endsAt) await cancelJob(uow, expireJobKey(alert.id));
  }
  await insertAlertNotes(uow.tx, notes);
  // A new alert is announced once, already carrying its silences and inhibitions.
  const fired = new Set(changes.filter((c) => c.kind === 'FIRED').map((c) => c.alert.id));
  const reconciled = await reconcileSuppression(deps, uow, actor, touched, now, fired);
  for (const change of changes) await onAlertChanged(deps, uow, { ...change, alert: reconciled.get(change.alert.id) ?? change.alert });
  return result;
}
