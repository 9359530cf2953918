import { attemptsOf, countDeliveries, findDelivery, listDeliveries, lockDelivery, type DeliveryFilter } from '../../db/queries/deliveries.queries';
import { DELIVERY_STATUSES, type DeliveryAttemptRow, type DeliveryRow, type DeliveryStatus } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { inTransaction } from '../shared/unit-of-work';
import { requeueDelivery } from './delivery-queue';

export type DeliveryWithAttempts = DeliveryRow & { attemptLog: DeliveryAttemptRow[] };

export interface DeliveryFilterInput {
  channelId?: string | null;
  status?: string | null;
  origin?: { kind: string; id?: string | null } | null;
}

const ALERTS = { type: 'alerts' } as const;

/**
 * The delivery log: every delivery with every attempt (alerts:read), and retryDelivery
 * (alerts:manageChannels). A page of deliveries and all their attempts cost two statements.
 */
export class DeliveryLogService extends AuditedService {
  async list(filter: DeliveryFilterInput | null | undefined, first?: number | null, after?: string | null): Promise<Connection<DeliveryWithAttempts>> {
    this.ctx.authz.assertCan('alerts:read', ALERTS);
    const size = pageSize(first);
    const beforeId = decodeCursor('deliveries', after, isUuid);
    const f = toFilter(filter);
    const db = this.deps.database.db;
    const rows = await listDeliveries(db, f, { first: size, beforeId });
    const page = rows.slice(0, size);
    const attempts = await attemptsOf(db, page.map((r) => r.id));
    const byDelivery = new Map<string, DeliveryAttemptRow[]>();
    for (const a of attempts) byDelivery.set(a.deliveryId, [...(byDelivery.get(a.deliveryId) ?? []), a]);
    return toConnection(
      rows,
      size,
      (r) => encodeCursor('deliveries', r.id),
      (r) => ({ ...r, attemptLog: byDelivery.get(r.id) ?? [] }),
      () => countDeliveries(db, f),
    );
  }

  async retry(id: string): Promise<DeliveryWithAttempts> {
    try {
      this.ctx.authz.assertCan('alerts:manageChannels', { type: 'alerts', id });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') {
        await this.audit.recordStandalone({ action: 'delivery.retried', outcome: 'DENIED', targetType: 'delivery', targetId: id, metadata: { reason: err.message } });
      }
      throw err;
    }
    await inTransaction(this.deps, this.ctx.log, async (uow) => {
      const delivery = isUuid(id) ? await lockDelivery(uow.tx, id) : undefined;
      if (!delivery) throw AppError.notFound('Delivery');
      await requeueDelivery(this.deps, uow, delivery);
      await this.audit.record(uow, {
        action: 'delivery.retried',
        targetType: 'delivery',
        targetId: delivery.id,
        changes: { status: { before: delivery.status, after: 'PENDING' } },
        metadata: { channelId: delivery.channelId, attemptsSoFar: delivery.attempts },
      });
    });
    const row = (await findDelivery(this.deps.database.db, id))!;
    return { ...row, attemptLog: await attemptsOf(this.deps.database.db, [id]) };
  }
}

function toFilter(filter: DeliveryFilterInput | null | undefined): DeliveryFilter {
  const f: DeliveryFilter = {};
  if (!filter) return f;
  if (filter.channelId != null) {
    if (!isUuid(filter.channelId)) throw AppError.badInput('filter.channelId is not a channel id', 'filter.channelId');
    f.channelId = filter.channelId;
  }
  if (filter.status != null) {
    if (!DELIVERY_STATUSES.includes(filter.status as DeliveryStatus)) throw AppError.badInput(`filter.status must be one of ${DELIVERY_STATUSES.join(', ')}`, 'filter.status');
    f.status = filter.status as DeliveryStatus;
  }
  if (filter.origin) {
    if (!filter.origin.kind || filter.origin.kind.length > 100) throw AppError.badInput('filter.origin.kind must be 1 to 100 characters', 'filter.origin.kind');
    f.originKind = filter.origin.kind;
    if (filter.origin.id != null) f.originId = filter.origin.id.slice(0, 500);
  }
  return f;
}
