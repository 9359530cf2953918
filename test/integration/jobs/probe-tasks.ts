// Tasks used by the job tests only: each records its run in job_probe, so a test counts runs.
import { sql } from 'drizzle-orm';
import { defineTask } from '../../../src/services/jobs/task';

export const PROBE_TABLE = `create table if not exists job_probe (id bigserial primary key, key text not null, runner text not null, at timestamptz not null default now())`;

export const recordTask = (runner: string) =>
  defineTask<{ key: string }>('test.record', async (deps, payload) => {
    await deps.database.db.execute(sql`insert into job_probe (key, runner) values (${payload.key}, ${runner})`);
  });

/** Records its start, then never finishes (until the process dies): a job held by a worker. */
export const hangTask = (runner: string) =>
  defineTask<{ key: string }>('test.hang', async (deps, payload) => {
    await deps.database.db.execute(sql`insert into job_probe (key, runner) values (${payload.key}, ${runner})`);
    await new Promise(() => undefined);
  });

/** On any runner but the child's, the held job completes normally. */
export const finishTask = (runner: string) =>
  defineTask<{ key: string }>('test.hang', async (deps, payload) => {
    await deps.database.db.execute(sql`insert into job_probe (key, runner) values (${payload.key}, ${runner})`);
  });
