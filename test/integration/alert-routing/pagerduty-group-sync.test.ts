import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../fixtures/until';
import { ROUTING_KEY, useDeliveryCluster } from '../deliveries/delivery-cluster';
import { eq, FAST, intake, setRoutes, sleep } from './helpers';

/**
 * A routing group's PagerDuty incident (dedup_key = the group's fingerprint) follows the
 * acknowledgements of its alerts: acknowledged once every notified alert is, re-triggered on an
 * unacknowledge, resolved by the group's own RESOLVED flush (and only by it).
 */
const fx = useDeliveryCluster();
let fire: ReturnType<typeof intake>;
beforeAll(() => {
  fire = intake(fx);
});

const SETTLE_MS = 2_500;

interface PdEvent {
  event_action: string;
  dedup_key: string;
  routing_key: string;
}
const actions = (dedupKey: string) =>
  fx.sink
    .requests('/pagerduty/v2/enqueue')
    .map((r) => JSON.parse(r.body) as PdEvent)
    .filter((e) => e.dedup_key === dedupKey)
    .map((e) => e.event_action);

const deliveriesOf = (channelId: string) =>
  fx.node.database.sql<Array<{ id: string; event: string; status: string; fingerprint: string }>>`
    select id, message->>'event' as event, status, message->>'fingerprint' as fingerprint
    from deliveries where channel_id = ${channelId} order by created_at, id`;

async function rerunDelivery(deliveryId: string): Promise<void> {
  const jobKey = `rerun-${deliveryId}`;
  await fx.node.database.sql`select graphile_worker.add_job('deliveries.send', json_build_object('deliveryId', ${deliveryId}::text), job_key => ${jobKey})`;
  await until(async () => (await fx.node.database.sql`select 1 from graphile_worker._private_jobs where key = ${jobKey}`).length, (n) => n === 0);
}

describe('PagerDuty incidents of routing groups', () => {
  it('acknowledge once every notified alert is acknowledged (once, even if the job runs twice); unack re-opens; the RESOLVED flush resolves once', async () => {
    const { createChannel } = await fx.owner.CreateChannel({ input: { name: `pd ${randomUUID()}`, type: 'PAGERDUTY', settings: {}, secrets: { routingKey: ROUTING_KEY } } });
    const pd = createChannel.id;
    const c = `pd-group-${randomUUID().slice(0, 8)}`;
    await setRoutes(fx, [{ matchers: [eq('case', c)], receivers: [pd], groupBy: ['case'], ...FAST }]);
    const labels = [{ case: c, instance: 'i-1' }, { case: c, instance: 'i-2' }];
    await fire(labels.map((l) => ({ labels: l })));
    const [trigger] = await until(() => deliveriesOf(pd), (d) => d.length === 1 && d[0]!.status === 'SUCCEEDED');
    const dedup = trigger!.fingerprint;
    expect(actions(dedup)).toEqual(['trigger']);
    const { alerts } = await fx.owner.Alerts({ first: 5, filter: { matchers: [eq('case', c)] } });
    const [a1, a2] = alerts.edges.map((e) => e.node.id);

    // One of two acknowledged: the incident stays triggered.
    await fx.owner.AcknowledgeAlert({ id: a1! });
    await sleep(SETTLE_MS);
    expect(actions(dedup)).toEqual(['trigger']);
    // Both: acknowledged, with the trigger's dedup_key.
    await fx.owner.AcknowledgeAlert({ id: a2! });
    await until(async () => actions(dedup), (a) => a.length === 2);
    const ack = (await deliveriesOf(pd)).find((d) => d.event === 'ACKNOWLEDGED')!;
    await until(async () => (await deliveriesOf(pd)).find((d) => d.id === ack.id)?.status, (s) => s === 'SUCCEEDED');
    await rerunDelivery(ack.id);
    await sleep(500);
    expect(actions(dedup)).toEqual(['trigger', 'acknowledge']);

    // Unacknowledged: re-opened (resolve + trigger); acknowledged again: a new acknowledge (a new episode).
    await fx.owner.UnacknowledgeAlert({ id: a2! });
    await until(async () => actions(dedup), (a) => a.length === 4);
    await fx.owner.AcknowledgeAlert({ id: a2! });
    await until(async () => actions(dedup), (a) => a.length === 5);
    expect(actions(dedup)).toEqual(['trigger', 'acknowledge', 'resolve', 'trigger', 'acknowledge']);

    // Both resolved by the intake in one batch: the group's flush resolves the incident, once.
    await fire(labels.map((l) => ({ labels: l, endsAt: new Date(Date.now() - 1000) })));
    await until(async () => actions(dedup), (a) => a.length === 6);
    await sleep(SETTLE_MS);
    expect(actions(dedup)).toEqual(['trigger', 'acknowledge', 'resolve', 'trigger', 'acknowledge', 'resolve']);
    expect((await deliveriesOf(pd)).map((d) => d.event)).toEqual(['FIRING', 'ACKNOWLEDGED', 'FIRING', 'ACKNOWLEDGED', 'RESOLVED']);
  });

  it('resolving the last unacknowledged alert leaves the rest acknowledged: the incident is acknowledged', async () => {
    const { createChannel } = await fx.owner.CreateChannel({ input: { name: `pd ${randomUUID()}`, type: 'PAGERDUTY', settings: {}, secrets: { routingKey: ROUTING_KEY } } });
    const pd = createChannel.id;
    const c = `pd-group-${randomUUID().slice(0, 8)}`;
    // A long group interval: the resolve's flush comes later than this test looks.
    await setRoutes(fx, [{ matchers: [eq('case', c)], receivers: [pd], groupBy: ['case'], groupWait: '1s', groupInterval: '1h', repeatInterval: '1h' }]);
    await fire([{ labels: { case: c, instance: 'i-1' } }, { labels: { case: c, instance: 'i-2' } }]);
    const [trigger] = await until(() => deliveriesOf(pd), (d) => d.length === 1 && d[0]!.status === 'SUCCEEDED');
    const dedup = trigger!.fingerprint;
    const { alerts } = await fx.owner.Alerts({ first: 5, filter: { matchers: [eq('case', c)] } });
    const [a1, a2] = alerts.edges.map((e) => e.node.id);
    await fx.owner.AcknowledgeAlert({ id: a1! });
    await fx.owner.ResolveAlert({ id: a2! });
    await until(async () => actions(dedup), (a) => a.length === 2);
    await sleep(500);
    expect(actions(dedup)).toEqual(['trigger', 'acknowledge']);
  });

  it('alerts acknowledged before the group\'s first notification open the incident acknowledged (trigger, then acknowledge)', async () => {
    const { createChannel } = await fx.owner.CreateChannel({ input: { name: `pd ${randomUUID()}`, type: 'PAGERDUTY', settings: {}, secrets: { routingKey: ROUTING_KEY } } });
    const pd = createChannel.id;
    const c = `pd-group-${randomUUID().slice(0, 8)}`;
    await setRoutes(fx, [{ matchers: [eq('case', c)], receivers: [pd], groupBy: ['case'], groupWait: '3s', groupInterval: '1s', repeatInterval: '1h' }]);
    await fire([{ labels: { case: c, instance: 'i-1' } }]);
    const { alerts } = await fx.owner.Alerts({ first: 5, filter: { matchers: [eq('case', c)] } });
    await fx.owner.AcknowledgeAlert({ id: alerts.edges[0]!.node.id });
    const [only] = await until(() => deliveriesOf(pd), (d) => d.length === 1 && d[0]!.status === 'SUCCEEDED');
    await sleep(SETTLE_MS);
    expect(actions(only!.fingerprint)).toEqual(['trigger', 'acknowledge']);
    expect((await deliveriesOf(pd)).map((d) => d.event)).toEqual(['FIRING']);
  });

  it('a new alert notified into an acknowledged group re-opens the incident (resolve + trigger, retried together), so it pages', async () => {
    const { createChannel } = await fx.owner.CreateChannel({ input: { name: `pd ${randomUUID()}`, type: 'PAGERDUTY', settings: {}, secrets: { routingKey: ROUTING_KEY } } });
    const pd = createChannel.id;
    const c = `pd-group-${randomUUID().slice(0, 8)}`;
    await setRoutes(fx, [{ matchers: [eq('case', c)], receivers: [pd], groupBy: ['case'], ...FAST }]);
    await fire([{ labels: { case: c, instance: 'i-1' } }]);
    const [trigger] = await until(() => deliveriesOf(pd), (d) => d.length === 1 && d[0]!.status === 'SUCCEEDED');
    const dedup = trigger!.fingerprint;
    const { alerts } = await fx.owner.Alerts({ first: 5, filter: { matchers: [eq('case', c)] } });
    await fx.owner.AcknowledgeAlert({ id: alerts.edges[0]!.node.id });
    await until(async () => actions(dedup), (a) => a.length === 2);
    // The re-opening trigger fails once (after its resolve went through): the retry sends both again, in order.
    fx.sink.script('/pagerduty/v2/enqueue', [{ status: 202 }, { status: 503 }]);
    await fire([{ labels: { case: c, instance: 'i-2' } }]);
    await until(async () => actions(dedup), (a) => a.length === 6);
    await sleep(SETTLE_MS);
    expect(actions(dedup)).toEqual(['trigger', 'acknowledge', 'resolve', 'trigger', 'resolve', 'trigger']);
    const reopened = (await deliveriesOf(pd)).at(-1)!;
    expect(reopened).toMatchObject({ event: 'FIRING', status: 'SUCCEEDED' });
    const [group] = await fx.node.database.sql<Array<{ acknowledged_at: Date | null }>>`select acknowledged_at from alert_groups where group_labels->>'case' = ${c}`;
    expect(group!.acknowledged_at).toBeNull();
  });
});
