import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import type * as Tick from '../../../src/services/alerts/rule-evaluation-tick';
import { loadServerModule } from '../../fixtures/load';
import { at, createBuiltinRule, evaluateAt, findRuleById, listInstances, sample, statesOf } from './rule-support';

const { runEvaluationTick } = loadServerModule<typeof Tick>('../../src/services/alerts/rule-evaluation-tick.ts');

// No worker: nothing evaluates behind the test's back; each evaluation runs at the time given.
const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false', PROMETHEUS_URL: 'http://127.0.0.1:9/' } });

async function historyOf(ruleId: string) {
  const { alertStateHistory } = await ctx.owner.AlertStateHistory({ filter: { ruleId }, first: 100 });
  return alertStateHistory.edges.map((e) => `${e.node.labels['host'] ?? '-'}:${e.node.fromState}>${e.node.toState}`).reverse();
}

describe('rule evaluation over the built-in store', () => {
  it('one instance per label set; `for` holds a breach PENDING until it lasted long enough', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, { forSeconds: 20 });
    await sample(ctx.node, metric, at(0), { a: 90, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(0));
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'PENDING', b: 'NORMAL' });
    await sample(ctx.node, metric, at(10), { a: 95, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(10));
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'PENDING', b: 'NORMAL' });
    await sample(ctx.node, metric, at(20), { a: 95, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(20));
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'FIRING', b: 'NORMAL' });
    expect(await historyOf(rule.id)).toEqual(['a:NORMAL>PENDING', 'a:PENDING>FIRING']);
    // A pending breach that stops before `for` never fires.
    await sample(ctx.node, metric, at(30), { a: 95, b: 90 });
    await evaluateAt(ctx.node, rule.id, at(30));
    await sample(ctx.node, metric, at(40), { a: 95, b: 10 });
    await evaluateAt(ctx.node, rule.id, at(40));
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'FIRING', b: 'NORMAL' });
    expect(await historyOf(rule.id)).toEqual(['a:NORMAL>PENDING', 'a:PENDING>FIRING', 'b:NORMAL>PENDING', 'b:PENDING>NORMAL']);
    const { alertRule } = await ctx.owner.AlertRule({ id: rule.id });
    expect(alertRule.instances.find((i) => i.labels['host'] === 'a')).toMatchObject({ state: 'FIRING', lastValue: 95, activeSince: at(20).toISOString() });
    expect(alertRule.lastEvaluatedAt).toBe(at(40).toISOString());
  });

  it('hysteresis: once firing, recovers only below the recovery threshold; keepFiringFor holds it after that', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, { recoveryThreshold: 70, keepFiringForSeconds: 15 });
    const step = async (t: number, value: number) => {
      await sample(ctx.node, metric, at(t), { a: value });
      await evaluateAt(ctx.node, rule.id, at(t));
      return (await statesOf(ctx.node, rule.id))['a'];
    };
    expect(await step(0, 85)).toBe('FIRING');
    expect(await step(10, 75)).toBe('FIRING'); // below 80, above 70: still firing
    expect(await step(20, 60)).toBe('FIRING'); // recovered 10 s after the last breach: keepFiringFor 15 s
    expect(await step(30, 60)).toBe('NORMAL'); // 20 s after the last breach
    expect(await step(40, 75)).toBe('NORMAL'); // not firing: 75 is no breach of 80
    expect(await historyOf(rule.id)).toEqual(['a:NORMAL>FIRING', 'a:FIRING>NORMAL']);
  });

  it('NoData: an empty result gives one {} instance; a known series that goes away gets NoData; OK policy stays quiet', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {});
    await evaluateAt(ctx.node, rule.id, at(0));
    const [standIn] = await listInstances(ctx.node.database.db, rule.id);
    expect(standIn).toMatchObject({ labels: {}, state: 'NO_DATA' });
    // Data arrives: the stand-in goes, the series gets its own instance.
    await sample(ctx.node, metric, at(10), { a: 50 });
    await evaluateAt(ctx.node, rule.id, at(10));
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'NORMAL' });
    // The series stops reporting (no sample in the window): its instance is NO_DATA.
    await evaluateAt(ctx.node, rule.id, at(30));
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'NO_DATA' });

    const quiet = await createBuiltinRule(ctx.owner, { noDataState: 'OK' as never });
    await evaluateAt(ctx.node, quiet.rule.id, at(0));
    expect(await statesOf(ctx.node, quiet.rule.id)).toEqual({ '{}': 'NORMAL' });
    expect(await historyOf(quiet.rule.id)).toEqual([]);
    // ALERTING: missing data is a breach (fires after `for`).
    const loud = await createBuiltinRule(ctx.owner, { noDataState: 'ALERTING' as never });
    await evaluateAt(ctx.node, loud.rule.id, at(0));
    expect(await statesOf(ctx.node, loud.rule.id)).toEqual({ '{}': 'FIRING' });
  });

  it('a failing query puts every instance in ERROR (or keeps the last state with KEEP_LAST) and records the error', async () => {
    // PROMETHEUS_URL points at a closed port: the query fails as an unreachable server does.
    const { createAlertRule } = await ctx.owner.CreateAlertRule({
      input: { name: 'promql unreachable', promql: 'up', operator: 'LT' as never, threshold: 1, intervalSeconds: 10, enabled: false },
    });
    const summary = await evaluateAt(ctx.node, createAlertRule.id, at(0));
    expect(summary.error).toMatch(/could not reach/);
    expect(await statesOf(ctx.node, createAlertRule.id)).toEqual({ '{}': 'ERROR' });
    const { alertRule } = await ctx.owner.AlertRule({ id: createAlertRule.id });
    expect(alertRule.lastError).toMatch(/could not reach/);

    // ALERTING: an error is a breach; KEEP_LAST: nothing changes (no history).
    for (const [execErrState, state, transitions] of [['ALERTING', 'FIRING', 1], ['KEEP_LAST', 'NORMAL', 0]] as const) {
      const { createAlertRule: r } = await ctx.owner.CreateAlertRule({
        input: { name: `promql unreachable ${execErrState}`, promql: 'up', operator: 'LT' as never, threshold: 1, intervalSeconds: 10, enabled: false, execErrState: execErrState as never },
      });
      await evaluateAt(ctx.node, r.id, at(0));
      expect(await statesOf(ctx.node, r.id)).toEqual({ '{}': state });
      expect((await historyOf(r.id)).length).toBe(transitions);
    }
  });

  it('flapping: an instance changing state on most evaluations is marked, and its transitions carry the mark', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {});
    for (let i = 0; i < 14; i += 1) {
      await sample(ctx.node, metric, at(i * 10), { a: i % 2 === 0 ? 90 : 10 });
      await evaluateAt(ctx.node, rule.id, at(i * 10));
    }
    const [inst] = await listInstances(ctx.node.database.db, rule.id);
    expect(inst!.flapping).toBe(true);
    const { alertStateHistory } = await ctx.owner.AlertStateHistory({ filter: { ruleId: rule.id }, first: 100 });
    expect(alertStateHistory.totalCount).toBe(14);
    expect(alertStateHistory.edges[0]!.node.flapping).toBe(true);
    expect(alertStateHistory.edges.at(-1)!.node.flapping).toBe(false);
    // Steady again: flapping ends once the weighted change share falls under the low threshold.
    for (let i = 14; i < 40; i += 1) {
      await sample(ctx.node, metric, at(i * 10), { a: 10 });
      await evaluateAt(ctx.node, rule.id, at(i * 10));
    }
    const [settled] = await listInstances(ctx.node.database.db, rule.id);
    expect(settled!.flapping).toBe(false);
  });

  it('history pages newest first and filters by time', async () => {
    const { rule, metric } = await createBuiltinRule(ctx.owner, {});
    for (let i = 0; i < 6; i += 1) {
      await sample(ctx.node, metric, at(1000 + i * 10), { a: i % 2 === 0 ? 90 : 10 });
      await evaluateAt(ctx.node, rule.id, at(1000 + i * 10));
    }
    const page1 = await ctx.owner.AlertStateHistory({ filter: { ruleId: rule.id }, first: 4 });
    expect(page1.alertStateHistory.edges.map((e) => e.node.at)).toEqual([at(1050), at(1040), at(1030), at(1020)].map((d) => d.toISOString()));
    const page2 = await ctx.owner.AlertStateHistory({ filter: { ruleId: rule.id }, first: 4, after: page1.alertStateHistory.pageInfo.endCursor });
    expect(page2.alertStateHistory.edges.map((e) => e.node.at)).toEqual([at(1010), at(1000)].map((d) => d.toISOString()));
    const ranged = await ctx.owner.AlertStateHistory({ filter: { ruleId: rule.id, from: at(1010).toISOString(), to: at(1030).toISOString() }, first: 10 });
    expect(ranged.alertStateHistory.totalCount).toBe(3);
  });

  it('a tick claims the due rules, queries rules of one metric together and writes quiet cycles and transitions', async () => {
    const metric = `tick_group_${process.pid}`;
    const rules = [];
    for (const threshold of [50, 80, 95]) {
      const { createAlertRule } = await ctx.owner.CreateAlertRule({
        input: { name: `tick group ${threshold}`, builtin: { metric, by: ['host'], aggregation: 'avg' as never, windowSeconds: 10 }, operator: 'GT' as never, threshold, intervalSeconds: 10 },
      });
      rules.push(createAlertRule);
    }
    const t = new Date(Date.now() + 1000);
    await sample(ctx.node, metric, t, { a: 90 });
    const first = await runEvaluationTick(ctx.node.deps, t);
    await first.done;
    expect(rules.every((r) => first.claimed.some((c) => c.id === r.id))).toBe(true);
    expect(await Promise.all(rules.map((r) => statesOf(ctx.node, r.id)))).toEqual([{ a: 'FIRING' }, { a: 'FIRING' }, { a: 'NORMAL' }]);
    // Next cycle, same value: nothing changes but the values and the evaluation records.
    const t2 = new Date(t.getTime() + 10_000);
    await sample(ctx.node, metric, t2, { a: 91 });
    const second = await runEvaluationTick(ctx.node.deps, t2);
    await second.done;
    for (const r of rules) {
      const row = await findRuleById(ctx.node.database.db, r.id);
      expect(row).toMatchObject({ lastEvaluatedAt: t2, evaluationCount: 2, lastError: null });
      expect((await listInstances(ctx.node.database.db, r.id))[0]!.lastValue).toBe(91);
    }
    const { alertStateHistory } = await ctx.owner.AlertStateHistory({ filter: { ruleId: rules[0]!.id }, first: 10 });
    expect(alertStateHistory.totalCount).toBe(1);
  });
});
