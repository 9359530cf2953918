import { addJob, addJobs, removeJob, removeJobs, type JobSpec } from '../../db/queries/jobs.queries';
import type { UnitOfWork } from '../shared/unit-of-work';
import type { TaskDef } from './task';

export type EnqueueOptions = Omit<JobSpec, 'task' | 'payload'>;

/**
 * Enqueues a durable job in the unit of work's transaction: it exists if and only if the change
 * that caused it commits, and graphile-worker wakes a worker on some node right after commit.
 */
export async function enqueue<P>(uow: Pick<UnitOfWork, 'tx'>, task: TaskDef<P>, payload: P, opts: EnqueueOptions = {}): Promise<void> {
  await addJob(uow.tx, { task: task.name, payload, ...opts });
}

/** Cancels a pending keyed job in the unit of work's transaction (a timer that is no longer due). */
export async function cancelJob(uow: Pick<UnitOfWork, 'tx'>, jobKey: string): Promise<void> {
  await removeJob(uow.tx, jobKey);
}

/** `enqueue` for many jobs of one task in one statement (an intake batch's timers). */
export async function enqueueMany<P>(uow: Pick<UnitOfWork, 'tx'>, task: TaskDef<P>, jobs: Array<{ payload: P; opts?: Omit<EnqueueOptions, 'jobKeyMode'> }>): Promise<void> {
  await addJobs(uow.tx, jobs.map((j) => ({ task: task.name, payload: j.payload, ...j.opts })));
}

/** `cancelJob` for many keys in one statement. */
export async function cancelJobs(uow: Pick<UnitOfWork, 'tx'>, jobKeys: string[]): Promise<void> {
  await removeJobs(uow.tx, jobKeys);
}
