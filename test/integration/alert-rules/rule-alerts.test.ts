import { describe, expect, it } from 'vitest';
import type * as Store from '../../../src/services/metrics/metric-store';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { EventStream, untilLive } from '../subscriptions/stream';
import { ALL, alertKey, postAlerts, prometheusAlert, teamScope, userWith } from '../alerts/helpers';
import { at, createBuiltinRule, evaluateAt, sample, statesOf } from './rule-support';

const { writeSamples } = loadServerModule<typeof Store>('../../src/services/metrics/metric-store.ts');

const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false' } });

async function alertsOf(ruleName: string) {
  const { alerts } = await ctx.owner.Alerts({ first: 50, filter: { matchers: [{ name: 'alertname', op: '=', value: ruleName }] } });
  return alerts.edges.map((e) => e.node);
}

describe('alerts from rules', () => {
  it('a breach opens exactly one alert with the rule\'s labels and rendered annotations; recovery resolves it', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {
      labels: { team: 'core' },
      severity: 'CRITICAL' as never,
      annotations: { summary: '{{ $labels.host }} at {{ $value }}' },
    });
    await sample(ctx.node, metric, at(0), { a: 90, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(0));
    let alerts = await alertsOf(rule.name);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      status: 'FIRING',
      severity: 'CRITICAL',
      labels: { alertname: rule.name, team: 'core', host: 'a', severity: 'critical' },
      annotations: { summary: 'a at 90' },
      source: { kind: 'RULE', ruleId: rule.id },
      startsAt: at(0).toISOString(),
      flapping: false,
    });
    // Still firing: the same alert, never a second one.
    await sample(ctx.node, metric, at(10), { a: 95, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(10));
    expect(await alertsOf(rule.name)).toHaveLength(1);
    await sample(ctx.node, metric, at(20), { a: 10, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(20));
    alerts = await alertsOf(rule.name);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ status: 'RESOLVED', endsAt: at(20).toISOString() });
  });

  it('cooldown: a new firing soon after a resolve is recorded but opens no alert until the cooldown passed', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, { cooldownSeconds: 60 });
    const step = async (t: number, value: number) => {
      await sample(ctx.node, metric, at(t), { a: value });
      await evaluateAt(ctx.node, rule.id, at(t));
    };
    await step(0, 90);
    await step(10, 10); // resolved at 10
    await step(20, 90); // firing again, within the cooldown
    await step(50, 90);
    expect((await statesOf(ctx.node, rule.id))['a']).toBe('FIRING');
    let alerts = await alertsOf(rule.name);
    expect(alerts.map((a) => a.status)).toEqual(['RESOLVED']);
    await step(70, 90); // 60 s after the resolve, still firing: a new alert
    alerts = await alertsOf(rule.name);
    expect(alerts.map((a) => a.status).sort()).toEqual(['FIRING', 'RESOLVED']);
    const { alertStateHistory } = await ctx.owner.AlertStateHistory({ filter: { ruleId: rule.id }, first: 10 });
    expect(alertStateHistory.totalCount).toBe(3);
  });

  it('flapping: one flapping notice instead of an alert per change; resolved once it settles', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {});
    for (let i = 0; i < 14; i += 1) {
      await sample(ctx.node, metric, at(i * 10), { a: i % 2 === 0 ? 90 : 10 });
      await evaluateAt(ctx.node, rule.id, at(i * 10));
    }
    let alerts = await alertsOf(rule.name);
    // Without flap detection: 7 alerts. With it: a few before it was detected, then one marked flapping.
    expect(alerts.length).toBeLessThan(7);
    const open = alerts.filter((a) => a.status !== 'RESOLVED');
    expect(open).toHaveLength(1);
    expect(open[0]!.flapping).toBe(true);
    const before = alerts.length;
    for (let i = 14; i < 40; i += 1) {
      await sample(ctx.node, metric, at(i * 10), { a: 10 });
      await evaluateAt(ctx.node, rule.id, at(i * 10));
    }
    alerts = await alertsOf(rule.name);
    expect(alerts).toHaveLength(before);
    expect(alerts.every((a) => a.status === 'RESOLVED')).toBe(true);
  });

  it('label-scoped readers see the instances, history and live transitions whose alert labels they reach', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {});
    // The series' `team` label becomes the alert's: host a is payments', host b is search's.
    const sampleTeams = (t: number, a: number, b: number) =>
      writeSamples(
        ctx.node.database.db,
        [
          { metric, labels: { host: 'a', team: 'payments' }, value: a, at: new Date(at(t).getTime() - 1000) },
          { metric, labels: { host: 'b', team: 'search' }, value: b, at: new Date(at(t).getTime() - 1000) },
        ],
        { maxSeriesPerMetric: null },
      );
    await ctx.owner.UpdateAlertRule({ id: rule.id, input: { builtin: { metric, by: ['host', 'team'], aggregation: 'avg' as never, windowSeconds: 10 } } });
    const payments = await userWith(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: teamScope('payments') }], 'payments');
    const stream = ctx.track(new EventStream(payments.client.AlertRuleStateChanged({ ruleId: rule.id }), 'payments AlertRuleStateChanged'));
    let t = 0;
    await untilLive(
      stream,
      async () => {
        t += 10;
        await sampleTeams(t, (t / 10) % 2 === 1 ? 90 : 10, 10);
        await evaluateAt(ctx.node, rule.id, at(t));
      },
      () => true,
    );
    // search's host b breaches: payments hears nothing of it; then payments' own host a changes.
    t += 10;
    const aFiring = (t / 10) % 2 === 1;
    await sampleTeams(t, aFiring ? 90 : 10, 95);
    await evaluateAt(ctx.node, rule.id, at(t));
    const { alertRuleStateChanged: event } = await stream.next('payments transition');
    expect(event.labels).toMatchObject({ host: 'a', team: 'payments' });

    const { alertRule } = await payments.client.AlertRule({ id: rule.id });
    expect(alertRule.instances.map((i) => i.labels['team'])).toEqual(['payments']);
    const mine = await payments.client.AlertStateHistory({ filter: { ruleId: rule.id }, first: 100 });
    const all = await ctx.owner.AlertStateHistory({ filter: { ruleId: rule.id }, first: 100 });
    expect(mine.alertStateHistory.edges.every((e) => e.node.labels['team'] === 'payments')).toBe(true);
    expect(all.alertStateHistory.edges.some((e) => e.node.labels['team'] === 'search')).toBe(true);
    expect(mine.alertStateHistory.totalCount).toBeLessThan(all.alertStateHistory.totalCount!);
  });

  it('disabling a rule resolves its open alerts; deleting one does too', async () => {
    for (const end of ['disable', 'delete'] as const) {
      const { rule, metric } = await createBuiltinRule(ctx.owner, {});
      await sample(ctx.node, metric, at(0), { a: 90 });
      await evaluateAt(ctx.node, rule.id, at(0));
      expect((await alertsOf(rule.name)).map((a) => a.status)).toEqual(['FIRING']);
      if (end === 'disable') await ctx.owner.SetAlertRuleEnabled({ id: rule.id, enabled: true }).then(() => ctx.owner.SetAlertRuleEnabled({ id: rule.id, enabled: false }));
      else await ctx.owner.DeleteAlertRule({ id: rule.id });
      expect((await alertsOf(rule.name)).map((a) => a.status), end).toEqual(['RESOLVED']);
    }
  });

  it("a rule's alert follows the rule's escalation policy, snapshotted when it fires", async () => {
    const { createChannel } = await ctx.owner.CreateChannel({
      input: { name: `rule policy hook ${Date.now()}`, type: 'WEBHOOK' as never, settings: { url: 'https://hooks.example.test/alerts' }, secrets: { signingSecret: `whsec_${Buffer.from('rule-policy-signing-secret-32-bytes!').toString('base64')}` } },
    });
    const { createEscalationPolicy: policy } = await ctx.owner.CreateEscalationPolicy({
      input: { name: `rule policy ${Date.now()}`, levels: [{ channelIds: [createChannel.id], userIds: [], timeoutSeconds: 300 }] },
    });
    const { rule, metric } = await createBuiltinRule(ctx.owner, { escalationPolicyId: policy.id });
    await sample(ctx.node, metric, at(0), { a: 95 });
    await evaluateAt(ctx.node, rule.id, at(0));
    const [alert] = await alertsOf(rule.name);
    const { alert: withEscalation } = await ctx.owner.AlertEscalation({ id: alert!.id });
    expect(withEscalation.escalation).toMatchObject({ policyId: policy.id, policyName: policy.name, active: true });
  });

  it('an alert resolved by hand while the breach lasts fires again as a new alert; the intake may not touch a rule alert', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, { cooldownSeconds: 30 });
    const step = async (t: number, value: number) => {
      await sample(ctx.node, metric, at(t), { a: value });
      await evaluateAt(ctx.node, rule.id, at(t));
    };
    await step(0, 90);
    const [first] = await alertsOf(rule.name);
    expect(first).toMatchObject({ status: 'FIRING' });

    // A Prometheus (or anyone with an intake key) reporting the same labels is refused, and changes nothing.
    const key = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:push', scope: ALL }]);
    const forged = { ...prometheusAlert({}), labels: first!.labels, endsAt: new Date(Date.now() - 1_000).toISOString() };
    const res = await postAlerts(ctx.node, key, [forged]);
    expect(res.status).toBe(409);
    expect((await alertsOf(rule.name)).map((a) => a.status)).toEqual(['FIRING']);

    await ctx.owner.ResolveAlert({ id: first!.id, note: 'fixed, I think' });
    await step(10, 95); // still breaching, within the cooldown from the resolve: nothing new yet
    expect((await alertsOf(rule.name)).map((a) => a.status)).toEqual(['RESOLVED']);
    await step(45, 95); // past the cooldown: the rule fires again, as a new alert
    const alerts = await alertsOf(rule.name);
    expect(alerts.map((a) => a.status).sort()).toEqual(['FIRING', 'RESOLVED']);
    expect(alerts.find((a) => a.status === 'FIRING')!.id).not.toBe(first!.id);
    await step(55, 95); // and stays one alert
    expect(await alertsOf(rule.name)).toHaveLength(2);
  });
});
