import { addJob } from '../../db/queries/jobs.queries';
import { claimDueRules, nextDueAt } from '../../db/queries/alert-rules.queries';
import type { Database } from '../../db/client';
import type { AlertRuleRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { enqueue } from '../jobs/enqueue';
import { defineTask } from '../jobs/task';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { batchKey, evaluateGroup, evaluateRule, runBatchedQuery, type QueryOutcome } from './rule-evaluator';

export const TICK_JOB_KEY = 'alerts:tick';
const TICK_TASK = 'alerts.evaluationTick';
/** With no rule due sooner, the tick still runs this often (a rule saved meanwhile re-arms it at once). */
export const IDLE_TICK_MS = 10_000;

/**
 * Evaluations this process is running, per database and per source: bounded by its concurrency
 * setting, detached from the tick job (the job ends once it has claimed; a slow rule holds a slot
 * here, never the job queue), drained when the node stops.
 */
class EvaluationPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  readonly inflight = new Set<Promise<unknown>>();
  constructor(private readonly limit: number) {}

  get size(): number {
    return this.inflight.size;
  }

  submit(work: () => Promise<unknown>, onError: (err: unknown) => void): void {
    const p = this.acquire()
      .then(work)
      .catch(onError)
      .finally(() => {
        this.release();
        this.inflight.delete(p);
      });
    this.inflight.add(p);
  }

  private acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }

  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }
}

/**
 * BUILTIN rules (the store in PostgreSQL) and PROMQL rules (a remote server that may hang up to
 * PROMETHEUS_TIMEOUT_MS) each have a pool of their own: a Prometheus outage fills only the PromQL
 * pool, so built-in rules keep their schedule, and a slow store never holds PromQL rules up.
 */
interface NodePools {
  BUILTIN: EvaluationPool;
  PROMQL: EvaluationPool;
}
const pools = new WeakMap<Database, NodePools>();
function poolsOf(deps: ServiceDeps): NodePools {
  let mine = pools.get(deps.database);
  if (!mine) {
    mine = { BUILTIN: new EvaluationPool(deps.config.ALERT_EVALUATION_CONCURRENCY), PROMQL: new EvaluationPool(deps.config.ALERT_PROMQL_CONCURRENCY) };
    pools.set(deps.database, mine);
  }
  return mine;
}

/** Waits for this process's running evaluations on that database (node shutdown). */
export async function drainRuleEvaluations(database: Database): Promise<void> {
  const mine = pools.get(database);
  if (mine) await Promise.all([mine.BUILTIN.drain(), mine.PROMQL.drain()]);
}

/** Re-arms the tick chain at `runAt` (one keyed job: every add_job of the key lands on it). */
export function scheduleTick(uow: Pick<UnitOfWork, 'tx'>, runAt: Date): Promise<void> {
  return enqueue(uow, evaluationTickTask, {}, { jobKey: TICK_JOB_KEY, runAt, jobKeyMode: 'replace' });
}

/**
 * One tick: claims the due rules and re-arms the next tick in one short transaction (the chain
 * lives as long as the claims commit), then hands the rules to this node's evaluation pools.
 * Claims take at most what each pool has room for, so a busy node leaves rules to the others.
 * BUILTIN rules may queue in their pool (up to the claim limit: store queries are short and
 * bounded by half the interval); PromQL rules are claimed only for free slots, since queued
 * behind a hanging server they would be late anyway, and unclaimed they stay due for another
 * node or the next tick (oldest first).
 */
export async function runEvaluationTick(deps: ServiceDeps, now = new Date()): Promise<{ claimed: AlertRuleRow[]; done: Promise<void> }> {
  const mine = poolsOf(deps);
  const { config } = deps;
  const builtinRoom = Math.max(0, config.ALERT_EVALUATION_CLAIM_LIMIT - mine.BUILTIN.size);
  const promqlRoom = Math.max(0, Math.min(config.ALERT_EVALUATION_CLAIM_LIMIT, config.ALERT_PROMQL_CONCURRENCY) - mine.PROMQL.size);
  const claimed = await inTransaction(deps, deps.log, async (uow) => {
    const rules = [...(await claimDueRules(uow.tx, now, builtinRoom, 'BUILTIN')), ...(await claimDueRules(uow.tx, now, promqlRoom, 'PROMQL'))];
    const due = await nextDueAt(uow.tx);
    const earliest = now.getTime() + config.ALERT_EVALUATION_TICK_MS;
    const latest = now.getTime() + IDLE_TICK_MS;
    const at = due ? Math.min(latest, Math.max(earliest, due.getTime())) : latest;
    await scheduleTick(uow, new Date(at));
    return rules;
  });
  // Rules one statement can answer are queried together; each rule's results are then written in
  // a transaction of its own. A group's task only queries and hands the writes back to the pool.
  const groups = new Map<string, AlertRuleRow[]>();
  for (const rule of claimed) {
    const key = batchKey(rule) ?? `rule:${rule.id}`;
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  const done: Array<Promise<void>> = [];
  const failed = (ruleId: string) => (err: unknown) => deps.log.error({ err, ruleId }, 'alert rule evaluation failed');
  for (const rules of groups.values()) {
    // A batch shares one source (batchKey), so the group and its writes stay in that source's pool.
    const pool = mine[rules[0]!.sourceKind];
    done.push(
      new Promise<void>((resolve) =>
        pool.submit(
          async () => {
            const started = performance.now();
            const outcomes = await runBatchedQuery(deps, rules, now);
            const queryMs = performance.now() - started;
            const writes: Array<Promise<void>> = [];
            const write = (rule: AlertRuleRow, outcome: QueryOutcome) =>
              writes.push(new Promise<void>((written) => pool.submit(() => evaluateRule(deps, rule, now, outcome, queryMs).finally(written), (err) => (failed(rule.id)(err), written()))));
            try {
              await evaluateGroup(deps, rules, outcomes, now, queryMs, write);
            } finally {
              void Promise.all(writes).then(() => resolve());
            }
          },
          (err) => {
            resolve();
            failed(rules[0]!.id)(err);
          },
        ),
      ),
    );
  }
  return { claimed, done: Promise.all(done).then(() => undefined) };
}

export const evaluationTickTask = defineTask<Record<string, never>>(TICK_TASK, async (deps) => {
  try {
    await runEvaluationTick(deps);
  } catch (err) {
    // The claim failed (database trouble): keep the chain alive at the idle pace, then report.
    await deps.database.db
      .transaction((tx) => addJob(tx, { task: TICK_TASK, payload: {}, jobKey: TICK_JOB_KEY, runAt: new Date(Date.now() + deps.config.ALERT_EVALUATION_TICK_MS), jobKeyMode: 'replace' }))
      .catch(() => undefined);
    throw err;
  }
});

export const ensureTickTask = defineTask<Record<string, never>>('alerts.ensureTick', (deps) => ensureEvaluationTick(deps));

/**
 * Makes sure the tick chain exists (node start): `preserve_run_at` leaves a pending tick as it is,
 * so nodes starting together never push the schedule back.
 */
export async function ensureEvaluationTick(deps: Pick<ServiceDeps, 'database'>): Promise<void> {
  await deps.database.db.transaction((tx) => addJob(tx, { task: TICK_TASK, payload: {}, jobKey: TICK_JOB_KEY, runAt: new Date(), jobKeyMode: 'preserve_run_at' }));
}
