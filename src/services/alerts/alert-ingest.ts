import { applyAlertReports, findOpenAlertsByFingerprints, insertAlertNotes, insertAlerts, lockAlertState, type AlertReportPatch } from '../../db/queries/alerts.queries';
import type { AlertRow, NewAlertRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import { cancelJobs, enqueueMany } from '../jobs/enqueue';
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
    const fp = fingerprint(alert.labels);
    const earlier = byFingerprint.get(fp);
    if (earlier && !sameLabels(earlier.labels, alert.labels)) throw fingerprintCollision();
    byFingerprint.set(fp, alert);
  }
  await lockAlertState(uow.tx);
  const open = new Map((await findOpenAlertsByFingerprints(uow.tx, [...byFingerprint.keys()])).map((a) => [a.fingerprint, a]));

  // Sorted first, then written as a batch: one statement for the reports of open alerts, one for
  // the new ones, one each for the timers set and cancelled (not a round trip per alert).
  const reports: AlertReportPatch[] = [];
  const fresh: NewAlertRow[] = [];
  for (const [fp, report] of byFingerprint) {
    const existing = open.get(fp);
    // The fingerprint is a 64-bit FNV hash (Alertmanager's): only the same labels are the same alert,
    // so a crafted collision cannot resolve or overwrite another team's alert.
    if (existing && !sameLabels(existing.labels as Record<string, string>, report.labels)) throw fingerprintCollision();
    // A rule's alert is the rule's: an outside source may neither resolve it nor move its end.
    if (existing?.sourceKind === 'RULE' && report.source.kind === 'EXTERNAL') throw ruleOwned();
    const resolve = report.endsAt != null && report.endsAt.getTime() <= now.getTime();
    const fields = { annotations: report.annotations ?? {}, endsAt: report.endsAt ?? null, severity: severityOf(report), generatorUrl: report.generatorUrl ?? null };
    if (existing) reports.push({ id: existing.id, resolve, ...fields });
    else if (!resolve) {
      fresh.push({
        ...fields,
        id: newId(),
        fingerprint: fp,
        sourceKind: report.source.kind,
        ruleId: report.source.kind === 'RULE' ? report.source.ruleId : null,
        sourceName: report.source.kind === 'EXTERNAL' ? report.source.name : null,
        status: 'FIRING',
        labels: report.labels,
        startsAt: report.startsAt ?? now,
        lastReceivedAt: now,
      });
    }
  }
  const written = new Map<string, AlertRow>();
  for (const row of [...(await applyAlertReports(uow.tx, reports, now)), ...(await insertAlerts(uow.tx, fresh))]) written.set(row.fingerprint, row);

  const touched: AlertRow[] = [];
  const notes: Array<Parameters<typeof insertAlertNotes>[1][number]> = [];
  const changes: AlertChange[] = [];
  const timers: Array<{ payload: { alertId: string; endsAt: string }; opts: { jobKey: string; runAt: Date } }> = [];
  const cancelled: string[] = [];
  const actor: AlertChange['actor'] = { type: 'SOURCE', id: null };
  const note = (alert: AlertRow, action: string, details: Record<string, unknown> | null = null) =>
    notes.push({ id: newId(), alertId: alert.id, at: now, actorType: 'SOURCE', actorId: null, action, details });
  const outcome = (fp: string, alert: AlertRow | null, kind: IngestOutcome, count: keyof Omit<IngestResult, 'alerts'>) => {
    result[count] += 1;
    result.alerts.push({ fingerprint: fp, alertId: alert?.id ?? null, outcome: kind });
  };

  for (const [fp, report] of byFingerprint) {
    const existing = open.get(fp) ?? null;
    const alert = written.get(fp);
    if (!alert) {
      outcome(fp, null, 'IGNORED', 'ignored'); // a resolution of an alert that is not open
      continue;
    }
    touched.push(alert);
    if (existing && alert.status === 'RESOLVED') {
      cancelled.push(snoozeJobKey(alert.id), expireJobKey(alert.id));
      note(alert, 'RESOLVED', { endsAt: report.endsAt!.toISOString() });
      changes.push({ kind: 'RESOLVED', alert, previous: existing, actor });
      outcome(fp, alert, 'RESOLVED', 'resolved');
      continue;
    }
    if (!existing) {
      note(alert, 'FIRED', { source: report.source });
      changes.push({ kind: 'FIRED', alert, previous: null, actor });
      outcome(fp, alert, 'FIRED', 'fired');
    } else if (!sameRecord(existing.annotations, alert.annotations) || existing.severity !== alert.severity || existing.generatorUrl !== alert.generatorUrl) {
      note(alert, 'UPDATED');
      changes.push({ kind: 'UPDATED', alert, previous: existing, actor });
      outcome(fp, alert, 'UPDATED', 'updated');
    } else outcome(fp, alert, 'UNCHANGED', 'unchanged');
    // Replaced at every report (one job per alert): only the latest endsAt counts.
    if (report.endsAt) timers.push({ payload: { alertId: alert.id, endsAt: report.endsAt.toISOString() }, opts: { jobKey: expireJobKey(alert.id), runAt: report.endsAt } });
    else if (existing?.endsAt) cancelled.push(expireJobKey(alert.id));
  }
  await enqueueMany(uow, expireAlertTask, timers);
  await cancelJobs(uow, cancelled);
  await insertAlertNotes(uow.tx, notes);
  // A new alert is announced once, already carrying its silences and inhibitions.
  const fired = new Set(changes.filter((c) => c.kind === 'FIRED').map((c) => c.alert.id));
  const reconciled = await reconcileSuppression(deps, uow, actor, touched, now, fired);
  for (const change of changes) await onAlertChanged(deps, uow, { ...change, alert: reconciled.get(change.alert.id) ?? change.alert });
  return result;
}

function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

const fingerprintCollision = () =>
  AppError.conflict('Two different label sets have the same fingerprint; the alert was refused (rename a label to tell them apart)');

const ruleOwned = () =>
  AppError.conflict('An alert rule of this server owns an open alert with these labels; the intake may not change it (add a label that tells the sources apart)');
