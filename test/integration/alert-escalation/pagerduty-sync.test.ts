import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../fixtures/until';
import { ALL, alertKey, postAlerts, prometheusAlert } from '../alerts/helpers';
import { ROUTING_KEY, useDeliveryCluster } from '../deliveries/delivery-cluster';
import { fire, hook, pages, sleep } from './helpers';

/**
 * Acknowledge, unacknowledge and resolve here reach the PagerDuty incident escalation opened (one
 * per alert, dedup_key = the alert's fingerprint), through the real delivery jobs to a local sink.
 */
const fx = useDeliveryCluster();
let key: string;
beforeAll(async () => {
  key = await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
});

interface PdEvent {
  routing_key: string;
  event_action: string;
  dedup_key: string;
}
const pdEvents = (dedupKey: string) =>
  fx.sink
    .requests('/pagerduty/v2/enqueue')
    .map((r) => JSON.parse(r.body) as PdEvent)
    .filter((e) => e.dedup_key === dedupKey);
const actions = (dedupKey: string) => pdEvents(dedupKey).map((e) => e.event_action);

async function pagerDutyChannel(): Promise<string> {
  const { createChannel } = await fx.owner.CreateChannel({ input: { name: `pd ${randomUUID()}`, type: 'PAGERDUTY', settings: { source: 'api-1' }, secrets: { routingKey: ROUTING_KEY } } });
  return createChannel.id;
}

async function policy(levels: Array<{ channelIds: string[]; timeoutSeconds: number }>): Promise<string> {
  const { createEscalationPolicy } = await fx.owner.CreateEscalationPolicy({ input: { name: `pd policy ${randomUUID().slice(0, 8)}`, levels } });
  return createEscalationPolicy.name;
}

/** Runs a delivery's job once more, as graphile-worker would after a crash before marking it done. */
async function rerunDelivery(deliveryId: string): Promise<void> {
  const jobKey = `rerun-${deliveryId}`;
  await fx.node.database.sql`select graphile_worker.add_job('deliveries.send', json_build_object('deliveryId', ${deliveryId}::text), job_key => ${jobKey})`;
  await until(async () => (await fx.node.database.sql`select 1 from graphile_worker._private_jobs where key = ${jobKey}`).length, (n) => n === 0);
}

const deliveriesOf = (alertId: string, channelId: string) =>
  fx.node.database.sql<Array<{ id: string; event: string; status: string; idempotency_key: string }>>`
    select id, message->>'event' as event, status, idempotency_key from deliveries
    where origin_kind = 'alert' and origin_id = ${alertId} and channel_id = ${channelId} order by created_at, id`;

describe('PagerDuty follows acknowledgements of escalated alerts', () => {
  it('ack sends acknowledge with the trigger\'s dedup_key exactly once (job run twice); resolve sends resolve; the webhook hears both', async () => {
    const pd = await pagerDutyChannel();
    const b = `/pdsync/${randomUUID().slice(0, 8)}`;
    const team = await hook(fx.owner, fx.sink, b);
    const name = await policy([{ channelIds: [pd, team], timeoutSeconds: 60 }]);
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: name, case: b });
    const { alert } = await fx.owner.Alert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length === 1);
    expect(pdEvents(alert.fingerprint)[0]).toMatchObject({ event_action: 'trigger', routing_key: ROUTING_KEY });

    await fx.owner.AcknowledgeAlert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length === 2);
    const ack = (await deliveriesOf(id, pd)).find((d) => d.event === 'ACKNOWLEDGED')!;
    await until(async () => (await deliveriesOf(id, pd)).find((d) => d.id === ack.id)?.status, (s) => s === 'SUCCEEDED');
    await rerunDelivery(ack.id);
    await sleep(500);
    expect(actions(alert.fingerprint)).toEqual(['trigger', 'acknowledge']);
    // The team's webhook hears the acknowledgement too (a notice, not a page).
    await until(async () => fx.sink.requests(b).length, (n) => n === 2);
    expect(fx.sink.requests(b).map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(['alert.firing', 'alert.acknowledged']);

    await fx.owner.ResolveAlert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length === 3);
    await until(async () => fx.sink.requests(b).length, (n) => n === 3);
    await sleep(500);
    expect(actions(alert.fingerprint)).toEqual(['trigger', 'acknowledge', 'resolve']);
    expect(pages(fx.sink, b)).toHaveLength(1);
    expect((JSON.parse(fx.sink.requests(b)[2]!.body) as { type: string }).type).toBe('alert.resolved');
    expect((await deliveriesOf(id, pd)).map((d) => d.event)).toEqual(['FIRING', 'ACKNOWLEDGED', 'RESOLVED']);
  });

  it('unacknowledge re-opens the incident (resolve + trigger: a trigger alone leaves an acknowledged incident quiet); the ladder restarts at level 0', async () => {
    const pd = await pagerDutyChannel();
    const b = `/pdsync/${randomUUID().slice(0, 8)}`;
    const first = await hook(fx.owner, fx.sink, b);
    const name = await policy([
      { channelIds: [first], timeoutSeconds: 1 },
      { channelIds: [pd], timeoutSeconds: 60 },
    ]);
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: name, case: b });
    const { alert } = await fx.owner.Alert({ id });
    // Level 1 (PagerDuty) is paged after level 0's second.
    await until(async () => actions(alert.fingerprint), (a) => a.length === 1, 20_000);
    expect(actions(alert.fingerprint)).toEqual(['trigger']);
    await fx.owner.AcknowledgeAlert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length === 2);
    await fx.owner.UnacknowledgeAlert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length === 4);
    expect(actions(alert.fingerprint).slice(0, 4)).toEqual(['trigger', 'acknowledge', 'resolve', 'trigger']);
    const unack = (await deliveriesOf(id, pd)).filter((d) => d.idempotency_key.startsWith('alert-unack:'));
    expect(unack).toHaveLength(1);
    // The restarted ladder pages level 0 again (its own FIRING), never twice.
    await until(async () => pages(fx.sink, b), (p) => p.length === 2);
    const before = actions(alert.fingerprint).length;
    await fx.owner.ResolveAlert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length > before && a.at(-1) === 'resolve');
    await sleep(500);
    expect(actions(alert.fingerprint).at(-1)).toBe('resolve');
    expect(actions(alert.fingerprint).filter((a) => a === 'resolve')).toHaveLength(2);
    expect(pages(fx.sink, b)).toHaveLength(2);
  });

  it('an alert resolved by the intake (endsAt in the past) resolves its incident', async () => {
    const pd = await pagerDutyChannel();
    const b = `/pdsync/${randomUUID().slice(0, 8)}`;
    const name = await policy([{ channelIds: [pd], timeoutSeconds: 60 }]);
    const labels = { escalation_policy: name, case: b };
    const id = await fire(fx.node, fx.owner, key, labels);
    const { alert } = await fx.owner.Alert({ id });
    await until(async () => actions(alert.fingerprint), (a) => a.length === 1);
    expect((await postAlerts(fx.node, key, [prometheusAlert(labels, { endsAt: new Date(Date.now() - 1000) })])).status).toBe(200);
    await until(async () => actions(alert.fingerprint), (a) => a.length === 2);
    expect(actions(alert.fingerprint)).toEqual(['trigger', 'resolve']);
  });
});
