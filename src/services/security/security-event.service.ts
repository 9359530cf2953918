import type DataLoader from 'dataloader';
import { countSecurityEvents, listSecurityEvents } from '../../db/queries/security.queries';
import type { AuditLogRow, SecurityEventRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { SecurityEventMessage } from '../../pubsub/topics';
import { AuditService, type AuditLogView } from '../audit/audit.service';
import type { ServiceDeps } from '../deps';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { liveStream } from '../shared/live-stream';
import type { ServiceContext } from '../shared/service-context';
import { SECURITY_EVENT_KINDS, SECURITY_SEVERITIES, type SecurityEventKind, type SecuritySeverity } from './security-event-kinds';

export interface SecurityEventFilterInput {
  kinds?: SecurityEventKind[] | null;
  minSeverity?: SecuritySeverity | null;
  userId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** What the API shows of an event (the dedup key is internal). */
export type SecurityEventView = Omit<SecurityEventRow, 'dedupKey'>;

/** The audit rows behind an event, keyed by the event (see the securityEventAudit loader). */
export type AuditBySecurityEventLoader = DataLoader<Pick<SecurityEventRow, 'id' | 'auditIds' | 'requestId'>, AuditLogRow[], string>;

const atLeast = (min: SecuritySeverity): SecuritySeverity[] => SECURITY_SEVERITIES.slice(SECURITY_SEVERITIES.indexOf(min));

function fromMessage(msg: SecurityEventMessage): SecurityEventView {
  return { ...msg, occurredAt: new Date(msg.occurredAt) };
}

/** Reading what threat detection raised: a list, a live stream, and the evidence behind each. */
export class SecurityEventService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  async list(filter: SecurityEventFilterInput, first?: number | null, after?: string | null): Promise<Connection<SecurityEventView>> {
    this.ctx.authz.assertCan('security:read', { type: 'security' });
    const size = pageSize(first);
    const afterId = decodeCursor('securityEvents', after, isUuid);
    assertValidFilter(filter);
    const db = this.deps.database.db;
    const query = { ...filter, severities: filter.minSeverity ? atLeast(filter.minSeverity) : null };
    const rows = await listSecurityEvents(db, query, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('securityEvents', r.id), withoutDedupKey, () => countSecurityEvents(db, query));
  }

  /**
   * Authorized when opened (refused for a subscriber without security:read, before any event),
   * then every event is re-checked against the subscriber's current permissions.
   */
  subscribe(minSeverity: SecuritySeverity | null | undefined, after?: string | null) {
    const severities = new Set<string>(atLeast(minSeverity ?? 'INFO'));
    return liveStream(this.deps, this.ctx, {
      topic: 'security.event',
      shareKey: minSeverity ?? 'INFO',
      after,
      authorize: (authz) => authz.assertCan('security:read', { type: 'security' }),
      accept: (msg, authz) => severities.has(msg.severity) && authz.can('security:read', { type: 'security', id: msg.id }),
      map: (msg) => fromMessage(msg),
    });
  }

  /** The audit rows behind an event, for viewers who may read the audit trail; null otherwise. */
  async auditEvents(event: SecurityEventView, loader: AuditBySecurityEventLoader): Promise<AuditLogView[] | null> {
    if (!this.ctx.authz.can('audit:read', { type: 'audit' })) return null;
    const audit = new AuditService(this.deps, this.ctx);
    return (await loader.load(event)).map((row) => audit.redact(row));
  }
}

function withoutDedupKey(row: SecurityEventRow): SecurityEventView {
  const { dedupKey: _dedupKey, ...view } = row;
  return view;
}

function assertValidFilter(filter: SecurityEventFilterInput): void {
  if (filter.userId && !isUuid(filter.userId)) throw AppError.badInput('filter.userId is not a valid id', 'filter.userId');
  const unknown = filter.kinds?.find((k) => !(SECURITY_EVENT_KINDS as readonly string[]).includes(k));
  if (unknown) throw AppError.badInput(`filter.kinds: unknown kind ${unknown}`, 'filter.kinds');
}
