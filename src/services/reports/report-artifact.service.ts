import { findArtifactWithRun, readArtifactChunks, type ReportArtifactRow } from '../../db/queries/report-artifacts.queries';
import { AppError } from '../../errors/app-error';
import { AuditedService } from '../shared/audited-service';
import { isUuid } from '../shared/connection';
import { checkArtifactLink } from './artifact-links';
import { mayDownload } from './report-run.service';

/** Chunks read per statement while streaming a download (each about 1 MB). */
const CHUNKS_PER_READ = 2;

export type ArtifactCredential = { kind: 'viewer' } | { kind: 'link'; exp: unknown; sig: unknown };

/**
 * Downloads of run files: with the caller's token (the requester or a report administrator, as
 * `reportRun`) or a signed link. Every attempt is audited, refused ones with outcome DENIED.
 * Unknown, expired and incomplete files are all NOT_FOUND: a refusal never confirms a file exists
 * to someone who may not see its run.
 */
export class ReportArtifactService extends AuditedService {
  async open(id: string, credential: ArtifactCredential): Promise<{ artifact: ReportArtifactRow; chunks: () => AsyncIterable<Buffer> }> {
    const found = isUuid(id) ? await findArtifactWithRun(this.deps.database.db, id) : undefined;
    const via = credential.kind === 'link' ? 'signed_link' : this.ctx.authz.viewer?.apiKeyId ? 'api_key' : 'bearer';
    const refuse = async (err: AppError, reason: string): Promise<never> => {
      await this.audit.recordStandalone({
        action: 'report.artifact_downloaded',
        outcome: 'DENIED',
        targetType: 'report_artifact',
        targetId: id.slice(0, 64),
        metadata: { via, reason, runId: found?.artifact.runId ?? null },
        ...(credential.kind === 'link' && !this.ctx.authz.viewer ? { actor: { type: 'ANONYMOUS' as const } } : {}),
      });
      throw err;
    };
    if (credential.kind === 'link') {
      const check = checkArtifactLink(this.deps.secretBox, id, credential.exp, credential.sig);
      if (check === 'INVALID') return refuse(AppError.forbidden('The download link is not valid'), 'invalid link');
      if (check === 'EXPIRED') return refuse(AppError.notFound('Report artifact'), 'link expired');
    } else {
      this.ctx.authz.requireViewer();
      if (!found || !mayDownload(this.ctx.authz, { id: found.artifact.runId, requestedBy: found.requestedBy, requestedByApiKeyId: found.requestedByApiKeyId })) {
        return refuse(AppError.notFound('Report artifact'), found ? 'not the run\'s requester' : 'unknown artifact');
      }
    }
    const artifact = found?.artifact;
    if (!artifact || !artifact.completedAt || found.runStatus !== 'SUCCEEDED' || artifact.expiresAt.getTime() < Date.now()) {
      const reason = !artifact ? 'unknown artifact' : !artifact.completedAt || found.runStatus !== 'SUCCEEDED' ? 'incomplete' : 'expired';
      return refuse(AppError.notFound('Report artifact'), reason);
    }
    await this.audit.recordStandalone({
      action: 'report.artifact_downloaded',
      targetType: 'report_artifact',
      targetId: artifact.id,
      metadata: { via, runId: artifact.runId, format: artifact.format, sizeBytes: artifact.sizeBytes },
      ...(credential.kind === 'link' && !this.ctx.authz.viewer ? { actor: { type: 'ANONYMOUS' as const } } : {}),
    });
    const db = this.deps.database.db;
    return {
      artifact,
      chunks: async function* () {
        for (let seq = 0; ; ) {
          const batch = await readArtifactChunks(db, artifact.id, seq, CHUNKS_PER_READ);
          for (const c of batch) yield c.data;
          if (batch.length < CHUNKS_PER_READ) return;
          seq = batch.at(-1)!.seq + 1;
        }
      },
    };
  }
}
