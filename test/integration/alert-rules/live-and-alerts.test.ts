import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { EventStream, untilLive } from '../subscriptions/stream';
import { at, createBuiltinRule, evaluateAt, sample } from './rule-support';

const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false' } });

describe('state changes, live', () => {
  it('alertRuleStateChanged streams the rule\'s transitions as they are recorded', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {});
    const other = await createBuiltinRule(ctx.owner, {});
    const stream = ctx.track(new EventStream(ctx.owner.AlertRuleStateChanged({ ruleId: rule.id }), 'AlertRuleStateChanged'));
    let t = 0;
    // Until the subscription is live: each poke is one transition of the rule (alternating values).
    await untilLive(
      stream,
      async () => {
        t += 10;
        await sample(ctx.node, metric, at(t), { a: (t / 10) % 2 === 1 ? 90 : 10 });
        await evaluateAt(ctx.node, rule.id, at(t));
      },
      () => true,
    );
    // Another rule's transitions are not this stream's.
    await sample(ctx.node, other.metric, at(t), { a: 95 });
    await evaluateAt(ctx.node, other.rule.id, at(t));
    const firing = (t / 10) % 2 === 0; // the next poke value
    t += 10;
    await sample(ctx.node, metric, at(t), { a: firing ? 90 : 10 });
    await evaluateAt(ctx.node, rule.id, at(t));
    const { alertRuleStateChanged: event } = await stream.next('the transition');
    expect(event).toMatchObject({
      ruleId: rule.id,
      ruleName: rule.name,
      fromState: firing ? 'NORMAL' : 'FIRING',
      toState: firing ? 'FIRING' : 'NORMAL',
      value: firing ? 90 : 10,
      at: at(t).toISOString(),
      labels: { alertname: rule.name, host: 'a', severity: 'warning' },
    });
    expect(typeof event.cursor).toBe('string');
  });
});
