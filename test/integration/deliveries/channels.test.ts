import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import type { DeliverySink } from '../../fixtures/delivery-sink';
import type { SmtpSink } from '../../fixtures/smtp-sink';
import type { TestNode } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';
import type * as SealedModule from '../../../src/services/security/sealed-columns';
import { loadServerModule } from '../../fixtures/load';
import { member } from '../../fixtures/seed';
import { AUTH_TOKEN, ROUTING_KEY, SIGNING_SECRET, SLACK_TOKEN, SMTP_PASSWORD, useDeliveryCluster } from './delivery-cluster';
import { alertMessage, deliveryOf, enqueue, settled, until } from './helpers';

const { SEALED_COLUMNS } = loadServerModule<typeof SealedModule>('../../src/services/security/sealed-columns.ts');
const fx = useDeliveryCluster();
let sink: DeliverySink;
let smtp: SmtpSink;
let node: TestNode;
let owner: ControlPlaneClient;
const seen = <T>(value: T): T => fx.seen(value);
const webhookChannel = (path: string) => fx.webhookChannel(path);
beforeAll(() => {
  ({ sink, smtp, node, owner } = fx);
});

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
    // A WEBHOOK URL is readable with alerts:read: one carrying a credential is refused, not stored.
    for (const url of ['https://user:pass@hooks.example.com/x', 'https://hooks.example.com/x?token=abc', 'https://hooks.example.com/x?api_key=abc', 'https://hooks.example.com/x?sig=abc']) {
      const refused = await failure(() => owner.CreateChannel({ input: { name: `cred ${url}`, type: 'WEBHOOK', settings: { url }, secrets: { signingSecret: SIGNING_SECRET } } }));
      expect(refused.code, url).toBe('BAD_USER_INPUT');
      expect(refused.message).toMatch(/must not carry credentials/);
      expect(refused.message).not.toContain('abc');
    }
  });

  it('is read with alerts:read and changed only with alerts:manageChannels', async () => {
    const viewer = await member(node, owner, ['Viewer']);
    expect((await viewer.client.Channels({ first: 10 })).channels.edges.length).toBeGreaterThan(0);
    const denied = await failure(() => viewer.client.CreateChannel({ input: { name: 'nope', type: 'SLACK', secrets: { webhookUrl: 'https://hooks.example.com/x' } } }));
    expect(denied.code).toBe('FORBIDDEN');
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

  it('after an encryption key rotation the re-sealed secrets still open and the channel still sends', async () => {
    const { channels } = await owner.Channels({ first: 100 });
    const slack = channels.edges.find((e) => e.node.type === 'SLACK')!.node;
    const [before] = await node.database.sql<Array<{ s: string }>>`select secrets_sealed as s from notification_channels where id = ${slack.id}`;
    const rotated = await node.database.db.transaction((tx) => node.deps.secretBox.rotate(tx, SEALED_COLUMNS));
    expect(rotated.resealed).toBeGreaterThan(0);
    const [after] = await node.database.sql<Array<{ s: string }>>`select secrets_sealed as s from notification_channels where id = ${slack.id}`;
    expect(after!.s).not.toBe(before!.s);
    const sent = sink.requests(`/slack/${SLACK_TOKEN}`).length;
    await owner.TestChannel({ id: slack.id });
    await until(async () => sink.requests(`/slack/${SLACK_TOKEN}`).length, (n) => n > sent);
    expect(sink.requests(`/slack/${SLACK_TOKEN}`).length).toBe(sent + 1);
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

describe('secrets stay secret', () => {
  it('no secret value is in any GraphQL answer or any log line', async () => {
    const { notificationDeliveries } = seen(await owner.NotificationDeliveries({ first: 100 }));
    expect(notificationDeliveries.totalCount).toBeGreaterThan(5);
    seen(await owner.Channels({ first: 100 }));
    fx.expectNoSecretsLeaked();
  });
});
