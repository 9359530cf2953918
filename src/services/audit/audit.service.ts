import { countAuditLogs, insertAuditLog, listAuditLogs, type AuditLogFilter } from '../../db/queries/audit.queries';
import { verifyAuditTrail, type IntegrityReport } from './audit-integrity';
import { AppError } from '../../errors/app-error';
import type { AuditChanges, AuditLogRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { AuditLoggedMessage } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { liveStream } from '../shared/live-stream';
import { ThreatDetector } from '../security/threat-detector';
import { hasNul, NUL_MESSAGE } from '../shared/text';
import type { ServiceContext } from '../shared/service-context';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import type { AuditEventName } from './audit-events';

export interface AuditEventInput {
  action: AuditEventName;
  targetType?: string | null;
  targetId?: string | null;
  changes?: AuditChanges | null;
  metadata?: Record<string, unknown> | null;
  outcome?: 'SUCCESS' | 'DENIED' | 'FAILURE';
  /** Defaults to the viewer; SYSTEM for start-up work, ANONYMOUS for failed logins. */
  actor?: { type: 'USER' | 'SYSTEM' | 'ANONYMOUS'; id?: string | null };
}

export type AuditLogView = Omit<AuditLogRow, 'changes'> & { changes: AuditChanges | null };

const isId = (v: unknown): v is number => Number.isSafeInteger(v);

export function toAuditMessage(row: AuditLogRow): AuditLoggedMessage {
  return { ...row, occurredAt: row.occurredAt.toISOString() };
}

function fromAuditMessage(msg: AuditLoggedMessage): AuditLogRow {
  return { ...msg, chainTxn: msg.chainTxn ?? null, occurredAt: new Date(msg.occurredAt) };
}

export class AuditService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  /** Writes the event in the caller's transaction and publishes it once that commits. */
  async record(uow: UnitOfWork, event: AuditEventInput): Promise<number> {
    const row = await this.insert(uow.tx, event);
    uow.auditIds.push(row.id);
    uow.emit('audit.logged', toAuditMessage(row));
    return row.id;
  }

  /** For events with no surrounding change: denials and failed logins. */
  async recordStandalone(event: AuditEventInput): Promise<number> {
    return inTransaction(this.deps, this.ctx.log, (uow) => this.record(uow, event));
  }

  private insert(db: DbOrTx, event: AuditEventInput): Promise<AuditLogRow> {
    const viewer = this.ctx.authz.viewer;
    const actor = event.actor ?? (viewer ? { type: 'USER' as const, id: viewer.userId } : { type: 'ANONYMOUS' as const });
    return insertAuditLog(db, {
      actorType: actor.type,
      actorId: actor.id ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      changes: event.changes && Object.keys(event.changes).length > 0 ? event.changes : null,
      // Everything a key causes names the key, whatever the event.
      metadata: viewer?.apiKeyId ? { ...event.metadata, apiKeyId: viewer.apiKeyId } : (event.metadata ?? null),
      outcome: event.outcome ?? 'SUCCESS',
      ip: this.ctx.meta.ip,
      userAgent: this.ctx.meta.userAgent,
      requestId: this.ctx.meta.requestId,
    });
  }

  async list(filter: AuditLogFilter, first?: number | null, after?: string | null): Promise<Connection<AuditLogView>> {
    this.ctx.authz.assertCan('audit:read', { type: 'audit' });
    const size = pageSize(first);
    const afterId = decodeCursor('audit', after, isId);
    assertValidFilter(filter);
    const db = this.deps.database.db;
    const rows = await listAuditLogs(db, filter, { first: size, afterId });
    // audit:read reaches the whole trail or none of it, so the count needs no scope of its own.
    return toConnection(rows, size, (r) => encodeCursor('audit', r.id), (r) => this.redact(r), () => countAuditLogs(db, filter));
  }

  /** Before/after values need their own permission; without it the changed field names remain. */
  redact(row: AuditLogRow): AuditLogView {
    if (!row.changes || this.ctx.authz.can('audit:readValues', { type: 'audit', id: String(row.id) })) return row;
    const changes: AuditChanges = {};
    for (const field of Object.keys(row.changes)) changes[field] = {};
    return { ...row, changes };
  }

  /**
   * Recomputes the hash chain from the newest valid signed checkpoint (everything with `full`):
   * a changed, removed or re-ordered event, or a forged or contradicted checkpoint, is reported.
   */
  async verifyChain(full = false): Promise<IntegrityReport> {
    this.ctx.authz.assertCan('audit:read', { type: 'audit' });
    const result = await verifyAuditTrail(this.deps, { full });
    await new ThreatDetector(this.deps, this.ctx).auditChainBroken(result);
    return result;
  }

  subscribe(filter: AuditLogFilter, after?: string | null) {
    assertValidFilter(filter);
    return liveStream(this.deps, this.ctx, {
      topic: 'audit.logged',
      shareKey: JSON.stringify(filter),
      after,
      authorize: (authz) => authz.assertCan('audit:read', { type: 'audit' }),
      accept: (msg: AuditLoggedMessage) => matchesFilter(msg, filter),
      map: (msg, authz) => new AuditService(this.deps, { ...this.ctx, authz }).redact(fromAuditMessage(msg)),
    });
  }
}

/** Filter values reach PostgreSQL: anything it would reject is bad input, not a database error. */
function assertValidFilter(filter: AuditLogFilter): void {
  // actor_id is a uuid column: a malformed id would be a database error, not an empty page.
  if (filter.actorId && !isUuid(filter.actorId)) throw AppError.badInput('filter.actorId is not a valid id', 'filter.actorId');
  for (const key of ['action', 'targetType', 'targetId'] as const) {
    const value = filter[key];
    if (value && hasNul(value)) throw AppError.badInput(`filter.${key} ${NUL_MESSAGE}`, `filter.${key}`);
  }
}

function matchesFilter(msg: AuditLoggedMessage, f: AuditLogFilter): boolean {
  if (f.actorId && msg.actorId !== f.actorId) return false;
  if (f.action && msg.action !== f.action) return false;
  if (f.targetType && msg.targetType !== f.targetType) return false;
  if (f.targetId && msg.targetId !== f.targetId) return false;
  const at = Date.parse(msg.occurredAt);
  if (f.from && at < f.from.getTime()) return false;
  if (f.to && at > f.to.getTime()) return false;
  return true;
}

