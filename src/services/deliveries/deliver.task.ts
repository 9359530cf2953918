import { findChannel } from '../../db/queries/channels.queries';
import { closeInterruptedAttempts, finishAttempt, insertAttempt, lockDelivery, updateDelivery } from '../../db/queries/deliveries.queries';
import type { DeliveryRow, DeliveryStatus } from '../../db/schema';
import { deliveryAttemptsTotal, deliveryLatencySeconds } from '../../metrics/deliveries.metrics';
import type { NotificationMessage } from '../alerts/channels/notification-message';
import type { ServiceDeps } from '../deps';
import { enqueue } from '../jobs/enqueue';
import { defineTask } from '../jobs/task';
import { openAttachment } from './attachments';
import { resolveTarget } from './delivery-target';
import { retryDelayMs, scrubSecrets, type SendOutcome } from './retry-policy';

export const deliveryJobKey = (id: string) => `delivery:${id}`;

/** graphile-worker's own retries cover only a job that throws (database lost while recording); sends are retried by us. */
export const JOB_MAX_ATTEMPTS = 5;

/** An attempt holds its claim this long beyond the send timeout before another run may take over. */
const CLAIM_GRACE_MS = 30_000;

/**
 * One job = one attempt. Retries are scheduled here, not by graphile-worker's retry: its backoff is
 * fixed (exp(attempt) seconds) and knows nothing of a receiver's Retry-After, and an error thrown
 * from a job keeps no per-attempt record. So an attempt that fails but may succeed later re-enqueues
 * the job under the same job key with `runAt`, in the transaction that records the attempt.
 */
export const deliverTask = defineTask<{ deliveryId: string }>('deliveries.send', async (deps, payload) => {
  await runDeliveryAttempt(deps, payload.deliveryId);
});

type Claim = { delivery: DeliveryRow; attempt: number } | null;

export async function runDeliveryAttempt(deps: ServiceDeps, deliveryId: string): Promise<void> {
  const { config } = deps;
  const db = deps.database.db;
  // 1. Claim, in a transaction on the row: at-least-once means this job may be a re-run after a crash;
  // a delivery already SUCCEEDED (or FAILED, DEAD) is never sent again.
  const claim: Claim = await db.transaction(async (tx) => {
    const d = await lockDelivery(tx, deliveryId);
    if (!d || d.status !== 'PENDING') return null;
    if (d.claimedUntil && d.claimedUntil.getTime() > Date.now()) {
      // Another run holds it (or held it and died before recording): look again when its claim ends.
      await enqueue({ tx }, deliverTask, { deliveryId }, { jobKey: deliveryJobKey(deliveryId), runAt: d.claimedUntil, maxAttempts: JOB_MAX_ATTEMPTS });
      return null;
    }
    await closeInterruptedAttempts(tx, deliveryId);
    const attempt = d.attempts + 1;
    await updateDelivery(tx, deliveryId, { attempts: attempt, claimedUntil: new Date(Date.now() + config.DELIVERY_TIMEOUT_MS + CLAIM_GRACE_MS) });
    await insertAttempt(tx, { deliveryId, attempt, outcome: 'IN_FLIGHT' });
    return { delivery: d, attempt };
  });
  if (!claim) return;
  const { delivery, attempt } = claim;

  // 2. Send (outside any transaction: no connection is held while a receiver takes its time).
  const channel = delivery.channelId ? await findChannel(db, delivery.channelId) : undefined;
  const target = await resolveTarget(deps.secretBox, delivery, channel);
  let outcome: SendOutcome;
  let secrets: string[] = [];
  if (typeof target === 'string') {
    outcome = { ok: false, retryable: false, statusCode: null, retryAfterMs: null, error: target, latencyMs: 0 };
  } else {
    secrets = Object.values(target.secrets);
    try {
      outcome = await target.sender.send({ settings: target.settings, secrets: target.secrets }, delivery.message as unknown as NotificationMessage, {
        deliveryId,
        timeoutMs: config.DELIVERY_TIMEOUT_MS,
        allowPrivate: config.ALLOW_PRIVATE_TARGETS,
        pagerDutyEventsUrl: config.PAGERDUTY_EVENTS_URL,
        twilioApiUrl: config.TWILIO_API_URL,
        openAttachment: (ref) => openAttachment(deps.database, ref),
      });
    } catch (err) {
      outcome = { ok: false, retryable: true, statusCode: null, retryAfterMs: null, error: `sender failed: ${(err as Error).message}`, latencyMs: 0 };
    }
  }
  const error = outcome.ok ? null : scrubSecrets(outcome.error, secrets).slice(0, 1000);

  // 3. Record the attempt and decide what comes next, in one transaction with the re-enqueue.
  let status: DeliveryStatus;
  let retryAt: Date | null = null;
  if (outcome.ok) status = 'SUCCEEDED';
  else if (!outcome.retryable) status = 'FAILED';
  else if (attempt >= delivery.maxAttempts) status = 'DEAD';
  else {
    status = 'PENDING';
    retryAt = new Date(Date.now() + retryDelayMs(outcome, attempt, config));
  }
  await db.transaction(async (tx) => {
    // Only the run that still owns the delivery decides its fate: a run that outlived its claim
    // (stalled past it, another run took over) records its attempt and nothing else.
    const current = await lockDelivery(tx, deliveryId);
    const owner = current?.status === 'PENDING' && current.attempts === attempt;
    await finishAttempt(tx, deliveryId, attempt, {
      outcome: outcome.ok ? 'SUCCEEDED' : status === 'PENDING' ? 'RETRY' : 'FAILED',
      statusCode: outcome.statusCode,
      latencyMs: outcome.latencyMs,
      error,
      retryAt,
    });
    if (!owner) return;
    await updateDelivery(tx, deliveryId, {
      status,
      claimedUntil: null,
      nextAttemptAt: retryAt,
      lastStatusCode: outcome.statusCode,
      lastError: error,
      completedAt: status === 'PENDING' ? null : new Date(),
    });
    if (retryAt) await enqueue({ tx }, deliverTask, { deliveryId }, { jobKey: deliveryJobKey(deliveryId), runAt: retryAt, maxAttempts: JOB_MAX_ATTEMPTS });
  });

  const type = typeof target === 'string' ? delivery.channelType : target.type;
  deliveryAttemptsTotal.inc({ channel_type: type, outcome: status === 'PENDING' ? 'RETRY' : status });
  deliveryLatencySeconds.observe({ channel_type: type }, outcome.latencyMs / 1000);
  const fields = { deliveryId, channelId: delivery.channelId, channelType: type, attempt, status, statusCode: outcome.statusCode, latencyMs: outcome.latencyMs };
  if (outcome.ok) deps.log.info(fields, 'delivery sent');
  else if (status === 'PENDING') deps.log.warn({ ...fields, reason: error, retryAt }, 'delivery attempt failed; retry scheduled');
  else deps.log.warn({ ...fields, reason: error }, status === 'DEAD' ? 'delivery dead: attempts exhausted' : 'delivery failed; not retried');
}
