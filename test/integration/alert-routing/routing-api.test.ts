import { beforeAll, describe, expect, it } from 'vitest';
import type * as FlushModule from '../../../src/services/alerts/routing/group-flush.task';
import { loadServerModule } from '../../fixtures/load';
import { errorCode, member } from '../../fixtures/seed';
import { useDeliveryCluster } from '../deliveries/delivery-cluster';
import { eq, FAST, intake, posted, received, setRoutes, sleep } from './helpers';

const { groupFlushTask } = loadServerModule<typeof FlushModule>('../../src/services/alerts/routing/group-flush.task.ts');
const fx = useDeliveryCluster();
let fire: ReturnType<typeof intake>;
beforeAll(() => {
  fire = intake(fx);
});

describe('routing tree API', () => {
  it('reads the default root before any save; a replacement is validated whole, versioned and audited', async () => {
    const { alertRoutingTree: initial } = await fx.owner.AlertRoutingTree();
    expect(initial.version).toBe(0);
    expect(initial.root).toMatchObject({ id: 'root', receivers: [], routes: [], groupWait: null });

    const hook = await fx.webhookChannel('/api');
    expect(await errorCode(() => setRoutes(fx, [{ receivers: ['00000000-0000-7000-8000-000000000000'] }]))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => setRoutes(fx, [{ receivers: [hook], muteTimeIntervals: ['no-such-interval'] }]))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => setRoutes(fx, [{ receivers: [hook], groupInterval: 'often' }]))).toBe('BAD_USER_INPUT');
    // Refused edits left nothing behind.
    expect((await fx.owner.AlertRoutingTree()).alertRoutingTree.version).toBe(0);

    const saved = await setRoutes(fx, [{ id: 'api', matchers: [eq('case', 'api')], receivers: [hook], groupBy: ['...'], groupWait: '90s', routes: [{ matchers: [eq('severity', 'critical')] }] }], { repeatInterval: '1h30m' });
    expect(saved.version).toBe(1);
    expect(saved.root.repeatInterval).toBe('1h30m');
    expect(saved.root.routes[0]).toMatchObject({ id: 'api', groupBy: ['...'], groupWait: '1m30s', groupInterval: null, receivers: [hook] });
    expect(saved.root.routes[0]!.routes![0]!.matchers).toEqual([eq('severity', 'critical')]);
    const { auditLogs } = await fx.owner.AuditLogs({ first: 5, filter: { targetId: 'root' } });
    expect(auditLogs.edges.map((e) => e.node.action)).toContain('alert_routing_tree.updated');
  });

  it('a Viewer reads the tree and time intervals but cannot change them', async () => {
    const viewer = await member(fx.node, fx.owner, ['Viewer']);
    expect((await viewer.client.AlertRoutingTree()).alertRoutingTree.root.id).toBe('root');
    expect(Array.isArray((await viewer.client.AlertTimeIntervals()).alertTimeIntervals)).toBe(true);
    expect(await errorCode(() => viewer.client.SetAlertRoutingTree({ input: {} }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.CreateAlertTimeInterval({ input: { name: 'x', ranges: [{ weekdays: ['monday'] }] } }))).toBe('FORBIDDEN');
  });

  it('time intervals: validated, renamed, listed; bad text is refused', async () => {
    expect(await errorCode(() => fx.owner.CreateAlertTimeInterval({ input: { name: 'bad', ranges: [{ weekdays: ['someday'] }] } }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => fx.owner.CreateAlertTimeInterval({ input: { name: 'bad', ranges: [{ times: [{ start: '18:00', end: '09:00' }] }] } }))).toBe('BAD_USER_INPUT');
    const { createAlertTimeInterval: created } = await fx.owner.CreateAlertTimeInterval({
      input: { name: 'business-hours', ranges: [{ times: [{ start: '09:00', end: '17:00' }], weekdays: ['monday:friday'], location: 'Europe/Berlin' }] },
    });
    expect(await errorCode(() => fx.owner.CreateAlertTimeInterval({ input: { name: 'business-hours', ranges: [{ months: ['may'] }] } }))).toBe('CONFLICT');
    const { updateAlertTimeInterval: renamed } = await fx.owner.UpdateAlertTimeInterval({ id: created.id, input: { name: 'office-hours', ranges: [{ daysOfMonth: ['-1'], years: ['2026:2030'] }] } });
    expect(renamed.ranges[0]).toMatchObject({ daysOfMonth: ['-1'], years: ['2026:2030'], times: [] });
    expect((await fx.owner.AlertTimeIntervals()).alertTimeIntervals.map((i) => i.name)).toContain('office-hours');
  });

  it('an active time interval that is never active sends nothing; a re-run flush never sends twice', async () => {
    const never = await fx.webhookChannel('/inactive');
    const hook = await fx.webhookChannel('/rerun');
    await fx.owner.CreateAlertTimeInterval({ input: { name: 'year-2001', ranges: [{ years: ['2001'] }] } });
    await setRoutes(fx, [
      { id: 'inactive', matchers: [eq('case', 'inactive')], receivers: [never], groupBy: ['case'], activeTimeIntervals: ['year-2001'], ...FAST },
      { id: 'rerun', matchers: [eq('case', 'rerun')], receivers: [hook], groupBy: ['case'], ...FAST },
    ]);
    await fire([{ labels: { case: 'inactive', instance: 'i-1' } }, { labels: { case: 'rerun', instance: 'r-1' } }]);
    await received(fx.sink, '/rerun', 1);
    // At-least-once: the job runs again (as after a crash before it was marked done).
    const [group] = await fx.node.database.sql<Array<{ id: string; flush_seq: number }>>`select id, flush_seq from alert_groups where route_id = 'rerun'`;
    expect(group!.flush_seq).toBe(1);
    await groupFlushTask.run(fx.node.deps, { groupId: group!.id }, { id: 'rerun', attempt: 2, maxAttempts: 25 });
    await groupFlushTask.run(fx.node.deps, { groupId: group!.id }, { id: 'rerun', attempt: 3, maxAttempts: 25 });
    await sleep(2_500);
    expect(posted(fx.sink, '/rerun')).toHaveLength(1);
    expect(posted(fx.sink, '/inactive')).toHaveLength(0);
    const [{ n }] = await fx.node.database.sql<Array<{ n: number }>>`select count(*)::int as n from alert_groups where route_id = 'inactive'`;
    expect(n).toBe(1);
  });

  it('after a tree edit, an open alert reported again is routed by the new tree (as Alertmanager re-routes on reload)', async () => {
    const hook = await fx.webhookChannel('/reroute');
    await setRoutes(fx, []);
    await fire([{ labels: { case: 'reroute', instance: 'e-1' } }]);
    const groups = async () => (await fx.node.database.sql<Array<{ n: number }>>`select count(*)::int as n from alert_groups where route_id = 'reroute'`)[0]!.n;
    expect(await groups()).toBe(0);
    await setRoutes(fx, [{ id: 'reroute', matchers: [eq('case', 'reroute')], receivers: [hook], groupBy: ['case'], ...FAST }]);
    // Prometheus re-sends the firing alert: an UPDATED change, which places it in the new route's group.
    await fire([{ labels: { case: 'reroute', instance: 'e-1' } }]);
    await fire([{ labels: { case: 'reroute', instance: 'e-1' } }]);
    expect(await groups()).toBe(1);
    const [first] = await received(fx.sink, '/reroute', 1);
    await sleep(2_500);
    expect(posted(fx.sink, '/reroute')).toHaveLength(1);
    expect(first!.data.alerts.map((a) => a.labels['instance'])).toEqual(['e-1']);
  });

  it('a receiver channel deleted after the tree named it is skipped; the others still get the notification', async () => {
    const kept = await fx.webhookChannel('/kept');
    const gone = await fx.webhookChannel('/gone');
    await setRoutes(fx, [{ matchers: [eq('case', 'gone-channel')], receivers: [gone, kept], groupBy: ['case'], ...FAST }]);
    await fx.owner.DeleteChannel({ id: gone });
    await fire([{ labels: { case: 'gone-channel', instance: 'g-1' } }]);
    await received(fx.sink, '/kept', 1);
    await sleep(2_500);
    expect(posted(fx.sink, '/kept')).toHaveLength(1);
    expect(posted(fx.sink, '/gone')).toHaveLength(0);
  });
});
