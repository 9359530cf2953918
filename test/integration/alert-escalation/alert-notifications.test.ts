import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { until } from '../../fixtures/until';
import { ALL, alertKey } from '../alerts/helpers';
import { useDeliveryCluster } from '../deliveries/delivery-cluster';
import { eq, FAST, setRoutes } from '../alert-routing/helpers';
import { fire, ladder, pages } from './helpers';

/** Alert.notifications: the deliveries about an alert, read from the real delivery log. */
const fx = useDeliveryCluster();
let key: string;

beforeAll(async () => {
  key = await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
});

const base = () => `/notif/${randomUUID().slice(0, 8)}`;
const notificationsOf = async (id: string) => (await fx.owner.AlertNotifications({ id })).alert.notifications;

describe('Alert.notifications', () => {
  it('shows the routing-group notification that carried the alert, and none for an alert it did not carry', async () => {
    const b = base();
    const channel = await fx.webhookChannel(`${b}/group`);
    await setRoutes(fx, [{ matchers: [eq('case', b)], receivers: [channel], groupBy: ['case'], ...FAST }]);
    const routed = await fire(fx.node, fx.owner, key, { case: b, instance: 'a' });
    const other = await fire(fx.node, fx.owner, key, { case: `${b}-elsewhere`, instance: 'a' });
    await until(async () => fx.sink.requests(`${b}/group`).length, (n) => n === 1);
    const list = await until(() => notificationsOf(routed), (l) => l.length === 1 && l[0]!.status === 'SUCCEEDED');
    expect(list[0]).toMatchObject({ channelId: channel, channelType: 'WEBHOOK', event: 'FIRING', status: 'SUCCEEDED', attemptCount: 1, lastStatusCode: 200 });
    expect(list[0]!.origin.kind).toBe('alert-group');
    // The same delivery as the log shows for that group.
    const { notificationDeliveries } = await fx.owner.NotificationDeliveries({ first: 5, filter: { origin: { kind: 'alert-group', id: list[0]!.origin.id } } });
    expect(notificationDeliveries.edges.map((e) => e.node.id)).toEqual([list[0]!.id]);
    expect(await notificationsOf(other)).toEqual([]);
  });

  it('shows an escalated alert its page, then the acknowledgement follow-up, newest first', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [3600]);
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b });
    await until(async () => pages(fx.sink, `${b}/l0`).length, (n) => n === 1);
    const paged = await notificationsOf(id);
    expect(paged).toHaveLength(1);
    expect(paged[0]).toMatchObject({ channelId: policy.levels[0]!.channelIds[0], channelType: 'WEBHOOK', event: 'FIRING', origin: { kind: 'alert', id } });
    await fx.owner.AcknowledgeAlert({ id });
    const after = await until(() => notificationsOf(id), (l) => l.length === 2);
    expect(after.map((n) => n.event)).toEqual(['ACKNOWLEDGED', 'FIRING']);
    expect(after[1]!.id).toBe(paged[0]!.id);
  });

  it('a page of alerts reads all their notifications in one statement, whatever its size', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [3600]);
    for (let i = 0; i < 4; i += 1) await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b, n: String(i) });
    await until(async () => pages(fx.sink, `${b}/l0`).length, (n) => n === 4);
    const filter = { matchers: [{ name: 'case', op: '=', value: b }] };
    const cost = async (first: number) => {
      const before = fx.node.database.statementCount();
      const { alerts } = await fx.owner.AlertsWithNotifications({ first, filter });
      expect(alerts.edges).toHaveLength(first);
      for (const e of alerts.edges) expect(e.node.notifications.map((n) => n.origin)).toEqual([{ kind: 'alert', id: e.node.id }]);
      return fx.node.database.statementCount() - before;
    };
    // The least of three reads each: the node's background work (timers, sampling) may add a statement to one.
    const least = async (first: number) => Math.min(await cost(first), await cost(first), await cost(first));
    expect(await least(4)).toBe(await least(1));
  });
});
