import express, { type Request, type Response, type Router } from 'express';
import { AppError, isAppError } from '../errors/app-error';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/unavailable';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import type { ArtifactCredential } from '../services/reports/report-artifact.service';
import { bearerToken, buildContext, requestMeta, resolveViewer } from './context';

const STATUS: Partial<Record<AppError['code'], number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, RATE_LIMITED: 429, UNAVAILABLE: 503 };

/** Downloads are charged to the caller's rate limits as a root field of this name (policies may name it). */
export const DOWNLOAD_FIELD = 'reportArtifactDownload';

function send(res: Response, err: AppError): void {
  if (err.code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer');
  if (err.code === 'RATE_LIMITED' && err.details.retryAfter) res.setHeader('retry-after', String(err.details.retryAfter));
  if (err.code === 'UNAVAILABLE') res.setHeader('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  res.status(STATUS[err.code] ?? 500).json({ code: err.code, message: err.message });
}

/**
 * `GET /reports/artifacts/<id>`: a run's file, streamed from PostgreSQL a chunk at a time (so any
 * node serves it), with the bearer token (access token or API key) or a signed link
 * (`?exp=&sig=`, from `ReportArtifact.downloadUrl`). ETag is the file's SHA-256.
 */
export function reportsArtifactRouter(deps: ServiceDeps, log: Logger): Router {
  const router = express.Router();
  router.get('/reports/artifacts/:id', async (req: Request, res: Response) => {
    const meta = requestMeta(req.ip, req.headers['user-agent'], res.locals.requestId as string);
    const reqLog = log.child({ requestId: meta.requestId });
    try {
      const token = bearerToken(req.headers.authorization);
      const signed = req.query['sig'] !== undefined || req.query['exp'] !== undefined;
      if (!token && !signed) throw AppError.unauthenticated('A bearer token or a signed link (?exp=&sig=) is required');
      const viewer = token ? await resolveViewer(deps, token, meta) : null;
      // The same per-user and per-IP limits as the API: anonymous link guesses cannot flood the
      // audit trail (each refused download is audited) or the database.
      const limited = await deps.rateLimits.check({ viewer, ip: meta.ip, rootFields: [DOWNLOAD_FIELD], cost: null });
      if (limited.refusal) throw limited.refusal;
      const ctx = buildContext(deps, viewer, meta, log);
      // A signed link is checked as such even when a token comes with it: the link names one file.
      const credential: ArtifactCredential = signed ? { kind: 'link', exp: req.query['exp'], sig: req.query['sig'] } : { kind: 'viewer' };
      const { artifact, chunks } = await ctx.services.reportArtifacts.open(String(req.params['id']), credential);
      const etag = `"${artifact.sha256}"`;
      res.setHeader('etag', etag);
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      if (req.headers['if-none-match'] === etag) return void res.status(304).end();
      res.setHeader('content-type', artifact.contentType);
      res.setHeader('content-length', String(artifact.sizeBytes));
      res.setHeader('content-disposition', `attachment; filename="${artifact.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
      for await (const chunk of chunks()) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    } catch (err) {
      if (res.headersSent) {
        reqLog.error({ err }, 'report download failed mid-stream');
        return void res.destroy();
      }
      if (isAppError(err)) return send(res, err);
      if (isDatabaseUnavailable(err)) return send(res, AppError.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS));
      reqLog.error({ err }, 'report download failed');
      res.status(500).json({ code: 'INTERNAL', message: 'Internal server error' });
    }
  });
  return router;
}
