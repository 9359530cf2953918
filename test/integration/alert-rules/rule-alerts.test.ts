import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { at, createBuiltinRule, evaluateAt, sample, statesOf } from './rule-support';

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
});
