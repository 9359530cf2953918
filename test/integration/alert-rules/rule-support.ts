import type * as Queries from '../../../src/db/queries/alert-rules.queries';
import type * as Evaluator from '../../../src/services/alerts/rule-evaluator';
import type * as Store from '../../../src/services/metrics/metric-store';
import type { AlertRuleInput } from '../../../sdk/generated/graphql';
import { loadServerModule } from '../../fixtures/load';
import type { ControlPlaneClient } from '../../../sdk';
import type { TestNode } from '../../fixtures/test-node';

export const { evaluateRule } = loadServerModule<typeof Evaluator>('../../src/services/alerts/rule-evaluator.ts');
export const { findRuleById, listInstances } = loadServerModule<typeof Queries>('../../src/db/queries/alert-rules.queries.ts');
const { writeSamples } = loadServerModule<typeof Store>('../../src/services/metrics/metric-store.ts');

export const T0 = new Date('2026-06-01T12:00:00.000Z');
export const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let counter = 0;
/** A BUILTIN rule over its own metric (avg over 10 s, by host), created through the API. */
export async function createBuiltinRule(owner: ControlPlaneClient, input: Partial<AlertRuleInput> = {}) {
  counter += 1;
  const metric = `rule_test_${process.pid}_${counter}`;
  const { createAlertRule } = await owner.CreateAlertRule({
    input: {
      name: `rule ${counter} ${metric}`,
      builtin: { metric, by: ['host'], aggregation: 'avg' as never, windowSeconds: 10 },
      operator: 'GT' as never,
      threshold: 80,
      intervalSeconds: 10,
      enabled: false,
      ...input,
    },
  });
  return { rule: createAlertRule, metric };
}

/** Samples one second before `t` (inside the 10 s window of an evaluation at `t`). */
export async function sample(node: TestNode, metric: string, t: Date, values: Record<string, number>): Promise<void> {
  const when = new Date(t.getTime() - 1000);
  await writeSamples(
    node.database.db,
    Object.entries(values).map(([host, value]) => ({ metric, labels: { host }, value, at: when })),
    { maxSeriesPerMetric: null },
  );
}

/** Evaluates the rule as the tick would at `t` (the rule re-read: edits apply). */
export async function evaluateAt(node: TestNode, ruleId: string, t: Date) {
  const row = await findRuleById(node.database.db, ruleId);
  if (!row) throw new Error('no such rule');
  return evaluateRule(node.deps, row, t);
}

export async function statesOf(node: TestNode, ruleId: string): Promise<Record<string, string>> {
  const rows = await listInstances(node.database.db, ruleId);
  return Object.fromEntries(rows.map((r) => [r.labels['host'] ?? JSON.stringify(r.labels), r.state]));
}
