import { inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { workerHeartbeats } from '../schema';

export interface JobSpec {
  task: string;
  payload: unknown;
  /** Not before this time (default: now). */
  runAt?: Date;
  /** A job with the same key is replaced (or kept, per `jobKeyMode`) instead of added twice. */
  jobKey?: string;
  /** graphile-worker's modes: `replace` (default), `preserve_run_at`, `unsafe_dedupe`. */
  jobKeyMode?: 'replace' | 'preserve_run_at' | 'unsafe_dedupe';
  maxAttempts?: number;
  /** Jobs of one queue run one at a time, in order. */
  queueName?: string;
  priority?: number;
}

/**
 * Adds a graphile-worker job in the caller's transaction: it exists only if the change that
 * caused it commits. The casts are needed because postgres.js sends untyped parameters.
 */
export async function addJob(tx: Tx, spec: JobSpec): Promise<void> {
  await tx.execute(sql`select graphile_worker.add_job(
    ${spec.task}::text,
    ${JSON.stringify(spec.payload ?? {})}::json,
    queue_name => ${spec.queueName ?? null}::text,
    run_at => ${spec.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${spec.maxAttempts ?? null}::int,
    job_key => ${spec.jobKey ?? null}::text,
    priority => ${spec.priority ?? null}::int,
    job_key_mode => ${spec.jobKeyMode ?? null}::text
  )`);
}

/**
 * Many jobs in one statement (graphile-worker's add_jobs). Keyed jobs replace a pending job with
 * the same key, as `addJob` in its default mode; keys must be distinct within one call.
 */
export async function addJobs(tx: Tx, specs: Array<Omit<JobSpec, 'jobKeyMode'>>): Promise<void> {
  if (specs.length === 0) return;
  const rows = specs.map((s) => ({
    identifier: s.task,
    payload: s.payload ?? {},
    queue_name: s.queueName ?? null,
    run_at: s.runAt?.toISOString() ?? null,
    max_attempts: s.maxAttempts ?? null,
    job_key: s.jobKey ?? null,
    priority: s.priority ?? null,
  }));
  await tx.execute(sql`select count(*) from graphile_worker.add_jobs(
    array(select json_populate_recordset(null::graphile_worker.job_spec, ${JSON.stringify(rows)}::json)), false)`);
}

/** `removeJob` for many keys in one statement. */
export async function removeJobs(tx: Tx, jobKeys: string[]): Promise<void> {
  if (jobKeys.length === 0) return;
  await tx.execute(sql`select count(graphile_worker.remove_job(k)) from jsonb_array_elements_text(${JSON.stringify(jobKeys)}::jsonb) k`);
}

/** Cancels the pending job with this key (a running one finishes; its key is released). */
export async function removeJob(tx: Tx, jobKey: string): Promise<void> {
  await tx.execute(sql`select graphile_worker.remove_job(${jobKey}::text)`);
}

export async function recordHeartbeats(db: DbOrTx, workerIds: string[], node: string): Promise<void> {
  if (workerIds.length === 0) return;
  await db
    .insert(workerHeartbeats)
    .values(workerIds.map((workerId) => ({ workerId, node })))
    .onConflictDoUpdate({ target: workerHeartbeats.workerId, set: { seenAt: sql`now()`, node } });
}

export async function forgetWorkers(db: DbOrTx, workerIds: string[]): Promise<void> {
  if (workerIds.length === 0) return;
  await db.delete(workerHeartbeats).where(inArray(workerHeartbeats.workerId, workerIds));
}

/**
 * Declares workers silent for longer than `staleSeconds` dead: unlocks their jobs and queues so
 * the living pick them up, and forgets them. Returns the ids. Safe to run on every node at once.
 */
export async function sweepDeadWorkers(db: DbOrTx, staleSeconds: number): Promise<string[]> {
  const dead = await db
    .delete(workerHeartbeats)
    .where(lt(workerHeartbeats.seenAt, sql`now() - make_interval(secs => ${staleSeconds})`))
    .returning({ workerId: workerHeartbeats.workerId });
  const ids = dead.map((d) => d.workerId);
  if (ids.length > 0) await db.execute(sql`select graphile_worker.force_unlock_workers(array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::text[])`);
  return ids;
}
