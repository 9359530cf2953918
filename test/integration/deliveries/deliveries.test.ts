import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import type { DeliverySink } from '../../fixtures/delivery-sink';
import type { TestNode } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';
import { Webhook } from 'standardwebhooks';
import type * as RetentionModule from '../../../src/services/deliveries/delivery-retention';
import type * as LoggerModule from '../../../src/logger';
import { loadServerModule } from '../../fixtures/load';
import { member } from '../../fixtures/seed';
import { SIGNING_SECRET, useDeliveryCluster } from './delivery-cluster';
import { alertMessage, deliveryOf, enqueue, settled, until } from './helpers';

const { purgeDeliveries } = loadServerModule<typeof RetentionModule>('../../src/services/deliveries/delivery-retention.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const fx = useDeliveryCluster();
let sink: DeliverySink;
let node: TestNode;
let owner: ControlPlaneClient;
const seen = <T>(value: T): T => fx.seen(value);
const webhookChannel = (path: string) => fx.webhookChannel(path);
beforeAll(() => {
  ({ sink, node, owner } = fx);
});

describe('deliveries over HTTP', () => {
  it('WEBHOOK: signed per Standard Webhooks; the signature verifies with the secret', async () => {
    const id = await webhookChannel('/hook-signed');
    const { testChannel } = seen(await owner.TestChannel({ id }));
    expect(testChannel.status).toBe('PENDING');
    const done = seen(await settled(owner, { kind: 'test', id }));
    expect(done.status).toBe('SUCCEEDED');
    const [req] = sink.requests('/hook-signed');
    expect(req!.headers['webhook-id']).toBe(testChannel.id);
    const payload = new Webhook(SIGNING_SECRET).verify(req!.body, req!.headers as Record<string, string>) as { type: string; data: { event: string } };
    expect(payload).toMatchObject({ type: 'alert.test', data: { event: 'TEST' } });
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(req!.body, req!.headers as Record<string, string>)).toThrow();
  });

  it('retries 5xx with backoff, recording every attempt with its code and latency, then succeeds', async () => {
    const channelId = await webhookChannel('/hook-flaky');
    sink.failTimes('/hook-flaky', 2, 503);
    const origin = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    const d = seen(await settled(owner, origin));
    expect(d.status).toBe('SUCCEEDED');
    expect(d.attempts.map((a) => [a.outcome, a.statusCode])).toEqual([['RETRY', 503], ['RETRY', 503], ['SUCCEEDED', 200]]);
    expect(d.attempts.every((a) => typeof a.latencyMs === 'number' && a.latencyMs >= 0)).toBe(true);
    expect(d.attempts[0]!.retryAt).not.toBeNull();
    expect(sink.requests('/hook-flaky')).toHaveLength(3);
    // The same webhook-id on every attempt: receivers de-duplicate on it.
    expect(new Set(sink.requests('/hook-flaky').map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('enqueueing the same idempotency key twice makes one delivery', async () => {
    const channelId = await webhookChannel('/hook-once');
    const origin = { kind: 'alert', id: randomUUID() };
    const a = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `once-${origin.id}`, origin });
    const b = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `once-${origin.id}`, origin });
    expect(b).toBe(a);
    expect((await settled(owner, origin)).status).toBe('SUCCEEDED');
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.requests('/hook-once')).toHaveLength(1);
  });

  it('does not retry a 400', async () => {
    const channelId = await webhookChannel('/hook-bad');
    sink.defaultReply('/hook-bad', { status: 400, body: 'bad payload' });
    const origin = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    const d = await settled(owner, origin);
    expect(d.status).toBe('FAILED');
    expect(d.attempts).toHaveLength(1);
    expect(d.attempts[0]).toMatchObject({ outcome: 'FAILED', statusCode: 400, error: 'HTTP 400: bad payload' });
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.requests('/hook-bad')).toHaveLength(1);
  });

  it('does not follow a redirect (its target was never checked)', async () => {
    const channelId = await webhookChannel('/hook-moved');
    sink.defaultReply('/hook-moved', { status: 302, headers: { location: `${sink.url}/hook-elsewhere` } });
    const origin = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    const d = await settled(owner, origin);
    expect(d).toMatchObject({ status: 'FAILED', lastStatusCode: 302 });
    expect(d.lastError).toMatch(/redirects are not followed/);
    expect(sink.requests('/hook-elsewhere')).toHaveLength(0);
  });

  it('a timeout is retried; after DELIVERY_MAX_ATTEMPTS the delivery is DEAD; retryDelivery sends it again', async () => {
    const channelId = await webhookChannel('/hook-down');
    sink.script('/hook-down', ['hang', { status: 500 }, { status: 502 }]);
    const origin = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    const dead = seen(await settled(owner, origin));
    expect(dead.status).toBe('DEAD');
    expect(dead.attempts.map((a) => [a.outcome, a.statusCode])).toEqual([['RETRY', null], ['RETRY', 500], ['FAILED', 502]]);
    expect(dead.attempts[0]!.error).toMatch(/no complete answer within 400 ms/);
    expect(sink.requests('/hook-down')).toHaveLength(3);

    const viewer = await member(node, owner, ['Viewer']);
    expect((await failure(() => viewer.client.RetryDelivery({ id: dead.id }))).code).toBe('FORBIDDEN');
    const { retryDelivery } = await owner.RetryDelivery({ id: dead.id });
    expect(retryDelivery).toMatchObject({ status: 'PENDING', maxAttempts: 6, attemptCount: 3 });
    const again = await until(() => deliveryOf(owner, origin), (v) => v?.status === 'SUCCEEDED');
    expect(again!.attempts.map((a) => a.outcome)).toEqual(['RETRY', 'RETRY', 'FAILED', 'SUCCEEDED']);
    // Only FAILED or DEAD deliveries can be retried.
    expect((await failure(() => owner.RetryDelivery({ id: dead.id }))).code).toBe('CONFLICT');
    const { auditLogs } = await owner.AuditLogs({ first: 5, filter: { action: 'delivery.retried', targetId: dead.id } });
    expect(auditLogs.edges).toHaveLength(1);
  });

  it("honours a 429's Retry-After: the next run is scheduled that far ahead", async () => {
    const channelId = await webhookChannel('/hook-throttled');
    sink.script('/hook-throttled', [{ status: 429, headers: { 'retry-after': '120' } }]);
    const origin = { kind: 'alert', id: randomUUID() };
    const id = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    const first = await until(() => deliveryOf(owner, origin), (v) => v?.attempts[0]?.outcome === 'RETRY');
    const attempt = first!.attempts[0]!;
    expect(attempt.statusCode).toBe(429);
    const waited = Date.parse(attempt.retryAt!) - Date.parse(attempt.finishedAt!);
    expect(waited).toBeGreaterThanOrEqual(119_000);
    expect(waited).toBeLessThanOrEqual(120_500);
    const [job] = await node.database.sql<Array<{ ms: number }>>`select (extract(epoch from run_at) * 1000)::float8 as ms from graphile_worker._private_jobs where key = ${`delivery:${id}`}`;
    expect(Math.round(job!.ms)).toBe(Date.parse(attempt.retryAt!));
    expect(first!.nextAttemptAt).toBe(attempt.retryAt);
    // Bring the run forward instead of waiting two minutes: the second attempt then succeeds.
    await node.database.sql`update graphile_worker._private_jobs set run_at = now() where key = ${`delivery:${id}`}`;
    const done = await settled(owner, origin);
    expect(done.attempts.map((a) => a.outcome)).toEqual(['RETRY', 'SUCCEEDED']);
  });

  it('a job run again after success (at-least-once) sends nothing twice', async () => {
    const channelId = await webhookChannel('/hook-rerun');
    const origin = { kind: 'alert', id: randomUUID() };
    const id = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    expect((await settled(owner, origin)).status).toBe('SUCCEEDED');
    // The same job again, as graphile-worker would run it after a crash before marking it done.
    const key = `rerun-${id}`;
    await node.database.sql`select graphile_worker.add_job('deliveries.send', json_build_object('deliveryId', ${id}::text), job_key => ${key})`;
    await until(async () => (await node.database.sql`select 1 from graphile_worker._private_jobs where key = ${key}`).length, (n) => n === 0);
    expect((await node.database.sql`select 1 from graphile_worker._private_jobs where key = ${key}`).length).toBe(0);
    expect(sink.requests('/hook-rerun')).toHaveLength(1);
    expect((await deliveryOf(owner, origin))!.attempts).toHaveLength(1);
  });

  it('an attempt a crash left in flight is shown as INTERRUPTED and the delivery is sent', async () => {
    const channelId = await webhookChannel('/hook-crash');
    // A first attempt that leaves the job parked far ahead (Retry-After), so nothing races the edit below.
    sink.script('/hook-crash', [{ status: 503, headers: { 'retry-after': '3600' } }]);
    sink.defaultReply('/hook-crash', { status: 204 });
    const origin = { kind: 'alert', id: randomUUID() };
    const id = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    await until(() => deliveryOf(owner, origin), (v) => v?.attempts[0]?.outcome === 'RETRY');
    // As if the worker had died mid-send: the attempt still open, its claim expired, the job run again.
    await node.database.sql`update delivery_attempts set outcome = 'IN_FLIGHT', status_code = null, finished_at = null where delivery_id = ${id}`;
    await node.database.sql`update deliveries set claimed_until = now() - interval '1 second' where id = ${id}`;
    await node.database.sql`update graphile_worker._private_jobs set run_at = now() where key = ${`delivery:${id}`}`;
    const d = await settled(owner, origin);
    expect(d.attempts.map((a) => [a.outcome, a.statusCode])).toEqual([['INTERRUPTED', null], ['SUCCEEDED', 204]]);
  });
});

describe('the delivery log', () => {
  it('a page costs the same statements whatever its size: deliveries and all their attempts in two', async () => {
    const cost = async (first: number) => {
      const before = node.database.statementCount();
      const { notificationDeliveries } = await owner.NotificationDeliveries({ first });
      expect(notificationDeliveries.edges.length).toBe(first);
      return node.database.statementCount() - before;
    };
    const small = await cost(1);
    const large = await cost(6);
    expect(large).toBe(small);
  });

  it('filters by channel and status', async () => {
    const channelId = await webhookChannel('/hook-filter');
    sink.defaultReply('/hook-filter', { status: 404 });
    for (const n of [1, 2]) {
      const origin = { kind: 'alert', id: `filter-${n}-${randomUUID()}` };
      await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: origin.id, origin });
      await settled(owner, origin);
    }
    const byChannel = await owner.NotificationDeliveries({ filter: { channelId }, first: 10 });
    expect(byChannel.notificationDeliveries.totalCount).toBe(2);
    expect(byChannel.notificationDeliveries.edges.every((e) => e.node.channelId === channelId && e.node.status === 'FAILED')).toBe(true);
    const failed = await owner.NotificationDeliveries({ filter: { channelId, status: 'SUCCEEDED' }, first: 10 });
    expect(failed.notificationDeliveries.totalCount).toBe(0);
    expect((await failure(() => owner.NotificationDeliveries({ filter: { channelId: 'nope' } }))).code).toBe('BAD_USER_INPUT');
  });
});

describe('retention', () => {
  it('purges finished deliveries past DELIVERY_RETENTION_DAYS with their attempts, never pending ones', async () => {
    const channelId = await webhookChannel('/hook-retention');
    sink.script('/hook-retention', [{ status: 503, headers: { 'retry-after': '3600' } }]);
    const old = { kind: 'alert', id: randomUUID() };
    const pending = { kind: 'alert', id: randomUUID() };
    sink.defaultReply('/hook-retention', { status: 200 });
    const oldId = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: old.id, origin: old });
    const pendingId = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: pending.id, origin: pending });
    await until(async () => (await node.database.sql`select id from deliveries where id in (${oldId}, ${pendingId}) and attempts > 0 and claimed_until is null`).length, (n) => n === 2);
    const rows = await node.database.sql<Array<{ id: string; status: string }>>`select id, status from deliveries where id in (${oldId}, ${pendingId})`;
    expect(rows.map((r) => r.status).sort()).toEqual(['PENDING', 'SUCCEEDED']);
    const [finished] = rows.filter((r) => r.status === 'SUCCEEDED');
    const [waiting] = rows.filter((r) => r.status === 'PENDING');
    // Both made long ago; only the finished one is past retention.
    await node.database.sql`update deliveries set completed_at = now() - interval '40 days', created_at = now() - interval '40 days' where id in (${oldId}, ${pendingId}) and status = 'SUCCEEDED'`;
    await node.database.sql`update deliveries set created_at = now() - interval '40 days' where id = ${waiting!.id}`;
    const purged = await purgeDeliveries(node.database, createLogger('silent'), 30);
    expect(purged).toBe(1);
    expect(await node.database.sql`select id from deliveries where id = ${finished!.id}`).toHaveLength(0);
    expect(await node.database.sql`select id from delivery_attempts where delivery_id = ${finished!.id}`).toHaveLength(0);
    expect(await node.database.sql`select id from deliveries where id = ${waiting!.id}`).toHaveLength(1);
  });
});

describe('secrets stay secret', () => {
  it('no secret value is in any GraphQL answer or any log line', async () => {
    seen(await owner.NotificationDeliveries({ first: 100 }));
    fx.expectNoSecretsLeaked();
  });
});
