import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type * as Flush from '../../../src/services/alerts/routing/group-flush.task';
import type * as Uow from '../../../src/services/shared/unit-of-work';
import { loadServerModule } from '../../fixtures/load';
import { at, createBuiltinRule, evaluateAt, listInstances, sample } from '../alert-rules/rule-support';
import { useDeliveryCluster } from '../deliveries/delivery-cluster';
import { eq, received, setRoutes } from './helpers';

const { flushGroup } = loadServerModule<typeof Flush>('../../src/services/alerts/routing/group-flush.task.ts');
const { inTransaction } = loadServerModule<typeof Uow>('../../src/services/shared/unit-of-work.ts');

/**
 * A rule instance that flaps, evaluated on the rule tests' controllable clock, its routing group
 * flushed after every evaluation (the route's own timers are an hour, so the job runner never
 * flushes on its own and every flush is one the test made). Notifications are counted from the
 * deliveries the flushes enqueued, and the FLAPPING one is followed to the webhook sink.
 */
const fx = useDeliveryCluster();

const LONG = { groupWait: '1h', groupInterval: '1h', repeatInterval: '1h' } as const;

async function flushRoute(routeId: string): Promise<void> {
  const groups = await fx.node.database.sql<Array<{ id: string }>>`select id from alert_groups where route_id = ${routeId} order by id`;
  for (const g of groups) await inTransaction(fx.node.deps, fx.node.deps.log, (uow) => flushGroup(fx.node.deps, uow, g.id, new Date()));
}

const events = async (channelId: string) =>
  (await fx.node.database.sql<Array<{ event: string }>>`select message->>'event' as event from deliveries where channel_id = ${channelId} order by created_at, id`).map((r) => r.event);

async function flappingRule(caseName: string) {
  const channel = await fx.webhookChannel(`/flap/${caseName}`);
  const routeId = `flap-${caseName}`;
  await setRoutes(fx, [{ id: routeId, matchers: [eq('case', caseName)], receivers: [channel], groupBy: ['alertname'], ...LONG }]);
  const { rule, metric } = await createBuiltinRule(fx.owner, { labels: { case: caseName } });
  let step = 0;
  /** One evaluation at the next clock step with host a at `value`, then the group's flush. */
  const evaluate = async (value: number) => {
    await sample(fx.node, metric, at(step * 10), { a: value });
    await evaluateAt(fx.node, rule.id, at(step * 10));
    step += 1;
    await flushRoute(routeId);
  };
  const flapping = async () => (await listInstances(fx.node.database.db, rule.id))[0]?.flapping ?? false;
  return { channel, evaluate, flapping, path: `/flap/${caseName}` };
}

describe('flapping alerts in routing groups', () => {
  it('an alert already notified FIRING that starts flapping sends ONE FLAPPING notice, then nothing while it flaps; RESOLVED once it settles', async () => {
    const r = await flappingRule(`notified-${randomUUID().slice(0, 8)}`);
    // Steps 0..9 alternate (normal first): each breach fires a new alert, each recovery resolves it.
    for (let i = 0; i < 10; i += 1) await r.evaluate(i % 2 === 1 ? 90 : 10);
    expect(await r.flapping()).toBe(false);
    const before = await events(r.channel);
    expect(before).toEqual(['FIRING', 'RESOLVED', 'FIRING', 'RESOLVED', 'FIRING', 'RESOLVED', 'FIRING', 'RESOLVED', 'FIRING']);
    // Step 10 recovers, but flap detection keeps the alert (notified FIRING at step 9) open and marks it.
    await r.evaluate(10);
    expect(await r.flapping()).toBe(true);
    expect(await events(r.channel)).toEqual([...before, 'FLAPPING']);
    // Still flapping: every change is recorded, none notified.
    for (let i = 11; i < 24; i += 1) await r.evaluate(i % 2 === 1 ? 90 : 10);
    expect(await r.flapping()).toBe(true);
    expect(await events(r.channel)).toEqual([...before, 'FLAPPING']);
    const got = await received(fx.sink, r.path, before.length + 1);
    const notice = got.find((g) => g.type === 'alert.flapping')!;
    expect(notice.data.event).toBe('FLAPPING');
    expect(notice.data.title).toContain('[FLAPPING:1]');
    expect(notice.data.alerts).toHaveLength(1);
    expect(notice.data.alerts[0]).toMatchObject({ status: 'firing', flapping: true });
    // Steady and normal: flapping ends (step 38) and the alert resolves with it, notified once.
    for (let i = 24; i < 40; i += 1) await r.evaluate(10);
    expect(await r.flapping()).toBe(false);
    expect(await events(r.channel)).toEqual([...before, 'FLAPPING', 'RESOLVED']);
  });

  it('an alert that opens already flapping is announced as FLAPPING (not FIRING), once', async () => {
    const r = await flappingRule(`opens-${randomUUID().slice(0, 8)}`);
    // Breach first: flap detection trips on step 10, a breach, which opens an alert marked flapping.
    for (let i = 0; i < 10; i += 1) await r.evaluate(i % 2 === 0 ? 90 : 10);
    const before = await events(r.channel);
    expect(before).toHaveLength(10);
    expect(before.at(-1)).toBe('RESOLVED');
    for (let i = 10; i < 24; i += 1) await r.evaluate(i % 2 === 0 ? 90 : 10);
    expect(await r.flapping()).toBe(true);
    expect(await events(r.channel)).toEqual([...before, 'FLAPPING']);
    const { alerts } = await fx.owner.Alerts({ first: 5, filter: { statuses: ['FIRING'], matchers: [eq('case', r.path.split('/')[2]!)] } });
    expect(alerts.edges.map((e) => e.node.flapping)).toEqual([true]);
  });
});
