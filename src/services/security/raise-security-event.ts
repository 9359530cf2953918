import { insertSecurityEvent } from '../../db/queries/security.queries';
import type { SecurityEventRow } from '../../db/schema';
import { securityEventsTotal } from '../../metrics/registry';
import type { SecurityEventMessage } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import { newId } from '../shared/ids';
import type { RequestMeta } from '../shared/service-context';
import type { UnitOfWork } from '../shared/unit-of-work';
import type { SecurityEventKind, SecuritySeverity } from './security-event-kinds';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  severity: SecuritySeverity;
  summary: string;
  userId?: string | null;
  apiKeyId?: string | null;
  details?: Record<string, unknown>;
  /** Audit rows behind the event, when the caller knows them (the request id links the rest). */
  auditIds?: number[];
}

export function toSecurityEventMessage(row: SecurityEventRow): SecurityEventMessage {
  return { ...row, occurredAt: row.occurredAt.toISOString() };
}

/**
 * Records a security event, counts it in `/metrics` and streams it to `securityEventRaised`
 * subscribers. Inside a unit of work it commits with the change and is published after commit;
 * without one (a refused request, a failed login) it is written on its own.
 */
export async function raiseSecurityEvent(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: SecurityEventInput,
  uow?: UnitOfWork,
): Promise<SecurityEventRow> {
  const row = await insertSecurityEvent(uow?.tx ?? deps.database.db, {
    id: newId(),
    kind: input.kind,
    severity: input.severity,
    summary: input.summary,
    userId: input.userId ?? null,
    apiKeyId: input.apiKeyId ?? null,
    ip: meta.ip,
    userAgent: meta.userAgent,
    requestId: meta.requestId,
    details: input.details ?? {},
    auditIds: input.auditIds ?? [],
  });
  const announce = () => {
    securityEventsTotal.inc({ kind: row.kind, severity: row.severity });
    return deps.pubsub.publish('security.event', toSecurityEventMessage(row));
  };
  if (uow) uow.publishAfterCommit(announce);
  else await announce();
  return row;
}
