import type { ServiceDeps } from '../deps';

/** What a running job knows about itself. */
export interface JobInfo {
  id: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

/**
 * A durable task: its name is what `add_job` stores, its handler runs on whichever node's worker
 * takes the job. Handlers must be idempotent: a node killed after the effect but before the job
 * was marked done lets another node run it again (at-least-once), so each handler checks the state
 * it moves forward (a version, a level, a "sent" row) in the same transaction as its effect.
 */
export interface TaskDef<P> {
  name: string;
  run(deps: ServiceDeps, payload: P, job: JobInfo): Promise<void>;
}

export const defineTask = <P>(name: string, run: TaskDef<P>['run']): TaskDef<P> => ({ name, run });

/**
 * A recurring task run once per tick across all nodes (graphile-worker's crontab: every node
 * schedules, one insert per tick wins). `backfillMinutes` replays ticks missed while every node was down.
 */
export interface ScheduleDef {
  task: TaskDef<Record<string, never>>;
  /** Cron pattern, minute resolution (`*\/10 * * * *`). */
  match: string;
  backfillMinutes?: number;
}
