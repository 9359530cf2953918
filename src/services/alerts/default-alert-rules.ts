import type { Config } from '../../config';
import type { DbOrTx } from '../../db/client';
import { insertDefaultRule } from '../../db/queries/alert-rules.queries';
import type { AlertRuleInsert } from '../../db/schema';
import { newId } from '../shared/ids';

type Thresholds = Pick<Config, 'ALERT_DEFAULT_CPU_PERCENT' | 'ALERT_DEFAULT_MEMORY_BYTES' | 'ALERT_DEFAULT_ERROR_RATE' | 'ALERT_DEFAULT_LATENCY_P99_SECONDS'>;

/**
 * The four rules every installation starts with, over the metrics each node samples into the
 * built-in store. Averaged over 5 minutes and pending 5 minutes, so a GC pause or a deploy does not
 * page anyone. A metric that is absent (no operations ran: no latency samples) is not a problem:
 * NoData counts as OK.
 */
export function defaultRules(config: Thresholds): Array<Omit<AlertRuleInsert, 'id'> & { defaultKey: string }> {
  const common = {
    sourceKind: 'BUILTIN' as const,
    matchers: [],
    aggregation: 'avg',
    windowSeconds: 300,
    operator: 'GT' as const,
    intervalSeconds: 60,
    forSeconds: 300,
    keepFiringForSeconds: 0,
    noDataState: 'OK' as const,
    execErrState: 'ERROR' as const,
    labels: {},
    cooldownSeconds: 0,
  };
  return [
    {
      ...common,
      defaultKey: 'cpu',
      name: 'High CPU',
      description: 'Process CPU of an API node, averaged over 5 minutes (percent of one core).',
      metric: 'process_cpu_percent',
      by: ['node'],
      threshold: config.ALERT_DEFAULT_CPU_PERCENT,
      severity: 'WARNING',
      annotations: { summary: 'CPU on {{ $labels.node }} is {{ $value }}%' },
    },
    {
      ...common,
      defaultKey: 'memory',
      name: 'High memory',
      description: 'Resident memory of an API node, averaged over 5 minutes.',
      metric: 'process_rss_bytes',
      by: ['node'],
      threshold: config.ALERT_DEFAULT_MEMORY_BYTES,
      severity: 'WARNING',
      annotations: { summary: 'Memory on {{ $labels.node }} is {{ humanize $value }}B' },
    },
    {
      ...common,
      defaultKey: 'error-rate',
      name: 'High error rate',
      description: 'Share of GraphQL operations failing (INTERNAL or 5xx) on an API node, averaged over 5 minutes.',
      metric: 'graphql_error_rate',
      by: ['node'],
      threshold: config.ALERT_DEFAULT_ERROR_RATE,
      severity: 'ERROR',
      annotations: { summary: 'Error rate on {{ $labels.node }} is {{ humanizePercentage $value }}' },
    },
    {
      ...common,
      defaultKey: 'latency-p99',
      name: 'High latency',
      description: 'p99 latency of a GraphQL operation on an API node, averaged over 5 minutes.',
      metric: 'graphql_latency_p99_seconds',
      by: ['node', 'operation'],
      threshold: config.ALERT_DEFAULT_LATENCY_P99_SECONDS,
      severity: 'WARNING',
      annotations: { summary: 'p99 latency of {{ $labels.operation }} on {{ $labels.node }} is {{ $value }}s' },
    },
  ];
}

/** Seeds the default rules that do not exist yet (by their key); edits and disables are kept. */
export async function seedDefaultRules(db: DbOrTx, config: Thresholds): Promise<number> {
  let created = 0;
  for (const rule of defaultRules(config)) if (await insertDefaultRule(db, { ...rule, id: newId() })) created += 1;
  return created;
}
