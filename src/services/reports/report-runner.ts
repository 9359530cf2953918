import { Authorizer } from '../../authz/authorizer';
import { holdsAnywhere } from '../../authz/engine';
import { isAppError } from '../../errors/app-error';
import { deleteArtifacts, deleteRunArtifacts, deleteRunArtifactsExcept, insertReportArtifact } from '../../db/queries/report-artifacts.queries';
import { advanceReportRunProgress, findReportRun, lockReportRun, updateReportRun, type ReportRunRow } from '../../db/queries/report-runs.queries';
import { findApiKeyById } from '../../db/queries/api-keys.queries';
import { findUserById } from '../../db/queries/users.queries';
import { apiKeyPermissions } from '../auth/api-key-auth';
import type { ReportFormat } from '../../db/schema/reports';
import type { ServiceDeps } from '../deps';
import { defineTask } from '../jobs/task';
import { newId } from '../shared/ids';
import { inTransaction } from '../shared/unit-of-work';
import { ArtifactSink } from './artifact-sink';
import { buildReportDocument, type DefinitionSnapshot } from './report-build';
import { REPORT_CONTENT_TYPES, REPORT_FILE_EXTENSIONS, REPORT_RUN_TASK, type ReportDocument } from './report-document';
import { renderReport } from './formats/render-report';
import { rowEstimate } from './sections';
import { isFinished, recordRunEnd, runChangedMessage, type RunOutcome } from './run-state';

/** A run's end state says this much, never internals: the log has the rest. */
export class RunFailure extends Error {}

const PROGRESS_MIN_INTERVAL_MS = 250;
const CANCEL_POLL_MS = 250;
/** Attempts a run gets before it is FAILED: one whose node dies each time must end, not loop. */
export const MAX_RUN_ATTEMPTS = 3;

/**
 * Progress, monotonic and throttled: written (and announced) when the stage changes, or when the
 * percentage grew by a whole point and 250 ms have passed. Writes are chained, never concurrent, and
 * fenced by the attempt so a node that lost the run cannot move it.
 */
class ProgressReporter {
  private percent = 0;
  private stage = '';
  private rows = 0;
  private lastWrite = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: ServiceDeps,
    private readonly run: ReportRunRow,
  ) {}

  report(percent: number, stage: string, rows = this.rows): void {
    const p = Math.max(this.percent, Math.min(99, Math.floor(percent)));
    const now = Date.now();
    if (stage === this.stage && (p <= this.percent || now - this.lastWrite < PROGRESS_MIN_INTERVAL_MS)) return;
    this.percent = p;
    this.stage = stage;
    this.rows = rows;
    this.lastWrite = now;
    this.chain = this.chain.then(() => this.write(p, stage, rows)).catch((err: unknown) => this.deps.log.warn({ err, runId: this.run.id }, 'reports: progress write failed'));
  }

  flush(): Promise<void> {
    return this.chain;
  }

  private async write(percent: number, stage: string, rows: number): Promise<void> {
    await inTransaction(this.deps, this.deps.log, async (uow) => {
      const row = await advanceReportRunProgress(uow.tx, this.run.id, this.run.attempts, percent, stage, rows);
      if (row) uow.emit('reports.runChanged', runChangedMessage(row));
    });
  }
}

/** QUEUED→RUNNING (or a RUNNING run whose node died: started again from nothing), attempts + 1. */
async function claim(deps: ServiceDeps, runId: string): Promise<ReportRunRow | null> {
  return inTransaction(deps, deps.log, async (uow) => {
    const run = await lockReportRun(uow.tx, runId);
    if (!run || isFinished(run.status)) return null;
    if (run.cancelRequestedAt) {
      await deleteRunArtifacts(uow.tx, runId);
      await recordRunEnd(deps, uow, run, { status: 'CANCELLED' });
      return null;
    }
    if (run.attempts >= MAX_RUN_ATTEMPTS) {
      // Each attempt ended with its node (killed, out of memory): another would most likely do the same.
      await deleteRunArtifacts(uow.tx, runId);
      await recordRunEnd(deps, uow, run, { status: 'FAILED', error: `The run was interrupted ${run.attempts} times (its node stopped each time) and was not tried again` });
      return null;
    }
    // A previous attempt's files are incomplete or belong to a run that is starting over.
    await deleteRunArtifacts(uow.tx, runId);
    const after = await updateReportRun(uow.tx, runId, {
      status: 'RUNNING',
      attempts: run.attempts + 1,
      startedAt: new Date(),
      progressPercent: 0,
      stage: 'starting',
      rowCount: 0,
      error: null,
    });
    uow.emit('reports.runChanged', runChangedMessage(after));
    return after;
  });
}

/**
 * The requester's rights now (not when the run was queued): a revoked grant narrows the report.
 * A run an API key asked for reads with the key's grants within its owner's rights, as the key's
 * own requests do, and fails if the key was revoked or expired meanwhile.
 */
async function requesterRights(deps: ServiceDeps, run: ReportRunRow): Promise<Authorizer> {
  const user = run.requestedBy ? await findUserById(deps.database.db, run.requestedBy) : undefined;
  if (!user || user.status !== 'ACTIVE') throw new RunFailure('The user this report runs for is no longer active');
  let permissions = await deps.permissionCache.get(user.id);
  if (run.requestedByApiKeyId) {
    const key = await findApiKeyById(deps.database.db, run.requestedByApiKeyId);
    if (!key || key.revokedAt || key.expiresAt.getTime() <= Date.now()) throw new RunFailure('The API key that asked for this report was revoked or has expired');
    permissions = apiKeyPermissions({ id: key.id, expiresAt: key.expiresAt, grants: key.grants }, permissions);
  }
  if (!holdsAnywhere(permissions, 'reports:read')) throw new RunFailure('The user this report runs for no longer holds reports:read');
  return new Authorizer({ userId: user.id, sessionId: null, apiKeyId: run.requestedByApiKeyId, permissions });
}

async function execute(deps: ServiceDeps, run: ReportRunRow, signal: AbortSignal, progress: ProgressReporter, written: string[]): Promise<number> {
  const authz = await requesterRights(deps, run);
  // A scheduled run covers its occurrence's period (a catch-up run included), others their start's.
  const doc = await buildReportDocument(
    deps,
    run.definitionSnapshot as unknown as DefinitionSnapshot,
    authz,
    signal,
    (done, total, title) => progress.report((10 * done) / Math.max(1, total), `collecting ${title}`),
    run.occurrenceAt ?? run.startedAt ?? new Date(),
  );
  const formats = [...new Set(run.formats)];
  const estimate = doc.sections.reduce((n, s) => n + (rowEstimate(s) ?? 0), 0);
  let rowCount = 0;
  for (const [i, format] of formats.entries()) {
    signal.throwIfAborted();
    const base = 10 + (85 * i) / formats.length;
    const span = 85 / formats.length;
    progress.report(base, `writing ${format}`);
    const rows = await writeArtifact(deps, run, doc, format, signal, written, (r) => progress.report(base + span * Math.min(1, estimate > 0 ? r / estimate : 0), `writing ${format}`, Math.max(rowCount, r)));
    rowCount = Math.max(rowCount, rows);
  }
  return rowCount;
}

async function writeArtifact(deps: ServiceDeps, run: ReportRunRow, doc: ReportDocument, format: ReportFormat, signal: AbortSignal, written: string[], onRows: (rows: number) => void) {
  const name = String((run.definitionSnapshot as { name?: unknown }).name ?? 'report');
  const artifact = await insertReportArtifact(deps.database.db, {
    id: newId(),
    runId: run.id,
    format,
    contentType: REPORT_CONTENT_TYPES[format],
    fileName: artifactFileName(name, doc.generatedAt, format),
    expiresAt: new Date(Date.now() + deps.config.REPORT_ARTIFACT_RETENTION_DAYS * 86_400_000),
  });
  written.push(artifact.id);
  const sink = new ArtifactSink(deps.database, artifact.id);
  // A writer that fails (or is aborted) leaves the sink open: destroy it so nothing more is stored.
  try {
    const result = await renderReport(doc, format, sink, { signal, pdfMaxRows: deps.config.REPORT_PDF_MAX_ROWS, onProgress: (p) => onRows(p.rows) });
    return result.rows;
  } catch (err) {
    sink.destroy();
    throw err;
  }
}

/** `weekly-performance-2026-12-07.json`: letters, digits and dashes only, so any client saves it as is. */
export function artifactFileName(name: string, at: Date, format: ReportFormat): string {
  const slug = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 80) || 'report';
  return `${slug}-${at.toISOString().slice(0, 10)}.${REPORT_FILE_EXTENSIONS[format]}`;
}

/** Ends the attempt in one transaction, unless the run moved on without it (cancelled, re-run). */
async function finish(deps: ServiceDeps, run: ReportRunRow, outcome: RunOutcome, written: string[]): Promise<void> {
  await inTransaction(deps, deps.log, async (uow) => {
    const current = await lockReportRun(uow.tx, run.id);
    if (!current || current.status !== 'RUNNING' || current.attempts !== run.attempts) {
      // Another attempt owns the run now: what this one wrote is not the run's.
      await deleteArtifacts(uow.tx, written);
      return;
    }
    // A cancel asked for after the last check still wins: the caller was told it was taken.
    if (current.cancelRequestedAt && outcome.status === 'SUCCEEDED') outcome = { status: 'CANCELLED' };
    // Only this attempt's files are the run's (an overlapping attempt may have left its own).
    if (outcome.status !== 'SUCCEEDED') await deleteRunArtifacts(uow.tx, run.id);
    else await deleteRunArtifactsExcept(uow.tx, run.id, written);
    await recordRunEnd(deps, uow, current, outcome);
  });
}

export async function runReportJob(deps: ServiceDeps, runId: string): Promise<void> {
  const run = await claim(deps, runId);
  if (!run) return;
  const controller = new AbortController();
  const poll = setInterval(() => {
    findReportRun(deps.database.db, runId)
      .then((r) => {
        if (!r || r.cancelRequestedAt || r.attempts !== run.attempts || r.status !== 'RUNNING') controller.abort(new RunFailure('cancelled'));
      })
      .catch(() => undefined);
  }, CANCEL_POLL_MS);
  poll.unref();
  const progress = new ProgressReporter(deps, run);
  const written: string[] = [];
  let outcome: RunOutcome;
  try {
    const rowCount = await execute(deps, run, controller.signal, progress, written);
    outcome = { status: 'SUCCEEDED', rowCount };
  } catch (err) {
    if (controller.signal.aborted) outcome = { status: 'CANCELLED' };
    // Typed errors (a definition whose parameters no longer validate) say what is wrong in words.
    else if (err instanceof RunFailure || isAppError(err)) outcome = { status: 'FAILED', error: err.message };
    else {
      deps.log.error({ err, runId }, 'reports: run failed');
      outcome = { status: 'FAILED', error: 'The report could not be generated (internal error); try again or contact an administrator' };
    }
  } finally {
    clearInterval(poll);
  }
  await progress.flush();
  await finish(deps, run, outcome, written);
}

/** The durable task behind every run (payload `{ runId }`), on whichever node takes the job. */
export const reportRunTask = defineTask<{ runId: string }>(REPORT_RUN_TASK, async (deps, payload) => {
  await runReportJob(deps, payload.runId);
});
