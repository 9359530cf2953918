import type { Authorizer } from '../../authz/authorizer';
import { listCompletedArtifacts, type ReportArtifactRow } from '../../db/queries/report-artifacts.queries';
import { findReportDefinition } from '../../db/queries/report-definitions.queries';
import type { Selection } from '../../db/read/selection';
import { countActiveRunsOf, countReportRuns, findReportRun, lockReportRun, readReportRunPage, updateReportRun, type LeanRunRow, type ReportRunRow } from '../../db/queries/report-runs.queries';
import { REPORT_FORMATS, type ReportFormat } from '../../db/schema/reports';
import { AppError } from '../../errors/app-error';
import { eventCursor } from '../events/event-cursor';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { liveStream } from '../shared/live-stream';
import { inTransaction } from '../shared/unit-of-work';
import { signedArtifactPath } from './artifact-links';
import { definitionResource } from './report-definition.service';
import { definitionSnapshot, type DefinitionSnapshot } from './report-build';
import { queueReportRun } from './run-queue';
import { isFinished, recordRunEnd, runChangedMessage } from './run-state';

export interface ReportArtifactView {
  id: string;
  format: ReportFormat;
  contentType: string;
  fileName: string;
  sizeBytes: number;
  sha256: string | null;
  expiresAt: Date;
  createdAt: Date;
  /** Signed, short-lived (REPORT_LINK_TTL_SECONDS); relative to this server. */
  /** Null for whoever may see the run but not download it (a report administrator who did not ask for it). */
  downloadUrl: string | null;
}

export type ReportRunView = ReportRunRow & { definitionName: string; template: string; artifacts: ReportArtifactView[] };

/** Who asked for a run: the user, and the API key when one did. */
export type RunRequester = { requestedBy: string | null; requestedByApiKeyId: string | null };

/**
 * The run's own requester: the user who asked, through the same credential kind (a key sees only
 * the runs it asked for; the person sees theirs, their keys' included), holding reports:read.
 */
function isRequester(authz: Authorizer, run: RunRequester & { id: string }): boolean {
  const viewer = authz.viewer;
  if (!viewer || run.requestedBy !== viewer.userId) return false;
  if (viewer.apiKeyId && run.requestedByApiKeyId !== viewer.apiKeyId) return false;
  return authz.can('reports:read', { type: 'reports', id: run.id, ownerId: run.requestedBy });
}

/**
 * Who sees a run: its requester, and report administrators (reports:write) who see its state and
 * may cancel it; nobody else learns it exists (NOT_FOUND).
 */
export function maySeeRun(authz: Authorizer, run: RunRequester & { id: string }): boolean {
  return isRequester(authz, run) || authz.can('reports:write', { type: 'reports', id: run.id, ownerId: run.requestedBy });
}

/**
 * Who downloads a run's files: its requester only. The files hold what the requester's rights
 * read (users, emails, the audit trail), which an administrator of reports may not hold.
 */
export function mayDownload(authz: Authorizer, run: RunRequester & { id: string }): boolean {
  return isRequester(authz, run);
}

/** Runs: queued at once, executed by the `reports:run` task on any node, watched live. */
export class ReportRunService extends AuditedService {
  private get db() {
    return this.deps.database.db;
  }

  async run(definitionId: string, rawFormats: string[]): Promise<ReportRunView> {
    const viewer = this.ctx.authz.requireViewer();
    const userId = viewer.userId;
    const formats = [...new Set(rawFormats)];
    if (formats.length === 0) throw AppError.badInput('formats must name at least one format', 'formats');
    const unknown = formats.find((f) => !REPORT_FORMATS.includes(f as ReportFormat));
    if (unknown) throw AppError.badInput(`formats: ${JSON.stringify(unknown)} is not one of ${REPORT_FORMATS.join(', ')}`, 'formats');
    const d = isUuid(definitionId) ? await findReportDefinition(this.db, definitionId) : undefined;
    if (!d || !this.ctx.authz.can('reports:read', definitionResource(d))) throw AppError.notFound('Report definition');
    this.ctx.authz.assertCan('reports:run', definitionResource(d));
    const snapshot = definitionSnapshot(d);
    const active = await countActiveRunsOf(this.db, userId);
    if (active >= this.deps.config.REPORT_MAX_ACTIVE_RUNS_PER_USER) {
      throw AppError.rateLimited(30, `You have ${active} report runs queued or running (at most ${this.deps.config.REPORT_MAX_ACTIVE_RUNS_PER_USER}); wait for one to end, or cancel one`);
    }
    const run = await inTransaction(this.deps, this.ctx.log, async (uow) => {
      const row = (await queueReportRun(uow, {
        id: newId(),
        definitionId: d.id,
        definitionSnapshot: snapshot as unknown as Record<string, unknown>,
        requestedBy: userId,
        requestedByApiKeyId: viewer.apiKeyId ?? null,
        formats: formats as ReportFormat[],
      }))!;
      await this.audit.record(uow, {
        action: 'report_run.started',
        targetType: 'report_run',
        targetId: row.id,
        metadata: { definitionId: d.id, definitionName: d.name, formats },
      });
      uow.emit('reports.runChanged', runChangedMessage(row));
      return row;
    });
    return this.view(run, []);
  }

  /**
   * A queued run ends CANCELLED at once; a running one is asked to stop (its runner checks between
   * batches and ends it CANCELLED, with no files). The requester, or a report administrator, may.
   */
  async cancel(id: string): Promise<ReportRunView> {
    this.ctx.authz.requireViewer();
    const run = await inTransaction(this.deps, this.ctx.log, async (uow) => {
      const run = isUuid(id) ? await lockReportRun(uow.tx, id) : undefined;
      if (!run || !maySeeRun(this.ctx.authz, run)) throw AppError.notFound('Report run');
      this.ctx.authz.assertCan('reports:run', { type: 'reports', id: run.id, ownerId: run.requestedBy });
      if (isFinished(run.status)) throw AppError.conflict(`The run has already ended (${run.status})`);
      if (run.cancelRequestedAt) return run;
      const asked = await updateReportRun(uow.tx, run.id, { cancelRequestedAt: new Date() });
      await this.audit.record(uow, { action: 'report_run.cancel_requested', targetType: 'report_run', targetId: run.id, metadata: { status: run.status } });
      if (run.status === 'QUEUED') return recordRunEnd(this.deps, uow, asked, { status: 'CANCELLED' }, this.audit);
      uow.emit('reports.runChanged', runChangedMessage(asked));
      return asked;
    });
    return this.view(run, isFinished(run.status) ? await listCompletedArtifacts(this.db, [run.id]) : []);
  }

  async get(id: string): Promise<ReportRunView> {
    const run = await this.visible(id);
    return this.view(run, await listCompletedArtifacts(this.db, [run.id]));
  }

  /** Newest first: everyone's runs for report administrators, one's own for everyone else. Lean: only the selected columns. */
  async list(definitionId: string | null | undefined, first?: number | null, after?: string | null, nodeFields: Selection = new Map()): Promise<Connection<LeanRunRow>> {
    const viewer = this.ctx.authz.requireViewer();
    this.ctx.authz.assertRule({ kind: 'can', action: 'reports:read' });
    if (definitionId && !isUuid(definitionId)) throw AppError.badInput('definitionId is not a valid id', 'definitionId');
    const size = pageSize(first);
    const afterId = decodeCursor('reportRuns', after, isUuid);
    const everyone = this.ctx.authz.can('reports:write', { type: 'reports' });
    const filter = { definitionId, requestedBy: everyone ? null : viewer.userId };
    const rows = await readReportRunPage(this.db, filter, { first: size, afterId }, nodeFields);
    for (const row of rows) {
      const downloadable = mayDownload(this.ctx.authz, { id: row.id, requestedBy: row['requesterId'] as string | null, requestedByApiKeyId: row['requesterApiKeyId'] as string | null });
      if (row.artifacts) row.artifacts = row.artifacts.map((a) => ({ ...a, downloadUrl: downloadable ? this.link(a.id) : null }));
    }
    return toConnection(rows, size, (r) => encodeCursor('reportRuns', r.id), undefined, () => countReportRuns(this.db, filter));
  }

  /**
   * The run's state now, then every change (progress only ever grows), ending after the end state.
   * Authorized when opened with the rule of `reportRun`; liveStream re-checks rights per event.
   */
  async subscribe(id: string): Promise<AsyncIterable<ReportRunView>> {
    const from = eventCursor(this.deps.events.position());
    const first = await this.get(id);
    return this.follow(id, first, from);
  }

  private async *follow(id: string, first: ReportRunView, from: string): AsyncGenerator<ReportRunView> {
    let last = first;
    yield last;
    if (isFinished(last.status)) return;
    const stream = await liveStream(this.deps, this.ctx, {
      topic: 'reports.runChanged',
      shareKey: id,
      after: from,
      authorize: (authz) => authz.assertRule({ kind: 'can', action: 'reports:read' }),
      accept: (msg, authz) => msg.runId === id && maySeeRun(authz, { id: msg.runId, requestedBy: msg.requestedBy, requestedByApiKeyId: msg.requestedByApiKeyId ?? null }),
      map: (msg) => ({ runId: msg.runId }),
    });
    for await (const _event of stream) {
      const run = await this.get(id).catch(() => null);
      if (!run) return;
      const moved = run.status !== last.status || run.progressPercent > last.progressPercent || run.stage !== last.stage || run.cancelRequestedAt !== last.cancelRequestedAt;
      if (!moved || (run.progressPercent < last.progressPercent && !isFinished(run.status))) continue;
      last = run;
      yield run;
      if (isFinished(run.status)) return;
    }
  }

  private async visible(id: string): Promise<ReportRunRow> {
    this.ctx.authz.assertRule({ kind: 'can', action: 'reports:read' });
    const run = isUuid(id) ? await findReportRun(this.db, id) : undefined;
    if (!run || !maySeeRun(this.ctx.authz, run)) throw AppError.notFound('Report run');
    return run;
  }

  private view(run: ReportRunRow, artifacts: ReportArtifactRow[]): ReportRunView {
    const snapshot = run.definitionSnapshot as Partial<DefinitionSnapshot>;
    return {
      ...run,
      definitionName: snapshot.name ?? '',
      template: snapshot.template ?? '',
      artifacts: artifacts.map((a) => ({ ...a, downloadUrl: mayDownload(this.ctx.authz, run) ? this.link(a.id) : null })),
    };
  }

  /** A signed download link, valid REPORT_LINK_TTL_SECONDS. */
  private link(artifactId: string): string {
    return signedArtifactPath(this.deps.secretBox, artifactId, this.deps.config.REPORT_LINK_TTL_SECONDS);
  }
}
