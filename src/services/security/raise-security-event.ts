import { insertSecurityEvent } from '../../db/queries/security.queries';
import type { SecurityEventRow } from '../../db/schema';
import { securityEventsTotal } from '../../metrics/registry';
import type { SecurityEventMessage } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import { newId } from '../shared/ids';
import type { RequestMeta } from '../shared/service-context';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import type { SecurityEventKind, SecuritySeverity } from './security-event-kinds';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  severity: SecuritySeverity;
  summary: string;
  userId?: string | null;
  apiKeyId?: string | null;
  details?: Record<string, unknown>;
  /**
   * Audit rows behind the event, when the caller knows them (the request id links the rest).
   * Inside a unit of work, defaults to the audit rows written in it so far.
   */
  auditIds?: number[];
  /** Raise at most once per key, across nodes (e.g. `AUDIT_CHAIN_BROKEN:17`). */
  dedupKey?: string;
}

export function toSecurityEventMessage(row: SecurityEventRow): SecurityEventMessage {
  const { dedupKey: _dedupKey, ...rest } = row;
  return { ...rest, occurredAt: row.occurredAt.toISOString() };
}

/**
 * Records a security event, counts it in `/metrics` and streams it to `securityEventRaised`
 * subscribers. Inside a unit of work it commits with the change and is delivered after commit;
 * without one (a refused request, a failed login) it is written in a transaction of its own. Returns null when
 * `dedupKey` was raised already.
 */
export async function raiseSecurityEvent(
  deps: Pick<ServiceDeps, 'database' | 'events' | 'log' | 'config'>,
  meta: RequestMeta,
  input: SecurityEventInput,
  uow?: UnitOfWork,
): Promise<SecurityEventRow | null> {
  if (!uow) return inTransaction(deps, deps.log, (own) => raiseSecurityEvent(deps, meta, input, own));
  const row = await insertSecurityEvent(uow.tx, {
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
    auditIds: input.auditIds ?? [...uow.auditIds],
    dedupKey: input.dedupKey ?? null,
  });
  if (!row) return null;
  uow.afterCommit(() => securityEventsTotal.inc({ kind: row.kind, severity: row.severity }));
  uow.emit('security.event', toSecurityEventMessage(row));
  return row;
}
