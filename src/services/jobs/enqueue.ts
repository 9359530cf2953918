import { addJob, removeJob, type JobSpec } from '../../db/queries/jobs.queries';
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
