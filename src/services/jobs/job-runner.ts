import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { Logger as WorkerLogger, parseCronItems, run, runMigrations, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import { Pool } from 'pg';
import type { Database } from '../../db/client';
import { forgetWorkers, recordHeartbeats, sweepDeadWorkers } from '../../db/queries/jobs.queries';
import type { Logger } from '../../logger';
import { jobsTotal } from '../../metrics/registry';
import type { ServiceDeps } from '../deps';
import type { ScheduleDef, TaskDef } from './task';

export interface JobRunnerSettings {
  url: string;
  concurrency: number;
  pollIntervalMs: number;
  /** A worker silent this long is declared dead and its locked jobs go back to the queue. */
  staleAfterSeconds: number;
}

const HEARTBEAT_MS = 5_000;
const RESTART_MIN_MS = 1_000;
const RESTART_MAX_MS = 30_000;
/** No worker asked for a job this long (and none runs): the runner is stuck. */
const STALL_MIN_MS = 20_000;

/**
 * This node's share of the durable work: a graphile-worker runner over every registered task and
 * schedule, on its own small `pg` pool (graphile-worker's driver), so background work never takes a
 * request's connection. PostgreSQL going away never ends the process: the runner is restarted with
 * a growing pause. Workers heartbeat through the background pool; any node unlocks the jobs of a
 * worker that stopped (graphile-worker alone would keep them locked for four hours after a kill -9).
 */
export class JobRunner {
  private runner: Runner | null = null;
  private pool: Pool | null = null;
  private readonly workerIds = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  private restartTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;
  /**
   * Since when this node's heartbeats have succeeded without a break (null after a failure). A node
   * sweeps only after it has itself been healthy for the stale period: after an outage every living
   * node has that long to beat again before anyone declares it dead and runs its jobs a second time.
   */
  private healthySince: number | null = null;
  /** When a worker last asked for a job, and how many jobs run now: what the stall watchdog reads. */
  private lastPollAt = Date.now();
  private activeJobs = 0;
  private readonly node = `${hostname()}:${process.pid}`;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly background: Database,
    private readonly tasks: readonly TaskDef<never>[],
    private readonly schedules: readonly ScheduleDef[],
    private readonly settings: JobRunnerSettings,
    private readonly log: Logger,
  ) {}

  /** Installs graphile-worker's schema (under its own lock, safe on several nodes at once). */
  static async migrate(url: string, log: Logger): Promise<void> {
    const pool = new Pool({ connectionString: url, max: 1 });
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    try {
      await runMigrations({ pgPool: pool, logger: workerLogger(log) });
    } finally {
      await pool.end();
    }
  }

  async start(): Promise<void> {
    await this.launch();
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private async launch(): Promise<void> {
    const pool = new Pool({ connectionString: this.settings.url, max: this.settings.concurrency + 2, connectionTimeoutMillis: 5_000, application_name: 'control-plane-worker' });
    // An idle client's socket dying (PostgreSQL restarted) is reported here; unhandled it would end the process.
    pool.on('error', (err) => this.log.warn({ err: err.message }, 'jobs: idle connection lost'));
    pool.on('connect', (client) => client.on('error', (err) => this.log.warn({ err: err.message }, 'jobs: connection lost')));
    this.pool = pool;
    // Listening before run(): its workers are created (and announced) before it returns.
    const events = new EventEmitter() as WorkerEvents;
    // Jobs are locked by the pool's id (graphile-worker's local queue) or a worker's: heartbeat both.
    events.on('pool:create', ({ workerPool }) => this.workerIds.add(workerPool.id));
    events.on('worker:create', ({ worker }) => this.workerIds.add(worker.workerId));
    events.on('worker:getJob:start', () => (this.lastPollAt = Date.now()));
    events.on('job:start', () => (this.activeJobs += 1));
    events.on('job:complete', () => (this.activeJobs = Math.max(0, this.activeJobs - 1)));
    events.on('job:success', ({ job }) => jobsTotal.inc({ task: job.task_identifier, outcome: 'success' }));
    events.on('job:error', ({ job }) => jobsTotal.inc({ task: job.task_identifier, outcome: 'error' }));
    events.on('job:failed', ({ job }) => jobsTotal.inc({ task: job.task_identifier, outcome: 'failed' }));
    const runner = await run({
      events,
      pgPool: pool,
      concurrency: this.settings.concurrency,
      pollInterval: this.settings.pollIntervalMs,
      noHandleSignals: true,
      logger: workerLogger(this.log),
      taskList: this.taskList(),
      parsedCronItems: parseCronItems(
        this.schedules.map((s) => ({
          task: s.task.name,
          match: s.match,
          identifier: s.task.name,
          options: { backfillPeriod: (s.backfillMinutes ?? 0) * 60_000, maxAttempts: 3 },
        })),
      ),
    });
    this.runner = runner;
    this.failures = 0;
    this.lastPollAt = Date.now();
    this.activeJobs = 0;
    void this.beat();
    runner.promise.then(
      () => undefined,
      (err: unknown) => this.relaunchLater(err),
    );
  }

  private taskList(): TaskList {
    const list: TaskList = {};
    for (const task of this.tasks) {
      list[task.name] = async (payload, helpers) => {
        const job = helpers.job;
        await task.run(this.deps, payload as never, { id: job.id, attempt: job.attempts, maxAttempts: job.max_attempts });
      };
    }
    return list;
  }

  private relaunchLater(err: unknown): void {
    if (this.stopped) return;
    this.failures += 1;
    const delay = Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** (this.failures - 1));
    this.log.warn({ err: err instanceof Error ? err.message : String(err), retryInMs: delay }, 'jobs: runner stopped; restarting');
    const old = this.pool;
    this.runner = null;
    this.pool = null;
    // The stopped runner's workers are no longer heartbeated: any node (this one too) sweeps them
    // once stale, releasing whatever they still held.
    this.workerIds.clear();
    void old?.end().catch(() => undefined);
    this.restartTimer = setTimeout(() => {
      this.launch().catch((e: unknown) => this.relaunchLater(e));
    }, delay);
    this.restartTimer.unref();
  }

  private async beat(): Promise<void> {
    if (this.stopped) return;
    try {
      await recordHeartbeats(this.background.db, [...this.workerIds], this.node);
      this.healthySince ??= Date.now();
      this.restartIfStalled();
      if (Date.now() - this.healthySince < this.settings.staleAfterSeconds * 1000) return;
      const dead = await sweepDeadWorkers(this.background.db, this.settings.staleAfterSeconds);
      if (dead.length > 0) this.log.warn({ workers: dead }, 'jobs: unlocked the jobs of workers that stopped answering');
    } catch (err) {
      this.healthySince = null;
      this.log.debug({ err: (err as Error).message }, 'jobs: heartbeat failed; next beat retries');
    }
  }

  /**
   * The database answers (a heartbeat just succeeded), no job is running, yet no worker has asked
   * for one in a long while: the runner's loop is stuck (graphile-worker can stall after an outage,
   * graphile/worker#185 and #541) and is replaced. Never while a job runs: that one would run twice.
   */
  private restartIfStalled(): void {
    const stalledFor = Date.now() - this.lastPollAt;
    if (!this.runner || this.activeJobs > 0 || stalledFor < Math.max(STALL_MIN_MS, 50 * this.settings.pollIntervalMs)) return;
    const runner = this.runner;
    this.log.warn({ stalledForMs: stalledFor }, 'jobs: workers stopped asking for jobs; restarting the runner');
    this.lastPollAt = Date.now();
    void Promise.race([runner.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]).then(() => {
      if (this.runner === runner) this.relaunchLater(new Error('stalled'));
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const runner = this.runner;
    this.runner = null;
    if (runner) {
      // Bounded: a job stuck on a dead dependency must not hold the shutdown forever.
      await Promise.race([runner.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000).unref())]);
    }
    await forgetWorkers(this.background.db, [...this.workerIds]).catch(() => undefined);
    await this.pool?.end().catch(() => undefined);
  }
}

/** graphile-worker's log lines into ours, at the same levels; its debug chatter stays at debug. */
function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { component: 'jobs', task: scope.taskIdentifier, jobId: scope.jobId, ...(meta?.error ? { err: String((meta.error as Error)?.message ?? meta.error) } : {}) };
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else if (level === 'info') log.info(fields, message);
    else log.debug(fields, message);
  });
}
