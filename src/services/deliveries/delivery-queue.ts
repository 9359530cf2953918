import type { ChannelType, DeliveryRow } from '../../db/schema';
import { findChannel } from '../../db/queries/channels.queries';
import { insertDeliveryOnce, updateDelivery } from '../../db/queries/deliveries.queries';
import { AppError } from '../../errors/app-error';
import type { NotificationMessage } from '../alerts/channels/notification-message';
import { summarize } from '../alerts/channels/notification-message';
import type { ServiceDeps } from '../deps';
import { enqueue } from '../jobs/enqueue';
import { newId } from '../shared/ids';
import type { UnitOfWork } from '../shared/unit-of-work';
import { SEALED } from '../security/sealed-columns';
import { checkSecrets, parseSettings } from './delivery-target';
import { deliverTask, deliveryJobKey, JOB_MAX_ATTEMPTS } from './deliver.task';

/** A one-off destination not saved as a channel (a report mailed to an address, a webhook URL). */
export interface InlineTarget {
  type: ChannelType;
  settings: Record<string, unknown>;
  /** Sealed into the delivery row; never stored in the clear. */
  secrets?: Record<string, string>;
}

export interface DeliveryRequest {
  channelId?: string;
  target?: InlineTarget;
  message: NotificationMessage;
  /** Same key, same delivery: a caller retried after a crash enqueues nothing twice. */
  idempotencyKey: string;
  /** What caused it (`{ kind: 'alert', id }`, `{ kind: 'report', id }`, `{ kind: 'test', id: channelId }`). */
  origin: { kind: string; id: string };
}

/**
 * Records a delivery and enqueues its job in the caller's transaction: the send exists if and only
 * if the change that caused it commits. Returns the delivery (the existing one for a known key).
 */
export async function enqueueDelivery(deps: Pick<ServiceDeps, 'config' | 'secretBox'>, uow: UnitOfWork, req: DeliveryRequest): Promise<DeliveryRow> {
  if (!!req.channelId === !!req.target) throw AppError.badInput('A delivery needs exactly one of channelId and target');
  if (!req.idempotencyKey || req.idempotencyKey.length > 500) throw AppError.badInput('idempotencyKey must be 1 to 500 characters');
  let channelType: ChannelType;
  let targetSettings: Record<string, unknown> | null = null;
  let targetSecretsSealed: string | null = null;
  const id = newId();
  if (req.channelId) {
    const channel = await findChannel(uow.tx, req.channelId);
    if (!channel) throw AppError.notFound('Notification channel');
    channelType = channel.type;
  } else {
    const target = req.target!;
    channelType = target.type;
    targetSettings = parseSettings(target.type, target.settings, 'target.settings');
    const secrets = checkSecrets(target.type, target.secrets ?? {}, 'target.secrets');
    if (Object.keys(secrets).length > 0) targetSecretsSealed = await deps.secretBox.seal(uow.tx, JSON.stringify(secrets), SEALED.deliveryTargetSecrets.purpose);
  }
  const { row, created } = await insertDeliveryOnce(uow.tx, {
    id,
    channelId: req.channelId ?? null,
    channelType,
    targetSettings,
    targetSecretsSealed,
    originKind: req.origin.kind,
    originId: req.origin.id,
    idempotencyKey: req.idempotencyKey,
    message: req.message as unknown as Record<string, unknown>,
    summary: summarize(req.message),
    maxAttempts: deps.config.DELIVERY_MAX_ATTEMPTS,
    nextAttemptAt: new Date(),
  });
  if (created) await enqueue(uow, deliverTask, { deliveryId: row.id }, { jobKey: deliveryJobKey(row.id), maxAttempts: JOB_MAX_ATTEMPTS });
  return row;
}

/**
 * Sends a FAILED or DEAD delivery again, with a fresh budget of DELIVERY_MAX_ATTEMPTS attempts;
 * the attempts so far stay in its log. The caller audits.
 */
export async function requeueDelivery(deps: Pick<ServiceDeps, 'config'>, uow: UnitOfWork, delivery: DeliveryRow): Promise<void> {
  if (delivery.status !== 'FAILED' && delivery.status !== 'DEAD') {
    throw AppError.conflict(`Only FAILED or DEAD deliveries can be retried; this one is ${delivery.status}`);
  }
  await updateDelivery(uow.tx, delivery.id, {
    status: 'PENDING',
    maxAttempts: delivery.attempts + deps.config.DELIVERY_MAX_ATTEMPTS,
    nextAttemptAt: new Date(),
    claimedUntil: null,
    completedAt: null,
  });
  await enqueue(uow, deliverTask, { deliveryId: delivery.id }, { jobKey: deliveryJobKey(delivery.id), maxAttempts: JOB_MAX_ATTEMPTS });
}
