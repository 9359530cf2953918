import { describe, expect, it } from 'vitest';
import type * as Context from '../../../src/server/context';
import type * as LiveStream from '../../../src/services/shared/live-stream';
import { loadServerModule } from '../../fixtures/load';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const { buildContext, requestMeta, resolveViewer } = loadServerModule<typeof Context>('../../src/server/context.ts');
const { SlowConsumerError } = loadServerModule<typeof LiveStream>('../../src/services/shared/live-stream.ts');

const MAX_PENDING = 3;
const fx = useCluster({ env: { SUBSCRIPTION_MAX_PENDING_EVENTS: String(MAX_PENDING) } });

/**
 * A subscriber that stops reading must not make the node hold an unbounded queue for it. The
 * stream is the one `userChanged` uses, opened through the service as the WebSocket server does;
 * its consumer reads nothing while real mutations commit events.
 */
describe('slow consumers', () => {
  it(`a subscriber more than ${MAX_PENDING} events behind is ended with SlowConsumerError after what it had, and counted`, async () => {
    const { login } = await fx.node.anonymous().Login({ email: 'owner@example.test', password: 'owner-password-123' });
    const meta = requestMeta('127.0.0.1', 'slow-consumer-test');
    const viewer = await resolveViewer(fx.node.deps, login.accessToken, meta, 'websocket');
    const ctx = buildContext(fx.node.deps, viewer, meta, fx.node.deps.log);
    const iterator = (await ctx.services.users.subscribeChanges())[Symbol.asyncIterator]();
    // The first read starts the stream (as graphql-ws does at once); then the consumer stalls.
    const first = iterator.next();

    const subject = (await fx.owner.CreateUser({ input: { email: uniqueEmail('slow'), name: 'slow 0', password: DEFAULT_PASSWORD } })).createUser;
    for (let i = 1; i <= MAX_PENDING + 3; i += 1) await fx.owner.UpdateUser({ id: subject.id, input: { name: `slow ${i}` } });

    const received: string[] = [];
    let ended: unknown = null;
    try {
      received.push((await first).value.user.name);
      for (;;) {
        const item = await iterator.next();
        if (item.done) break;
        received.push(item.value.user.name);
      }
    } catch (err) {
      ended = err;
    }
    expect(ended).toBeInstanceOf(SlowConsumerError);
    expect(received.length, 'what was queued before the limit is still delivered').toBeLessThanOrEqual(MAX_PENDING + 1);
    expect(received.length).toBeGreaterThan(0);
    const metrics = await (await fetch(fx.node.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(Number(/^control_plane_slow_consumers_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
  });
});
