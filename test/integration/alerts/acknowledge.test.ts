import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { EventStream, untilLive } from '../subscriptions/stream';
import { ALL, alertKey, eventually, postAlerts, prometheusAlert, teamScope, userWith } from './helpers';

const ctx = useCluster({ env: { WORKER_POLL_INTERVAL_MS: '200' } });
let key: string;

beforeAll(async () => {
  key = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
});

/** Fires an alert through the intake and returns its id. */
async function fire(labels: Record<string, string>, summary?: string): Promise<string> {
  expect((await postAlerts(ctx.node, key, [prometheusAlert(labels, { summary })])).status).toBe(200);
  const { alerts } = await ctx.owner.Alerts({ first: 5, filter: { statuses: ['FIRING', 'ACKNOWLEDGED'], matchers: Object.entries(labels).map(([name, value]) => ({ name, op: '=', value })) } });
  expect(alerts.edges).toHaveLength(1);
  return alerts.edges[0]!.node.id;
}

const auditActions = async (targetId: string) => {
  const { auditLogs } = await ctx.owner.AuditLogs({ first: 20, filter: { targetId } });
  return auditLogs.edges.map((e) => e.node.action).reverse();
};

describe('acknowledge, unacknowledge, resolve, snooze', () => {
  it('moves an alert through its states, each with a note in the timeline and an audit row', async () => {
    const id = await fire({ team: 'payments', case: 'ack-flow' });
    const acked = (await ctx.owner.AcknowledgeAlert({ id, note: 'looking into it' })).acknowledgeAlert;
    expect(acked.status).toBe('ACKNOWLEDGED');
    expect(acked.acknowledgedBy).toBe(ctx.ownerId);
    expect(acked.acknowledgedAt).toBeTruthy();
    expect(await errorCode(() => ctx.owner.AcknowledgeAlert({ id }))).toBe('CONFLICT');

    // Still firing at the source: a repeat (new description) updates it and keeps it acknowledged.
    await postAlerts(ctx.node, key, [prometheusAlert({ team: 'payments', case: 'ack-flow' })]);
    expect((await ctx.owner.Alert({ id })).alert.status).toBe('ACKNOWLEDGED');

    await ctx.owner.AddAlertNote({ id, note: 'restarted the pool' });
    expect(await errorCode(() => ctx.owner.AddAlertNote({ id, note: ' ' }))).toBe('BAD_USER_INPUT');
    const unacked = (await ctx.owner.UnacknowledgeAlert({ id, note: 'handing over' })).unacknowledgeAlert;
    expect(unacked.status).toBe('FIRING');
    expect(unacked.acknowledgedBy).toBeNull();

    const resolved = (await ctx.owner.ResolveAlert({ id, note: 'fixed the config' })).resolveAlert;
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolvedBy).toBe(ctx.ownerId);
    expect(await errorCode(() => ctx.owner.ResolveAlert({ id }))).toBe('CONFLICT');
    expect(await errorCode(() => ctx.owner.SnoozeAlert({ id, until: new Date(Date.now() + 60_000).toISOString() }))).toBe('CONFLICT');

    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: id });
    const entries = alertTimeline.edges.map((e) => [e.node.action, e.node.note]);
    expect(entries).toEqual([
      ['FIRED', null],
      ['ACKNOWLEDGED', 'looking into it'],
      ['UPDATED', null],
      ['NOTE', 'restarted the pool'],
      ['UNACKNOWLEDGED', 'handing over'],
      ['RESOLVED', 'fixed the config'],
    ]);
    expect(await auditActions(id)).toEqual(['alert.acknowledged', 'alert.noted', 'alert.unacknowledged', 'alert.resolved']);
  });

  it('snoozes until a time; a durable job wakes it up', async () => {
    const id = await fire({ team: 'payments', case: 'snooze' });
    expect(await errorCode(() => ctx.owner.SnoozeAlert({ id, until: new Date(Date.now() - 1_000).toISOString() }))).toBe('BAD_USER_INPUT');
    const until = new Date(Date.now() + 1_500);
    const snoozed = (await ctx.owner.SnoozeAlert({ id, until: until.toISOString(), note: 'deploy in progress' })).snoozeAlert;
    expect(new Date(snoozed.snoozedUntil as string).getTime()).toBe(until.getTime());
    expect(snoozed.status).toBe('FIRING');
    await eventually('the unsnooze job', async () => ((await ctx.owner.Alert({ id })).alert.snoozedUntil === null ? true : undefined));
    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: id });
    expect(alertTimeline.edges.map((e) => e.node.action)).toEqual(['FIRED', 'SNOOZED', 'UNSNOOZED']);
    expect(await auditActions(id)).toEqual(['alert.snoozed']);
  });

  it('NOT_FOUND for unknown ids, FORBIDDEN for a Viewer (reads, cannot acknowledge)', async () => {
    expect(await errorCode(() => ctx.owner.AcknowledgeAlert({ id: '0190a6f0-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await errorCode(() => ctx.owner.Alert({ id: 'nope' }))).toBe('NOT_FOUND');
    const id = await fire({ team: 'payments', case: 'viewer' });
    const viewer = await userWith(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: ALL }], 'viewer');
    expect((await viewer.client.Alert({ id })).alert.id).toBe(id);
    expect(await errorCode(() => viewer.client.AcknowledgeAlert({ id }))).toBe('FORBIDDEN');
  });
});

describe('label-scoped grants', () => {
  it('a grant on team=payments sees, acknowledges and hears only payments alerts', async () => {
    const scoped = await userWith(ctx.node, ctx.owner, [
      { effect: 'ALLOW', action: 'alerts:read', scope: teamScope('payments') },
      { effect: 'ALLOW', action: 'alerts:acknowledge', scope: teamScope('payments') },
    ], 'payments-oncall');
    const payments = await fire({ team: 'payments', case: 'scoped' });
    const search = await fire({ team: 'search', case: 'scoped' });

    const { alerts } = await scoped.client.Alerts({ first: 100 });
    expect(alerts.edges.length).toBeGreaterThan(0);
    expect(alerts.edges.every((e) => e.node.labels['team'] === 'payments')).toBe(true);
    expect(alerts.totalCount).toBe(alerts.edges.length);
    expect(alerts.edges.map((e) => e.node.id)).toContain(payments);
    expect(await errorCode(() => scoped.client.Alert({ id: search }))).toBe('NOT_FOUND');
    expect(await errorCode(() => scoped.client.AcknowledgeAlert({ id: search }))).toBe('NOT_FOUND');
    expect((await scoped.client.AcknowledgeAlert({ id: payments })).acknowledgeAlert.status).toBe('ACKNOWLEDGED');

    // The subscription: warm up on payments alerts, then one change each side; only payments arrives.
    const stream = ctx.track(new EventStream(scoped.client.AlertChanged({}), 'payments AlertChanged'));
    let n = 0;
    await untilLive(stream, () => fire({ team: 'payments', case: 'scoped-poke' }, `poke ${++n}`), (e) => e.alertChanged.alert.labels['case'] === 'scoped-poke');
    await ctx.owner.AcknowledgeAlert({ id: search });
    await ctx.owner.ResolveAlert({ id: payments });
    const next = await stream.next('the payments resolve', 5_000, (e) => e.alertChanged.alert.labels['case'] === 'scoped');
    expect(next.alertChanged.kind).toBe('RESOLVED');
    expect(next.alertChanged.alert.id).toBe(payments);
    expect(stream.received.every((r) => r.value.alertChanged.alert.labels['team'] === 'payments')).toBe(true);

    // An owner's stream with a filter hears the search alert.
    const all = ctx.track(new EventStream(ctx.owner.AlertChanged({ filter: { matchers: [{ name: 'team', op: '=', value: 'search' }] } }), 'owner AlertChanged'));
    await untilLive(all, () => fire({ team: 'search', case: 'owner-poke' }, `poke ${++n}`), (e) => e.alertChanged.alert.labels['case'] === 'owner-poke');
    expect(all.received.every((r) => r.value.alertChanged.alert.labels['team'] === 'search')).toBe(true);
  });

  it('refuses alertChanged to a caller without alerts:read when opened', async () => {
    const nobody = await userWith(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'users:read', scope: ALL }], 'no-alerts');
    const outcome = await ctx.track(new EventStream(nobody.client.AlertChanged({}), 'no alerts:read')).end('opening AlertChanged', 3_000);
    expect(outcome.events).toEqual([]);
    expect((outcome.error as { code?: string }).code).toBe('FORBIDDEN');
  });
});

describe('lean list read', () => {
  it('a page of alerts costs the same statements for 5 and 100 rows: at most 2', async () => {
    const sql = ctx.node.database.sql;
    await sql`
      insert into alerts (id, fingerprint, source_kind, source_name, status, severity, labels, starts_at)
      select gen_random_uuid(), 'bulk' || g, 'EXTERNAL', 'seed', 'RESOLVED', 'INFO', jsonb_build_object('n', g::text, 'team', 'bulk'), now()
      from generate_series(1, 120) g`;
    const page = (first: number) =>
      ctx.owner.request<{ alerts: { edges: unknown[] } }>(parse(`query { alerts(first: ${first}) { edges { node { id status labels source { kind name } silencedBy startsAt } } } }`));
    await page(5);
    const during = async (fn: () => Promise<unknown>) => {
      const seen: string[] = [];
      const stop = ctx.node.database.onStatement((q) => seen.push(q));
      try {
        await fn();
      } finally {
        stop();
      }
      return seen;
    };
    const small = await during(() => page(5));
    let large: { alerts: { edges: unknown[] } } | undefined;
    const big = await during(async () => (large = await page(100)));
    expect(large!.alerts.edges).toHaveLength(100);
    expect(big.length).toBe(small.length);
    expect(big.length).toBeLessThanOrEqual(2);
    expect(big.filter((s) => /from "alerts"/.test(s))).toHaveLength(1);
  });
});
