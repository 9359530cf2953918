import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { Config } from '../config';
import { AppError, isAppError } from '../errors/app-error';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/unavailable';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import { bearerToken, buildContext, requestMeta, resolveViewer, type AppContext } from './context';

const STATUS: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

function send(res: Response, err: AppError): void {
  if (err.code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer');
  if (err.code === 'UNAVAILABLE') res.setHeader('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  res.status(STATUS[err.code] ?? 500).json({ code: err.code, message: err.message, ...(err.details.field ? { field: err.details.field } : {}) });
}

/**
 * `POST /api/v2/alerts`, Alertmanager's v2 intake, so a Prometheus can list this server under
 * `alerting.alertmanagers` (with `authorization: { credentials: <API key> }`). 200 with an empty
 * body like Alertmanager; 400 with a JSON error for a bad body; never a 500 for bad input.
 */
export function alertsIntakeRouter(deps: ServiceDeps, config: Config, log: Logger): Router {
  const router = express.Router();
  const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') return send(res, AppError.badInput(`The body exceeds ${config.ALERTS_INTAKE_MAX_BODY_BYTES} bytes`, 'body'));
    if (type === 'entity.parse.failed') return send(res, AppError.badInput('Malformed JSON in request body', 'body'));
    return send(res, AppError.badInput('Bad request', 'body'));
  };
  router.post(
    '/api/v2/alerts',
    // Any content type is read as JSON (Prometheus sends application/json; curl users often forget it).
    express.json({ limit: config.ALERTS_INTAKE_MAX_BODY_BYTES, type: () => true, strict: false }),
    bodyErrors,
    async (req: Request, res: Response) => {
      const meta = requestMeta(req.ip, req.headers['user-agent'], res.locals.requestId as string);
      const reqLog = log.child({ requestId: meta.requestId });
      let ctx: AppContext | undefined;
      try {
        const token = bearerToken(req.headers.authorization);
        if (!token) throw AppError.unauthenticated('An API key (Authorization: Bearer) is required');
        const viewer = await resolveViewer(deps, token, meta);
        ctx = buildContext(deps, viewer, meta, log);
        await ctx.services.alerts.intake(req.body);
        res.status(200).end();
      } catch (err) {
        if (isAppError(err) && err.code === 'FORBIDDEN' && ctx) await recordDenial(ctx, err);
        if (isAppError(err)) return send(res, err);
        if (isDatabaseUnavailable(err)) return send(res, AppError.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS));
        reqLog.error({ err }, 'alert intake failed');
        res.status(500).json({ code: 'INTERNAL', message: 'Internal server error' });
      }
    },
  );
  return router;
}

/** A refused push is written to the audit trail like any other FORBIDDEN answer (src/server/denials.ts). */
async function recordDenial(ctx: AppContext, err: AppError): Promise<void> {
  try {
    await ctx.services.audit.recordStandalone({
      action: 'access.denied',
      outcome: 'DENIED',
      metadata: { path: 'POST /api/v2/alerts', operationName: null, reason: err.message },
    });
    await ctx.services.threats.forbidden();
  } catch (e) {
    ctx.log.error({ err: e }, 'could not record a denied attempt');
  }
}
