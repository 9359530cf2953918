import { aggregateForRules, type BatchAggregation } from '../../db/queries/alert-rule-batch.queries';
import type { AlertRuleRow } from '../../db/schema';
import { isAppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import { queryBuiltin, type Aggregation } from '../metrics/metric-query';
import { queryPromQL } from '../metrics/promql-client';

/*
 * What a rule's query answers, outside any transaction: the built-in store (one statement, or one
 * for several rules sharing metric, aggregation and window) or a Prometheus-compatible server.
 * Every failure, a timeout included, is an outcome (the rule's error), never a throw.
 */

/** What one query gave: a value per label set, or a failure for the whole rule. */
export type QueryOutcome = { ok: true; results: Array<{ labels: Record<string, string>; value: number | null }> } | { ok: false; message: string };

/** PromQL waits at most half the interval (and PROMETHEUS_TIMEOUT_MS): the next cycle is never late for it. */
export function promqlTimeoutMs(deps: Pick<ServiceDeps, 'config'>, rule: Pick<AlertRuleRow, 'intervalSeconds'>): number {
  return Math.max(100, Math.min(deps.config.PROMETHEUS_TIMEOUT_MS, (rule.intervalSeconds * 1000) / 2));
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function runRuleQuery(deps: ServiceDeps, rule: AlertRuleRow, at: Date): Promise<QueryOutcome> {
  try {
    if (rule.sourceKind === 'PROMQL') {
      const url = deps.config.PROMETHEUS_URL;
      if (!url) return { ok: false, message: 'PROMETHEUS_URL is not configured' };
      const samples = await queryPromQL(url, rule.expr ?? '', {
        at,
        timeoutMs: promqlTimeoutMs(deps, rule),
        bearerToken: deps.config.PROMETHEUS_BEARER_TOKEN,
        tenant: deps.config.PROMETHEUS_TENANT,
      });
      // As Prometheus's alerting rules: the metric name is not one of the alert's labels.
      return { ok: true, results: samples.map(({ labels: { __name__: _name, ...labels }, value }) => ({ labels, value })) };
    }
    const query = queryBuiltin(deps.database.db, {
      metric: rule.metric ?? '',
      matchers: rule.matchers,
      by: rule.by,
      aggregation: (rule.aggregation ?? 'avg') as Aggregation,
      windowSeconds: rule.windowSeconds ?? rule.intervalSeconds,
      at,
    });
    return { ok: true, results: await withTimeout(query, (rule.intervalSeconds * 1000) / 2, 'the query') };
  } catch (err) {
    const message = isAppError(err) || err instanceof Error ? err.message : String(err);
    return { ok: false, message: message.slice(0, 500) };
  }
}

/** Rules one statement can answer together: BUILTIN, same metric, aggregation and window. */
export function batchKey(rule: AlertRuleRow): string | null {
  return rule.sourceKind === 'BUILTIN' ? JSON.stringify([rule.metric, rule.aggregation, rule.windowSeconds ?? rule.intervalSeconds]) : null;
}

/**
 * The queries of rules sharing a batch key, in one statement. Should that statement fail (one
 * rule's regex PostgreSQL refuses), each rule is asked alone, so only the bad rule gets an error.
 */
export async function runBatchedQuery(deps: ServiceDeps, rules: AlertRuleRow[], at: Date): Promise<QueryOutcome[]> {
  if (rules.length === 1) return [await runRuleQuery(deps, rules[0]!, at)];
  const first = rules[0]!;
  const timeoutMs = Math.min(...rules.map((r) => r.intervalSeconds * 1000)) / 2;
  // Rules asking the same question (a warning and a critical threshold, say) share one answer.
  const specs: Array<{ matchers: AlertRuleRow['matchers']; by: string[] }> = [];
  const seenSpecs = new Map<string, number>();
  const slot = rules.map((r) => {
    const key = JSON.stringify([r.matchers, r.by]);
    let i = seenSpecs.get(key);
    if (i === undefined) {
      i = specs.push({ matchers: r.matchers, by: r.by }) - 1;
      seenSpecs.set(key, i);
    }
    return i;
  });
  try {
    const answers = await withTimeout(
      aggregateForRules(deps.database.db, {
        metric: first.metric ?? '',
        aggregation: (first.aggregation ?? 'avg') as BatchAggregation,
        windowSeconds: first.windowSeconds ?? first.intervalSeconds,
        at,
        rules: specs,
      }),
      timeoutMs,
      'the query',
    );
    return slot.map((i) => ({ ok: true, results: answers[i]! }));
  } catch {
    return Promise.all(rules.map((r) => runRuleQuery(deps, r, at)));
  }
}

