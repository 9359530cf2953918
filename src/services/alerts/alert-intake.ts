import { z } from 'zod';
import { holdsAnywhere } from '../../authz/engine';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import { parseInput } from '../shared/parse-input';
import { AuditService } from '../audit/audit.service';
import type { ServiceContext } from '../shared/service-context';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { ingestAlerts, type IncomingAlert, type IngestResult } from './alert-ingest';
import { LABEL_NAME } from '../shared/label-matchers';

const MAX_LABELS = 64;
const MAX_LABEL_VALUE = 2_048;
const MAX_ANNOTATION_VALUE = 16_384;

const noNul = (s: string) => !s.includes('\u0000');

/**
 * Timestamps as Go's encoding writes them (RFC 3339, up to nanoseconds, any offset). Go's zero
 * time (year 1) is how an unset time travels in Alertmanager's JSON: it reads as absent.
 */
const goTime = z
  .string()
  .max(64)
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'must be an RFC 3339 date-time',
  })
  .transform((s) => {
    const d = new Date(s);
    return d.getUTCFullYear() <= 1 ? null : d;
  });

const labelSet = (maxValue: number) =>
  z
    .record(
      z.string().regex(LABEL_NAME, 'must be a label name ([a-zA-Z_][a-zA-Z0-9_]*)'),
      z.string().max(maxValue).refine(noNul, { message: 'must not contain NUL' }),
    )
    .refine((r) => Object.keys(r).length <= MAX_LABELS, { message: `may hold at most ${MAX_LABELS} entries` });

/** Alertmanager's v2 `postableAlerts`: what Prometheus' notifier sends. */
const postableAlert = z
  .object({
    labels: labelSet(MAX_LABEL_VALUE).refine((r) => Object.values(r).some((v) => v !== ''), { message: 'needs at least one label with a value' }),
    annotations: labelSet(MAX_ANNOTATION_VALUE).optional().nullable(),
    startsAt: goTime.optional().nullable(),
    endsAt: goTime.optional().nullable(),
    generatorURL: z.string().max(2_048).refine(noNul, { message: 'must not contain NUL' }).optional().nullable(),
  })
  .refine((a) => !a.startsAt || !a.endsAt || a.startsAt.getTime() <= a.endsAt.getTime(), { message: 'startsAt must not be after endsAt', path: ['endsAt'] });

/** Empty label values mean "no such label" in Prometheus: they do not count towards the fingerprint. */
const dropEmpty = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''));

/**
 * The Alertmanager-compatible intake: validates the body, checks `alerts:push` (or `alerts:write`)
 * on every alert's labels (a key scoped to team=payments may only push payments alerts), ingests in one transaction.
 */
export async function intakeAlerts(deps: ServiceDeps, ctx: ServiceContext, body: unknown): Promise<IngestResult> {
  const authz = ctx.authz;
  const viewer = authz.requireViewer();
  const max = deps.config.ALERTS_INTAKE_MAX_BATCH;
  if (!Array.isArray(body)) throw AppError.badInput('The body must be a JSON array of alerts', 'body');
  if (body.length > max) throw AppError.badInput(`At most ${max} alerts per request (got ${body.length})`, 'body');
  const parsed = parseInput(z.array(postableAlert), body, 'body');
  // alerts:push is the narrow grant for a Prometheus key; alerts:write (rules, routes) includes it.
  const mayPush = (labels: Record<string, string>) =>
    authz.can('alerts:push', { type: 'alerts', labels }) || authz.can('alerts:write', { type: 'alerts', labels });
  authz.assertRule({ kind: 'authenticated' }); // a requireMfa policy still waiting for enrolment refuses here
  if (!holdsAnywhere(viewer.permissions, 'alerts:push') && !holdsAnywhere(viewer.permissions, 'alerts:write')) {
    throw AppError.forbidden('Missing permission alerts:push');
  }
  const source = { kind: 'EXTERNAL' as const, name: viewer.apiKeyId ? `api-key:${viewer.apiKeyId}` : `user:${viewer.userId}` };
  const incoming: IncomingAlert[] = parsed.map((a, i) => {
    const labels = dropEmpty(a.labels);
    if (!mayPush(labels)) {
      throw AppError.forbidden(`Missing permission alerts:push on the labels of alert ${i}`);
    }
    return {
      labels,
      annotations: a.annotations ? dropEmpty(a.annotations) : {},
      startsAt: a.startsAt ?? null,
      endsAt: a.endsAt ?? null,
      generatorUrl: a.generatorURL || null,
      source,
    };
  });
  return inTransaction(deps, ctx.log, async (uow) => {
    const result = await ingestAlerts(deps, uow, incoming);
    await auditIntake(new AuditService(deps, ctx), uow, result);
    return result;
  });
}

/**
 * One audit event per request that changed something (a re-send that only confirms open alerts
 * is not an event: Prometheus repeats every alert each minute). It names the credential (the key
 * id is added to every event a key causes) and what it opened, changed and resolved.
 */
async function auditIntake(audit: AuditService, uow: UnitOfWork, result: IngestResult): Promise<void> {
  if (result.fired + result.updated + result.resolved === 0) return;
  const ids = (outcome: string) => result.alerts.filter((a) => a.outcome === outcome).map((a) => a.alertId!);
  await audit.record(uow, {
    action: 'alert.ingested',
    targetType: 'alert',
    metadata: { fired: ids('FIRED'), updated: ids('UPDATED'), resolved: ids('RESOLVED'), unchanged: result.unchanged, ignored: result.ignored },
  });
}
