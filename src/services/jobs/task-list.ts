// Side effect: registers the routing hook (alerts join aggregation groups) on every node.
import '../alerts/routing/alert-grouping';
import { groupFlushTask } from '../alerts/routing/group-flush.task';
import { expireAlertTask, silenceBoundaryTask, unsnoozeAlertTask } from '../alerts/alert-jobs';
import { ackTimeoutTask, escalateTask } from '../alerts/escalation/escalation-engine';
import { deliverTask } from '../deliveries/deliver.task';
import { purgeDeliveriesTask } from '../deliveries/delivery-retention';
import { purgeEventLogTask } from '../events/event-log-retention';
import { purgeMetricsTask } from '../metrics/metrics-retention';
import { ensureTickTask, evaluationTickTask } from '../alerts/rule-evaluation-tick';
// Side effect: registers the finished-run hook (a scheduled run's deliveries) and the artifact attachment source.
import { deliverScheduledRunTask } from '../reports/schedules/schedule-delivery';
import { scheduleTickTask } from '../reports/schedules/schedule-tick';
import { reportRunTask } from '../reports/report-runner';
import { purgeReportArtifactsTask } from '../reports/report-retention';
import type { ScheduleDef, TaskDef } from './task';

/**
 * Every durable task of the product, by name. A task must stay here while jobs of it may exist:
 * a job whose task no node knows waits (and fails) until one does.
 */
export const TASKS: readonly TaskDef<never>[] = [
  purgeEventLogTask,
  purgeMetricsTask,
  // Alerts: snooze expiry, endsAt expiry, silence start/end.
  unsnoozeAlertTask,
  expireAlertTask,
  silenceBoundaryTask,
  // Routing: one flush per aggregation group (groupWait, then every groupInterval).
  groupFlushTask,
  // Escalation ladders (importing them registers the escalation alert-change hook).
  escalateTask,
  ackTimeoutTask,
  // Outbound deliveries: one attempt per job, retries re-enqueued; retention.
  deliverTask,
  purgeDeliveriesTask,
  // Alert rules: the self-rescheduling evaluation tick, and its per-minute revival.
  evaluationTickTask,
  ensureTickTask,
  // Report schedules: the per-minute tick that fires due schedules, and a scheduled run's deliveries.
  scheduleTickTask,
  deliverScheduledRunTask,
  // Reports: one job per run (any node; a run whose node died is started again), file retention.
  reportRunTask,
  purgeReportArtifactsTask,
];

/** Recurring work, each tick run once across all nodes. */
export const SCHEDULES: readonly ScheduleDef[] = [
  { task: purgeEventLogTask, match: '*/10 * * * *', backfillMinutes: 0 },
  { task: purgeMetricsTask, match: '17 * * * *', backfillMinutes: 0 },
  { task: purgeDeliveriesTask, match: '23 * * * *', backfillMinutes: 0 },
  // Revives the alert evaluation tick chain within a minute, whatever stopped it.
  { task: ensureTickTask, match: '* * * * *', backfillMinutes: 0 },
  // Fires due report schedules; missed minutes need no backfill (the tick catches up itself).
  { task: scheduleTickTask, match: '* * * * *', backfillMinutes: 0 },
  { task: purgeReportArtifactsTask, match: '41 * * * *', backfillMinutes: 0 },
];
