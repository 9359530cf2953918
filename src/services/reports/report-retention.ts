import { purgeExpiredArtifacts } from '../../db/queries/report-artifacts.queries';
import { defineTask } from '../jobs/task';

/**
 * Deletes report files past REPORT_ARTIFACT_RETENTION_DAYS (their chunks go by cascade), and files
 * a crashed attempt left incomplete on a run that has since ended. The runs stay, as history.
 * Hourly on one node (src/services/jobs/task-list.ts). Idempotent.
 */
export const purgeReportArtifactsTask = defineTask<Record<string, never>>('reports.purgeArtifacts', async (deps) => {
  const purged = await deps.database.db.transaction((tx) => purgeExpiredArtifacts(tx, new Date()));
  if (purged > 0) deps.log.info({ purged }, 'reports: purged expired report files');
});
