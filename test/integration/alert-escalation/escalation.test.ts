import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinSetIds, DEFAULT_PASSWORD, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { until } from '../../fixtures/until';
import { ALL, alertKey } from '../alerts/helpers';
import { SMTP_PASSWORD, useDeliveryCluster } from '../deliveries/delivery-cluster';
import { counts, escalationOf, fire, hook, ladder, sleep } from './helpers';

const fx = useDeliveryCluster();
let key: string;

beforeAll(async () => {
  key = await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
});

const base = () => `/esc/${randomUUID().slice(0, 8)}`;
const ended = (alertId: string) => until(() => escalationOf(fx.node, alertId), (e) => e?.active === false, 20_000);

describe('escalation policies', () => {
  it('climbs level by level while nobody acknowledges, each level paged once, ESCALATED in the timeline', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [1, 1, 1]);
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b });
    await ended(id);
    await until(async () => counts(fx.sink, b, 3), (c) => c[2] === 1);
    expect(counts(fx.sink, b, 3)).toEqual([1, 1, 1]);
    const { alert } = await fx.owner.Alert({ id });
    expect(alert.escalationLevel).toBe(2);
    const notes = await fx.node.database.sql<Array<{ action: string }>>`select action from alert_notes where alert_id = ${id} and action = 'ESCALATED'`;
    expect(notes).toHaveLength(2);
    const body = JSON.parse(fx.sink.requests(`${b}/l1`)[0]!.body) as { data?: { event?: string } } & Record<string, unknown>;
    expect(JSON.stringify(body)).toContain('ESCALATED');
  });

  it('honours repeatCount: the whole ladder runs again that many times, then stops', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [1, 1], { repeatCount: 2 });
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b });
    await ended(id);
    await until(async () => counts(fx.sink, b, 2), (c) => c[1] === 3);
    expect(counts(fx.sink, b, 2)).toEqual([3, 3]);
    expect((await escalationOf(fx.node, id))!.round).toBe(2);
  });

  it('stops when the alert is acknowledged, and when it is resolved', async () => {
    const acked = base();
    const resolved = base();
    const p1 = await ladder(fx.owner, fx.sink, acked, [2, 1]);
    const p2 = await ladder(fx.owner, fx.sink, resolved, [2, 1]);
    const a = await fire(fx.node, fx.owner, key, { escalation_policy: p1.name, case: acked });
    const r = await fire(fx.node, fx.owner, key, { escalation_policy: p2.name, case: resolved });
    await fx.owner.AcknowledgeAlert({ id: a });
    await fx.owner.ResolveAlert({ id: r });
    await until(async () => [...counts(fx.sink, acked, 1), ...counts(fx.sink, resolved, 1)], (c) => c[0] === 1 && c[1] === 1);
    // Well past level 0's timeout: neither climbed.
    await sleep(3500);
    expect(counts(fx.sink, acked, 2)).toEqual([1, 0]);
    expect(counts(fx.sink, resolved, 2)).toEqual([1, 0]);
    const jobs = await fx.node.database.sql`select 1 from graphile_worker.jobs where key in (${`alerts:escalate:${a}`}, ${`alerts:escalate:${r}`})`;
    expect(jobs).toHaveLength(0);
  });

  it('re-triggers an acknowledged alert nobody resolved within ackTimeoutSeconds', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [60], { ackTimeoutSeconds: 1 });
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b });
    await until(async () => counts(fx.sink, b, 1), (c) => c[0] === 1);
    await fx.owner.AcknowledgeAlert({ id });
    await until(async () => counts(fx.sink, b, 1), (c) => c[0] === 2, 20_000);
    const { alert } = await fx.owner.Alert({ id });
    expect(alert.status).toBe('FIRING');
    expect(alert.acknowledgedAt).toBeNull();
    expect((await escalationOf(fx.node, id))!.cycle).toBe(1);
    const notes = await fx.node.database.sql<Array<{ action: string }>>`select action from alert_notes where alert_id = ${id} and action = 'ACK_TIMEOUT'`;
    expect(notes).toHaveLength(1);
  });

  it('restarts the ladder at level 0 when the alert is unacknowledged', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [1, 60]);
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b });
    await fx.owner.AcknowledgeAlert({ id });
    await fx.owner.UnacknowledgeAlert({ id });
    await until(async () => counts(fx.sink, b, 2), (c) => c[1] === 1, 20_000);
    expect(counts(fx.sink, b, 2)).toEqual([2, 1]);
    expect((await escalationOf(fx.node, id))!.cycle).toBe(1);
  });

  it('follows the policy as it was when the alert fired, not later edits', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [1, 1]);
    const id = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b });
    const other = await hook(fx.owner, fx.sink, `${b}/edited`);
    const { updateEscalationPolicy } = await fx.owner.UpdateEscalationPolicy({ id: policy.id, input: { levels: [{ channelIds: [other], timeoutSeconds: 1 }, { channelIds: [other], timeoutSeconds: 1 }], repeatCount: 3 } });
    expect(updateEscalationPolicy.version).toBe(2);
    await ended(id);
    await until(async () => counts(fx.sink, b, 2), (c) => c[1] === 1);
    expect(counts(fx.sink, b, 2)).toEqual([1, 1]);
    expect(fx.sink.requests(`${b}/edited`)).toHaveLength(0);
    expect((await escalationOf(fx.node, id))!.policy_version).toBe(1);
    const { alert } = await fx.owner.AlertEscalation({ id });
    expect(alert.escalationLevel).toBe(1);
    expect(alert.escalation).toMatchObject({ policyId: policy.id, policyName: policy.name, policyVersion: 1, repeatCount: 0, cycle: 0, round: 0, active: false });
    expect(alert.escalation!.levels.map((l) => l.channelIds)).toEqual(policy.levels.map((l) => l.channelIds));
  });

  it('mails user targets through the EMAIL channel, never a suspended user; the default policy applies without a label', async () => {
    const mailer = await fx.owner.CreateChannel({
      input: { name: `mail ${randomUUID()}`, type: 'EMAIL', settings: { host: '127.0.0.1', port: fx.smtp.port, secure: false, requireTls: false, username: 'mailer', from: 'alerts@example.com', to: ['team@example.com'] }, secrets: { password: SMTP_PASSWORD } },
    });
    const active = uniqueEmail('oncall');
    const suspended = uniqueEmail('away');
    // Both may read alerts (Viewer): user targets are paged only about alerts they may read.
    const { Viewer } = await builtinSetIds(fx.owner);
    const u1 = (await fx.owner.CreateUser({ input: { email: active, name: 'On call', password: DEFAULT_PASSWORD, permissionSetIds: [Viewer] } })).createUser.id;
    const u2 = (await fx.owner.CreateUser({ input: { email: suspended, name: 'Away', password: DEFAULT_PASSWORD, permissionSetIds: [Viewer] } })).createUser.id;
    await fx.owner.SuspendUser({ id: u2 });
    const b = base();
    const chan = await hook(fx.owner, fx.sink, `${b}/l0`);
    const { createEscalationPolicy } = await fx.owner.CreateEscalationPolicy({
      input: { name: `default ${b}`, isDefault: true, userEmailChannelId: mailer.createChannel.id, levels: [{ channelIds: [chan], userIds: [u1, u2], timeoutSeconds: 60 }] },
    });
    expect(createEscalationPolicy.isDefault).toBe(true);
    await fire(fx.node, fx.owner, key, { case: b });
    await until(async () => fx.smtp.received.filter((m) => m.to.includes(active.toLowerCase()) || m.to.includes(active)).length, (n) => n === 1);
    await until(async () => counts(fx.sink, b, 1), (c) => c[0] === 1);
    expect(fx.smtp.received.filter((m) => m.to.some((t) => t.toLowerCase() === suspended.toLowerCase()))).toHaveLength(0);
    expect(fx.smtp.received.filter((m) => m.to.includes('team@example.com'))).toHaveLength(0);
    // Clear the default so later alerts without a label follow no policy.
    await fx.owner.UpdateEscalationPolicy({ id: createEscalationPolicy.id, input: { isDefault: false } });
  });

  it('validates policies and audits every change; alerts:write is required', async () => {
    const bad = await fx.owner.CreateEscalationPolicy({ input: { name: 'bad', levels: [{ channelIds: [randomUUID()], timeoutSeconds: 5 }] } }).catch((e: Error) => e);
    expect(String(bad)).toMatch(/Unknown notification channel/);
    const empty = await fx.owner.CreateEscalationPolicy({ input: { name: 'empty', levels: [] } }).catch((e: Error) => e);
    expect(empty).toBeInstanceOf(Error);
    const viewer = await member(fx.node, fx.owner, ['Viewer']);
    expect((await viewer.client.EscalationPolicies({ first: 50 })).escalationPolicies.edges.length).toBeGreaterThan(0);
    expect(await errorCode(() => viewer.client.CreateEscalationPolicy({ input: { name: 'nope', levels: [{ channelIds: [], timeoutSeconds: 5 }] } }))).toBe('FORBIDDEN');
    const p = await ladder(fx.owner, fx.sink, base(), [5]);
    await fx.owner.UpdateEscalationPolicy({ id: p.id, input: { repeatCount: 1 } });
    expect(await fx.owner.DeleteEscalationPolicy({ id: p.id })).toEqual({ deleteEscalationPolicy: true });
    const { auditLogs } = await fx.owner.AuditLogs({ first: 10, filter: { targetId: p.id } });
    expect(auditLogs.edges.map((e) => e.node.action).sort()).toEqual(['escalation_policy.created', 'escalation_policy.deleted', 'escalation_policy.updated']);
  });

  it('a page of alerts reads all their escalations in one statement, whatever its size', async () => {
    const b = base();
    const policy = await ladder(fx.owner, fx.sink, b, [3600]);
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push(await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, case: b, n: String(i) }));
    const filter = { matchers: [{ name: 'case', op: '=', value: b }] };
    const cost = async (first: number) => {
      const before = fx.node.database.statementCount();
      const { alerts } = await fx.owner.AlertsWithEscalation({ first, filter });
      expect(alerts.edges).toHaveLength(first);
      for (const e of alerts.edges) expect(e.node.escalation).toMatchObject({ policyName: policy.name, active: true });
      return fx.node.database.statementCount() - before;
    };
    // The least of three reads each: the node's background work (timers, sampling) may add a statement to one.
    const least = async (first: number) => Math.min(await cost(first), await cost(first), await cost(first));
    expect(await least(4)).toBe(await least(1));
  });
});
