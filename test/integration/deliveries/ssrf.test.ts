import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { alertMessage, enqueue, settled } from './helpers';

/** A server with the default configuration: ALLOW_PRIVATE_TARGETS unset. */
let sink: DeliverySink;
let cluster: TestCluster;
let node: TestNode;
let owner: ControlPlaneClient;

beforeAll(async () => {
  sink = await DeliverySink.start();
  cluster = await startCluster({ env: { WORKER_POLL_INTERVAL_MS: '100', DELIVERY_BACKOFF_BASE_MS: '20' } });
  node = cluster.nodes[0]!;
  owner = await node.owner();
});
afterAll(async () => {
  await cluster?.close();
  await sink?.close();
});

describe('SSRF guard by default', () => {
  it.each([
    ['a loopback address', () => `${sink.url}/internal`],
    ['the name localhost', () => `${sink.url.replace('127.0.0.1', 'localhost')}/internal`],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['an IPv4-mapped IPv6 loopback', () => `http://[::ffff:127.0.0.1]:${new URL(sink.url).port}/internal`],
  ])('refuses %s without sending, and does not retry', async (_what, url) => {
    const { createChannel } = await owner.CreateChannel({
      input: { name: `internal ${randomUUID()}`, type: 'WEBHOOK', settings: { url: url() }, secrets: { signingSecret: `whsec_${Buffer.alloc(32, 3).toString('base64')}` } },
    });
    await owner.TestChannel({ id: createChannel.id });
    const d = await settled(owner, { kind: 'test', id: createChannel.id });
    expect(d.status).toBe('FAILED');
    expect(d.attempts).toHaveLength(1);
    expect(d.attempts[0]!.error).toMatch(/refused to connect to .*ALLOW_PRIVATE_TARGETS/);
    expect(sink.requests('/internal')).toHaveLength(0);
  });

  it('refuses an SMTP host on the internal network too', async () => {
    const origin = { kind: 'report', id: randomUUID() };
    await enqueue(node, {
      target: { type: 'EMAIL', settings: { host: 'localhost', port: 25, from: 'a@example.com', to: ['b@example.com'] } },
      message: alertMessage(),
      idempotencyKey: origin.id,
      origin,
    });
    const d = await settled(owner, origin);
    expect(d.status).toBe('FAILED');
    expect(d.channelId).toBeNull();
    expect(d.attempts[0]!.error).toMatch(/refused to connect to localhost/);
  });
});
