import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../fixtures/seed';
import { useDeliveryCluster } from '../deliveries/delivery-cluster';
import { eq, FAST, intake, posted, received, setRoutes, sleep } from './helpers';

/**
 * Alerts pushed through the real intake, routed by the real tree, grouped, flushed by the durable
 * job runner and delivered by the webhook channel to a local HTTP sink. Counts, never times: a
 * "nothing more" check waits a few group intervals first.
 */
const fx = useDeliveryCluster();
let fire: ReturnType<typeof intake>;
beforeAll(() => {
  fire = intake(fx);
});

const SETTLE_MS = 2_500;

describe('routing and grouping (one notification per group)', () => {
  it('a burst of 100 alerts with the same group labels gives ONE notification holding all 100', async () => {
    const hook = await fx.webhookChannel('/burst');
    await setRoutes(fx, [{ matchers: [eq('case', 'burst')], receivers: [hook], groupBy: ['team'], ...FAST }]);
    await fire(Array.from({ length: 100 }, (_, i) => ({ labels: { case: 'burst', team: 'payments', instance: `api-${i}` } })));
    const [first] = await received(fx.sink, '/burst', 1);
    await sleep(SETTLE_MS);
    expect(posted(fx.sink, '/burst')).toHaveLength(1);
    expect(first!.type).toBe('alert.firing');
    expect(first!.data.alerts).toHaveLength(100);
    expect(new Set(first!.data.alerts.map((a) => a.labels['instance'])).size).toBe(100);
    expect(first!.data.labels).toEqual({ team: 'payments' });
    expect(first!.data.title).toContain('[FIRING:100]');
  });

  it('two values of a groupBy label give two notifications, each with its own alerts', async () => {
    const hook = await fx.webhookChannel('/two-groups');
    await setRoutes(fx, [{ matchers: [eq('case', 'two')], receivers: [hook], groupBy: ['team'], ...FAST }]);
    await fire([
      ...Array.from({ length: 3 }, (_, i) => ({ labels: { case: 'two', team: 'payments', instance: `p-${i}` } })),
      ...Array.from({ length: 2 }, (_, i) => ({ labels: { case: 'two', team: 'search', instance: `s-${i}` } })),
    ]);
    await received(fx.sink, '/two-groups', 2);
    await sleep(SETTLE_MS);
    const got = posted(fx.sink, '/two-groups');
    expect(got).toHaveLength(2);
    const byTeam = Object.fromEntries(got.map((g) => [g.data.labels['team'], g.data.alerts.length]));
    expect(byTeam).toEqual({ payments: 3, search: 2 });
  });

  it('a silenced alert and an inhibited alert are left out; a group of only those sends nothing', async () => {
    const hook = await fx.webhookChannel('/suppressed');
    const quiet = await fx.webhookChannel('/all-silenced');
    await setRoutes(fx, [
      { matchers: [eq('case', 'suppressed')], receivers: [hook], groupBy: ['case'], ...FAST },
      { matchers: [eq('case', 'all-silenced')], receivers: [quiet], groupBy: ['case'], ...FAST },
    ]);
    await fx.owner.CreateSilence({ input: { matchers: [eq('instance', 'silenced-1')], endsAt: new Date(Date.now() + 3_600_000).toISOString(), comment: 'routing test' } });
    await fx.owner.CreateSilence({ input: { matchers: [eq('case', 'all-silenced')], endsAt: new Date(Date.now() + 3_600_000).toISOString(), comment: 'routing test' } });
    await fx.owner.CreateInhibitionRule({ input: { sourceMatchers: [eq('case', 'suppressed'), eq('role', 'source')], targetMatchers: [eq('role', 'target')], equal: ['case'] } });
    await fire([
      { labels: { case: 'suppressed', role: 'source', instance: 'visible-1' } },
      { labels: { case: 'suppressed', instance: 'silenced-1' } },
      { labels: { case: 'suppressed', role: 'target', instance: 'inhibited-1' } },
      { labels: { case: 'all-silenced', instance: 'x-1' } },
    ]);
    const [first] = await received(fx.sink, '/suppressed', 1);
    await sleep(SETTLE_MS);
    expect(posted(fx.sink, '/suppressed')).toHaveLength(1);
    expect(first!.data.alerts.map((a) => a.labels['instance'])).toEqual(['visible-1']);
    expect(posted(fx.sink, '/all-silenced')).toHaveLength(0);
  });

  it('a child route picks its receiver by matchers; continue sends to the next matching sibling as well', async () => {
    const payments = await fx.webhookChannel('/child-payments');
    const search = await fx.webhookChannel('/child-search');
    const audit = await fx.webhookChannel('/child-audit');
    const fallback = await fx.webhookChannel('/child-root');
    await setRoutes(
      fx,
      [
        {
          matchers: [eq('case', 'child')],
          groupBy: ['team'],
          ...FAST,
          routes: [
            { matchers: [eq('team', 'payments')], receivers: [payments], continue: true },
            { matchers: [{ name: 'team', op: '=~', value: 'pay.*' }], receivers: [audit] },
            { matchers: [eq('team', 'search')], receivers: [search] },
          ],
        },
      ],
      { receivers: [fallback], ...FAST },
    );
    await fire([
      { labels: { case: 'child', team: 'search', instance: 's-1' } },
      { labels: { case: 'child', team: 'payments', instance: 'p-1' } },
    ]);
    await received(fx.sink, '/child-search', 1);
    await received(fx.sink, '/child-payments', 1);
    await received(fx.sink, '/child-audit', 1);
    await sleep(SETTLE_MS);
    expect(posted(fx.sink, '/child-search').map((g) => g.data.alerts.map((a) => a.labels['team']))).toEqual([['search']]);
    expect(posted(fx.sink, '/child-payments').map((g) => g.data.alerts.map((a) => a.labels['team']))).toEqual([['payments']]);
    // continue: the payments alert went on to the next sibling that matches (the first without continue stops).
    expect(posted(fx.sink, '/child-audit').map((g) => g.data.alerts.map((a) => a.labels['team']))).toEqual([['payments']]);
    // Matched below the root: the root's receiver (inherited by nothing here) got nothing.
    expect(posted(fx.sink, '/child-root')).toHaveLength(0);
  });

  it('nothing is sent inside a mute time interval; once the route is unmuted the group is notified', async () => {
    const hook = await fx.webhookChannel('/muted');
    const { createAlertTimeInterval: always } = await fx.owner.CreateAlertTimeInterval({ input: { name: 'always', ranges: [{ times: [{ start: '00:00', end: '24:00' }] }] } });
    expect(always.name).toBe('always');
    const tree = await setRoutes(fx, [{ id: 'muted-route', matchers: [eq('case', 'muted')], receivers: [hook], groupBy: ['case'], muteTimeIntervals: ['always'], ...FAST }]);
    expect(tree.root.routes[0]!.id).toBe('muted-route');
    await fire([{ labels: { case: 'muted', instance: 'm-1' } }, { labels: { case: 'muted', instance: 'm-2' } }]);
    // The group exists; its flushes run (and reschedule) while muted, sending nothing.
    const groups = async () => (await fx.node.database.sql<Array<{ n: number }>>`select count(*)::int as n from alert_groups where route_id = 'muted-route'`)[0]!.n;
    expect(await groups()).toBe(1);
    await sleep(SETTLE_MS);
    expect(posted(fx.sink, '/muted')).toHaveLength(0);
    expect(await groups()).toBe(1);
    // An interval in use cannot be deleted.
    expect(await errorCode(() => fx.owner.DeleteAlertTimeInterval({ id: always.id }))).toBe('CONFLICT');

    // The same route id, without the mute: the group (kept) flushes and sends both alerts once.
    await setRoutes(fx, [{ id: 'muted-route', matchers: [eq('case', 'muted')], receivers: [hook], groupBy: ['case'], ...FAST }]);
    const [first] = await received(fx.sink, '/muted', 1);
    expect(first!.data.alerts).toHaveLength(2);
    await sleep(SETTLE_MS);
    expect(posted(fx.sink, '/muted')).toHaveLength(1);
    expect((await fx.owner.DeleteAlertTimeInterval({ id: always.id })).deleteAlertTimeInterval).toBe(true);
  });

  it('resolving every alert of a group sends one resolved notification, then the group is gone', async () => {
    const hook = await fx.webhookChannel('/resolve');
    await setRoutes(fx, [{ id: 'resolve-route', matchers: [eq('case', 'resolve')], receivers: [hook], groupBy: ['case'], ...FAST }]);
    const labels = [0, 1, 2].map((i) => ({ case: 'resolve', instance: `r-${i}` }));
    await fire(labels.map((l) => ({ labels: l })));
    const [firing] = await received(fx.sink, '/resolve', 1);
    expect(firing!.data.alerts.map((a) => a.status)).toEqual(['firing', 'firing', 'firing']);

    await fire(labels.map((l) => ({ labels: l, endsAt: new Date(Date.now() - 1_000) })));
    const got = await received(fx.sink, '/resolve', 2);
    await sleep(SETTLE_MS);
    expect(posted(fx.sink, '/resolve')).toHaveLength(2);
    expect(got[1]!.type).toBe('alert.resolved');
    expect(got[1]!.data.alerts.map((a) => a.status)).toEqual(['resolved', 'resolved', 'resolved']);
    const [{ n }] = await fx.node.database.sql<Array<{ n: number }>>`select count(*)::int as n from alert_groups where route_id = 'resolve-route'`;
    expect(n).toBe(0);
  });

  it('an unchanged firing group is notified again after repeatInterval, not after every groupInterval', async () => {
    const hook = await fx.webhookChannel('/repeat');
    await setRoutes(fx, [{ matchers: [eq('case', 'repeat')], receivers: [hook], groupBy: ['case'], groupWait: '1s', groupInterval: '500ms', repeatInterval: '3s' }]);
    await fire([{ labels: { case: 'repeat', instance: 'x-1' } }]);
    await received(fx.sink, '/repeat', 1);
    // Several group intervals later, before the repeat: still one.
    await sleep(1_500);
    expect(posted(fx.sink, '/repeat')).toHaveLength(1);
    const got = await received(fx.sink, '/repeat', 2);
    expect(got).toHaveLength(2);
    expect(got[1]!.data.alerts.map((a) => a.labels['instance'])).toEqual(['x-1']);
  });
});
