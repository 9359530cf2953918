import { describe, expect, it, beforeAll } from 'vitest';
import type * as AlertUpdate from '../../../src/services/alerts/alert-update';
import type * as UnitOfWork from '../../../src/services/shared/unit-of-work';
import { loadServerModule } from '../../fixtures/load';
import { errorCode } from '../../fixtures/seed';
import { useDeliveryCluster } from '../deliveries/delivery-cluster';
import { alertMessage, enqueue, settled } from '../deliveries/helpers';
import { ALL, alertKey, postAlerts, prometheusAlert, teamScope, userWith } from './helpers';

const { changeAlert } = loadServerModule<typeof AlertUpdate>('../../src/services/alerts/alert-update.ts');
const { inTransaction } = loadServerModule<typeof UnitOfWork>('../../src/services/shared/unit-of-work.ts');

const fx = useDeliveryCluster();
const t0 = Date.now();
const ago = (s: number) => new Date(t0 - s * 1000);
const window = { from: ago(3600).toISOString(), to: new Date(t0 + 600_000).toISOString() };
const ids: Record<string, string> = {};
const starts = { s1: ago(600), s2: ago(300), s3: ago(120), s4: ago(60), old: ago(7200) };
let keyA = '';
let keyB = '';
let ack1 = 0;
let ack3 = 0;
let res1 = 0;
let res2 = 0;
const sec = (iso: string | null | undefined, start: Date) => (Date.parse(iso!) - start.getTime()) / 1000;
// Stored timestamps keep microseconds, the API answers in milliseconds: means agree to 1 ms.
const TOLERANCE = 3;

async function idOf(caseName: string): Promise<string> {
  const { alerts } = await fx.owner.Alerts({ first: 5, filter: { matchers: [{ name: 'case', op: '=', value: caseName }] } });
  expect(alerts.edges).toHaveLength(1);
  return alerts.edges[0]!.node.id;
}

beforeAll(async () => {
  keyA = await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
  keyB = await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
  const a = (alertname: string, team: string, severity: string, c: keyof typeof starts) =>
    prometheusAlert({ alertname, team, severity, case: c }, { startsAt: starts[c] });
  const batch = [a('StatsA', 'payments', 'critical', 's1'), a('StatsA', 'payments', 'critical', 's2'), a('StatsB', 'search', 'warning', 's3'), a('StatsOld', 'payments', 'critical', 'old')];
  expect((await postAlerts(fx.node, keyA, batch)).status).toBe(200);
  // A repeat of s1 (Prometheus re-sends every evaluation): deduplicated onto the open alert.
  expect((await postAlerts(fx.node, keyA, [a('StatsA', 'payments', 'critical', 's1')])).status).toBe(200);
  expect((await postAlerts(fx.node, keyB, [a('StatsC', 'search', 'info', 's4')])).status).toBe(200);
  for (const c of ['s1', 's2', 's3', 's4']) ids[c] = await idOf(c);

  ack1 = sec((await fx.owner.AcknowledgeAlert({ id: ids['s1']! })).acknowledgeAlert.acknowledgedAt, starts.s1);
  ack3 = sec((await fx.owner.AcknowledgeAlert({ id: ids['s3']! })).acknowledgeAlert.acknowledgedAt, starts.s3);
  res1 = sec((await fx.owner.ResolveAlert({ id: ids['s1']! })).resolveAlert.resolvedAt, starts.s1);
  res2 = sec((await fx.owner.ResolveAlert({ id: ids['s2']! })).resolveAlert.resolvedAt, starts.s2);

  // What flap detection will do: mark s4 flapping.
  const deps = fx.node.deps;
  await inTransaction(deps, deps.log, (uow) =>
    changeAlert(deps, uow, ids['s4']!, { kind: 'UPDATED', action: 'FLAPPING', actor: { type: 'SYSTEM', id: null }, decide: () => ({ flapping: true }) }),
  );

  // Notifications: one sent for s1, one refused (400: not retried) for s3.
  fx.sink.defaultReply('/stats-fail', { status: 400 });
  const ok = await fx.webhookChannel('/stats-ok');
  const bad = await fx.webhookChannel('/stats-fail');
  for (const [channelId, c] of [[ok, 's1'], [bad, 's3']] as const) {
    const origin = { kind: 'alert', id: ids[c]! };
    await enqueue(fx.node, { channelId, message: alertMessage(), idempotencyKey: `stats-${c}`, origin });
    await settled(fx.owner, origin);
  }
});

describe('alertStats', () => {
  it('counts by status, severity and rule source, with MTTA/MTTR, noisiest sources, flapping and notifications', async () => {
    const { alertStats: s } = await fx.owner.AlertStats({ ...window, groupBy: 'SEVERITY' });
    expect(s.total).toBe(4);
    expect(s.acknowledged).toBe(2);
    expect(s.resolved).toBe(2);
    expect(s.byStatus).toEqual([
      { key: 'RESOLVED', count: 2 },
      { key: 'ACKNOWLEDGED', count: 1 },
      { key: 'FIRING', count: 1 },
    ]);
    expect(s.bySeverity).toEqual([
      { key: 'CRITICAL', count: 2 },
      { key: 'INFO', count: 1 },
      { key: 'WARNING', count: 1 },
    ]);
    expect(s.mttaSeconds).toBeCloseTo((ack1 + ack3) / 2, TOLERANCE);
    expect(s.mttrSeconds).toBeCloseTo((res1 + res2) / 2, TOLERANCE);
    const critical = s.groups.find((g) => g.key === 'CRITICAL')!;
    expect(critical).toMatchObject({ count: 2, acknowledged: 1, resolved: 2 });
    expect(critical.mttaSeconds).toBeCloseTo(ack1, TOLERANCE);
    expect(critical.mttrSeconds).toBeCloseTo((res1 + res2) / 2, TOLERANCE);
    const warning = s.groups.find((g) => g.key === 'WARNING')!;
    expect(warning).toMatchObject({ count: 1, acknowledged: 1, resolved: 0, mttrSeconds: null });
    expect(warning.mttaSeconds).toBeCloseTo(ack3, TOLERANCE);
    expect(s.groups.find((g) => g.key === 'INFO')).toMatchObject({ count: 1, mttaSeconds: null, mttrSeconds: null });

    expect(s.noisiest.map((n) => [n.kind, n.count])).toEqual([
      ['EXTERNAL', 3],
      ['EXTERNAL', 1],
    ]);
    expect(s.noisiest[0]!.name).toMatch(/^api-key:/);
    expect(s.noisiest[0]!.name).not.toBe(s.noisiest[1]!.name);
    expect(s.flappingCount).toBe(1);
    expect(s.flapping.map((f) => f.id)).toEqual([ids['s4']]);
    expect(s.notifications).toEqual({ sent: 1, failed: 1, pending: 0 });
  });

  it('groups by a label and by source; top bounds the noisiest list', async () => {
    const { alertStats: byTeam } = await fx.owner.AlertStats({ ...window, groupBy: 'LABEL', label: 'team' });
    expect(byTeam.groups.map((g) => [g.key, g.count, g.acknowledged, g.resolved])).toEqual([
      ['payments', 2, 1, 2],
      ['search', 2, 1, 0],
    ]);
    const { alertStats: bySource } = await fx.owner.AlertStats({ ...window, groupBy: 'SOURCE', top: 1 });
    expect(bySource.groups.map((g) => g.count)).toEqual([3, 1]);
    expect(bySource.groups[0]!.key).toBe(`external:${bySource.noisiest[0]!.name}`);
    expect(bySource.noisiest).toHaveLength(1);
    // RULE: these are all external alerts, in the null group.
    const { alertStats: byRule } = await fx.owner.AlertStats({ ...window, groupBy: 'RULE' });
    expect(byRule.groups).toEqual([expect.objectContaining({ key: null, count: 4 })]);
  });

  it('a label-scoped reader counts only the alerts (and notifications) it may read', async () => {
    const { client } = await userWith(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: teamScope('payments') }], 'stats');
    const { alertStats: s } = await client.AlertStats({ ...window, groupBy: 'STATUS' });
    expect(s.total).toBe(2);
    expect(s.groups.map((g) => [g.key, g.count])).toEqual([['RESOLVED', 2]]);
    expect(s.mttaSeconds).toBeCloseTo(ack1, TOLERANCE);
    expect(s.mttrSeconds).toBeCloseTo((res1 + res2) / 2, TOLERANCE);
    expect(s.noisiest.map((n) => n.count)).toEqual([2]);
    expect(s.flappingCount).toBe(0);
    expect(s.notifications).toEqual({ sent: 1, failed: 0, pending: 0 });
  });

  it('costs one SQL statement, whatever the grouping and top', async () => {
    // The job runner polls on this node too: the fewest statements over a few tries is the request's own.
    const fewest = async (call: () => Promise<unknown>) => {
      let min = Infinity;
      for (let i = 0; i < 5; i += 1) {
        const before = fx.node.database.statementCount();
        await call();
        min = Math.min(min, fx.node.database.statementCount() - before);
      }
      return min;
    };
    expect(await fewest(() => fx.owner.AlertStats({ ...window, groupBy: 'LABEL', label: 'team', top: 50 }))).toBe(1);
    expect(await fewest(() => fx.owner.AlertStats({ ...window, groupBy: 'RULE', top: 1 }))).toBe(1);
  });

  it('refuses callers without alerts:read, bad windows and a LABEL grouping without a label', async () => {
    const { client } = await userWith(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'metrics:read', scope: ALL }], 'nostats');
    expect(await errorCode(() => client.AlertStats(window))).toBe('FORBIDDEN');
    expect(await errorCode(() => fx.owner.AlertStats({ from: window.to, to: window.from }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => fx.owner.AlertStats({ from: ago(91 * 86_400).toISOString(), to: window.to }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => fx.owner.AlertStats({ ...window, groupBy: 'LABEL' }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => fx.owner.AlertStats({ ...window, groupBy: 'LABEL', label: 'bad-name' }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => fx.owner.AlertStats({ ...window, top: 51 }))).toBe('BAD_USER_INPUT');
  });
});
