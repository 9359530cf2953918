import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { member } from '../../fixtures/seed';
import { SmtpSink } from '../../fixtures/smtp-sink';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';
import { alertMessage, deliveryOf, enqueue, settled, until } from './helpers';

const SIGNING_SECRET = `whsec_${Buffer.from('deliveries-test-signing-key-0123456789').toString('base64')}`;
const SLACK_TOKEN = 'T0000SECRET/B0000SECRET/slackSecretToken12345';
const ROUTING_KEY = 'R0UT1NGKEYR0UT1NGKEYR0UT1NGKEY12';
const AUTH_TOKEN = 'twilio-auth-token-secret-999';
const SMTP_PASSWORD = 'smtp-password-secret-777';
const SECRETS = [SIGNING_SECRET, SIGNING_SECRET.slice(6), 'slackSecretToken12345', ROUTING_KEY, AUTH_TOKEN, SMTP_PASSWORD, Buffer.from(`AC0123456789:${AUTH_TOKEN}`).toString('base64')];

const lines: string[] = [];
const responses: unknown[] = [];
let sink: DeliverySink;
let smtp: SmtpSink;
let cluster: TestCluster;
let node: TestNode;
let owner: ControlPlaneClient;

/** Keeps every GraphQL answer the tests get, to prove no secret is ever in one. */
const seen = <T>(value: T): T => {
  responses.push(value);
  return value;
};

beforeAll(async () => {
  sink = await DeliverySink.start();
  smtp = await SmtpSink.start({ user: 'mailer', password: SMTP_PASSWORD });
  cluster = await startCluster({
    logLines: lines,
    env: {
      LOG_LEVEL: 'debug',
      ALLOW_PRIVATE_TARGETS: 'true',
      DELIVERY_MAX_ATTEMPTS: '3',
      DELIVERY_BACKOFF_BASE_MS: '20',
      DELIVERY_BACKOFF_MAX_MS: '600000',
      DELIVERY_TIMEOUT_MS: '400',
      WORKER_POLL_INTERVAL_MS: '100',
      PAGERDUTY_EVENTS_URL: `${sink.url}/pagerduty`,
      TWILIO_API_URL: `${sink.url}/twilio`,
    },
  });
  node = cluster.nodes[0]!;
  owner = await node.owner();
});
afterAll(async () => {
  await cluster?.close();
  await sink?.close();
  await smtp?.close();
});

async function webhookChannel(path: string): Promise<string> {
  const { createChannel } = seen(
    await owner.CreateChannel({ input: { name: `hook ${randomUUID()}`, type: 'WEBHOOK', settings: { url: `${sink.url}${path}` }, secrets: { signingSecret: SIGNING_SECRET } } }),
  );
  return createChannel.id;
}

describe('notification channels', () => {
  it('keeps secrets write-only: sealed at rest, only their names in answers and the audit trail', async () => {
    const { createChannel } = seen(
      await owner.CreateChannel({ input: { name: 'Slack ops', type: 'SLACK', settings: { mention: '@oncall' }, secrets: { webhookUrl: `${sink.url}/slack/${SLACK_TOKEN}` } } }),
    );
    expect(createChannel).toMatchObject({ name: 'Slack ops', type: 'SLACK', settings: { mention: '@oncall' }, secretsSet: ['webhookUrl'] });
    const [stored] = await node.database.sql<Array<{ secrets_sealed: string; settings: unknown }>>`select secrets_sealed, settings from notification_channels where id = ${createChannel.id}`;
    expect(stored!.secrets_sealed).not.toContain('slackSecretToken');
    const { updateChannel } = seen(await owner.UpdateChannel({ id: createChannel.id, input: { name: 'Slack on-call', secrets: { webhookUrl: `${sink.url}/slack/${SLACK_TOKEN}` } } }));
    expect(updateChannel.secretsSet).toEqual(['webhookUrl']);
    seen(await owner.Channels({ first: 100 }));
    const { auditLogs } = seen(await owner.AuditLogs({ first: 20, filter: { targetId: createChannel.id } }));
    expect(auditLogs.edges.map((e) => e.node.action).sort()).toEqual(['channel.created', 'channel.updated']);
    // A required secret cannot be dropped, an unknown one is refused, a bad whsec_ key named.
    expect((await failure(() => owner.UpdateChannel({ id: createChannel.id, input: { clearSecrets: ['webhookUrl'] } }))).code).toBe('BAD_USER_INPUT');
    expect((await failure(() => owner.CreateChannel({ input: { name: 'x', type: 'SLACK', secrets: { token: 'abc' } } }))).message).toMatch(/not a secret of a SLACK channel/);
    expect((await failure(() => owner.CreateChannel({ input: { name: 'y', type: 'WEBHOOK', settings: { url: 'https://example.com' }, secrets: { signingSecret: 'plain' } } }))).message).toMatch(/whsec_/);
  });

  it('is read with alerts:read and changed only with alerts:manageChannels', async () => {
    const viewer = await member(node, owner, ['Viewer']);
    expect((await viewer.client.Channels({ first: 10 })).channels.edges.length).toBeGreaterThan(0);
    const denied = await failure(() => viewer.client.CreateChannel({ input: { name: 'nope', type: 'SLACK', secrets: { webhookUrl: 'https://hooks.example.com/x' } } }));
    expect(denied.code).toBe('FORBIDDEN');
  });
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

describe('channel senders', () => {
  it('SLACK: Block Kit to the secret webhook URL', async () => {
    const { channels } = await owner.Channels({ first: 100 });
    const slack = channels.edges.find((e) => e.node.type === 'SLACK')!.node;
    const origin = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId: slack.id, message: alertMessage({ alerts: [{ fingerprint: 'a', status: 'FIRING', labels: { alertname: 'A' }, annotations: {} }] }), idempotencyKey: `k-${origin.id}`, origin });
    expect((await settled(owner, origin)).status).toBe('SUCCEEDED');
    const [req] = sink.requests(`/slack/${SLACK_TOKEN}`);
    const body = JSON.parse(req!.body) as { text: string; blocks: Array<{ type: string }> };
    expect(body.text).toContain('Firing: HighErrorRate');
    expect(body.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'section', 'actions']);
  });

  it('PAGERDUTY: Events API v2 with dedup_key = fingerprint; ack and resolve reach the same incident', async () => {
    const { createChannel } = seen(await owner.CreateChannel({ input: { name: 'PD', type: 'PAGERDUTY', settings: { source: 'api-1' }, secrets: { routingKey: ROUTING_KEY } } }));
    for (const event of ['FIRING', 'ACKNOWLEDGED', 'RESOLVED'] as const) {
      const origin = { kind: 'alert', id: `pd-${event}` };
      await enqueue(node, { channelId: createChannel.id, message: alertMessage({ event }), idempotencyKey: `pd-${event}`, origin });
      expect((await settled(owner, origin)).status).toBe('SUCCEEDED');
    }
    const events = sink.requests('/pagerduty/v2/enqueue').map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(events.map((e) => [e.event_action, e.dedup_key, e.routing_key])).toEqual([
      ['trigger', 'f0e1d2c3b4a59687', ROUTING_KEY],
      ['acknowledge', 'f0e1d2c3b4a59687', ROUTING_KEY],
      ['resolve', 'f0e1d2c3b4a59687', ROUTING_KEY],
    ]);
    expect(events[0]!.payload).toMatchObject({ severity: 'critical', source: 'api-1' });
  });

  it('SMS: Twilio-compatible form POST with basic auth', async () => {
    const { createChannel } = seen(
      await owner.CreateChannel({ input: { name: 'SMS', type: 'SMS', settings: { accountSid: 'AC0123456789', from: '+15550001111', to: '+15550002222' }, secrets: { authToken: AUTH_TOKEN } } }),
    );
    await owner.TestChannel({ id: createChannel.id });
    expect((await settled(owner, { kind: 'test', id: createChannel.id })).status).toBe('SUCCEEDED');
    const [req] = sink.requests('/twilio/2010-04-01/Accounts/AC0123456789/Messages.json');
    expect(req!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Buffer.from(req!.headers.authorization!.replace('Basic ', ''), 'base64').toString()).toBe(`AC0123456789:${AUTH_TOKEN}`);
    const form = new URLSearchParams(req!.body);
    expect([form.get('To'), form.get('From')]).toEqual(['+15550002222', '+15550001111']);
    expect(form.get('Body')).toContain('Test notification for SMS');
  });

  it('EMAIL: a real SMTP server receives the message, authenticated with the sealed password', async () => {
    const { createChannel } = seen(
      await owner.CreateChannel({
        input: {
          name: 'Mail',
          type: 'EMAIL',
          settings: { host: '127.0.0.1', port: smtp.port, requireTls: false, username: 'mailer', from: 'alerts@example.com', to: ['a@example.com', 'b@example.com'] },
          secrets: { password: SMTP_PASSWORD },
        },
      }),
    );
    const origin = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId: createChannel.id, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    const d = await settled(owner, origin);
    expect(d.status).toBe('SUCCEEDED');
    expect(d.attempts[0]!.statusCode).toBe(250);
    const mail = smtp.received.at(-1)!;
    expect(mail).toMatchObject({ from: 'alerts@example.com', to: ['a@example.com', 'b@example.com'], user: 'mailer' });
    expect(mail.raw).toContain('Subject: [CRITICAL] Firing: HighErrorRate');
    // A wrong password is a final SMTP answer (535): FAILED, not retried.
    await owner.UpdateChannel({ id: createChannel.id, input: { secrets: { password: 'wrong-password' } } });
    const bad = { kind: 'alert', id: randomUUID() };
    await enqueue(node, { channelId: createChannel.id, message: alertMessage(), idempotencyKey: `k-${bad.id}`, origin: bad });
    const failed = await settled(owner, bad);
    expect(failed.status).toBe('FAILED');
    expect(failed.attempts[0]!.statusCode).toBe(535);
  });

  it('a deleted channel fails its pending deliveries; the log is kept', async () => {
    const channelId = await webhookChannel('/hook-deleted');
    sink.script('/hook-deleted', [{ status: 503, headers: { 'retry-after': '3600' } }]);
    const origin = { kind: 'alert', id: randomUUID() };
    const id = await enqueue(node, { channelId, message: alertMessage(), idempotencyKey: `k-${origin.id}`, origin });
    await until(() => deliveryOf(owner, origin), (v) => v?.attempts[0]?.outcome === 'RETRY');
    expect((await owner.DeleteChannel({ id: channelId })).deleteChannel).toBe(true);
    await node.database.sql`update graphile_worker._private_jobs set run_at = now() where key = ${`delivery:${id}`}`;
    const d = await settled(owner, origin);
    expect(d).toMatchObject({ status: 'FAILED', channelId: null, lastError: 'the channel was deleted' });
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
    const large = await cost(10);
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

describe('secrets stay secret', () => {
  it('no secret value is in any GraphQL answer or any log line', async () => {
    const { notificationDeliveries } = seen(await owner.NotificationDeliveries({ first: 100 }));
    expect(notificationDeliveries.totalCount).toBeGreaterThan(10);
    seen(await owner.Channels({ first: 100 }));
    const answers = JSON.stringify(responses);
    const logs = lines.join('');
    expect(logs).toContain('delivery sent');
    expect(logs).toContain('"path":"/graphql"');
    for (const secret of SECRETS) {
      expect(answers, 'GraphQL answers').not.toContain(secret);
      expect(logs, 'log lines').not.toContain(secret);
    }
  });
});
