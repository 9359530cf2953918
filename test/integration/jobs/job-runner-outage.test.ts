import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ClientModule from '../../../src/db/client';
import type * as MigrateModule from '../../../src/db/migrate';
import type * as LoggerModule from '../../../src/logger';
import type * as RunnerModule from '../../../src/services/jobs/job-runner';
import type * as EnqueueModule from '../../../src/services/jobs/enqueue';
import type * as ProbeModule from './probe-tasks';
import type { ServiceDeps } from '../../../src/services/deps';
import type { JobRunner as Runner } from '../../../src/services/jobs/job-runner';
import { loadServerModule } from '../../fixtures/load';
import { startRestartablePostgres, type RestartablePostgres } from '../../setup/restartable-pg';

const { runMigrations } = loadServerModule<typeof MigrateModule>('../../src/db/migrate.ts');
const { connectDatabase } = loadServerModule<typeof ClientModule>('../../src/db/client.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const { JobRunner } = loadServerModule<typeof RunnerModule>('../../src/services/jobs/job-runner.ts');
const { enqueue } = loadServerModule<typeof EnqueueModule>('../../src/services/jobs/enqueue.ts');
const probe = loadServerModule<typeof ProbeModule>('../integration/jobs/probe-tasks.ts');

// PostgreSQL stops and comes back under a running job runner: nothing throws out of it, and jobs
// enqueued before the outage (due during it) and after it all run, once each. The runner's
// warnings are printed: when this fails, they say what it went through.

let pg: RestartablePostgres;
let database: ClientModule.Database;
let runner: Runner;
const lines: string[] = [];

beforeAll(async () => {
  pg = await startRestartablePostgres();
  // Lines are kept (the watchdog test reads them) and echoed (when a test fails, they say what the runner went through).
  const log = createLogger(process.env.JOBS_TEST_LOG ?? 'warn', {
    write: (line: string) => {
      lines.push(line);
      process.stdout.write(line);
    },
  });
  await runMigrations(pg.url);
  await JobRunner.migrate(pg.url, log);
  database = connectDatabase(pg.url, { max: 2 });
  await database.sql.unsafe(probe.PROBE_TABLE);
  runner = new JobRunner({ database, log } as unknown as ServiceDeps, database, [probe.recordTask('r')], [], { url: pg.url, concurrency: 1, pollIntervalMs: 200, staleAfterSeconds: 30 }, log);
  await runner.start();
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await database?.close();
  await pg?.destroy();
});

async function count(key: string): Promise<number> {
  for (let i = 0; ; i += 1) {
    try {
      const [row] = (await database.sql`select count(*)::int as n from job_probe where key = ${key}`) as unknown as [{ n: number }];
      return row.n;
    } catch (err) {
      if (i > 50) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function eventually(key: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = await count(key);
  while (n === 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    n = await count(key);
  }
  return n;
}

describe('job runner through a PostgreSQL outage', () => {
  it('keeps running: a job due during the outage and one enqueued after it both run once', async () => {
    const task = probe.recordTask('r');
    await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'due-during' }, { runAt: new Date(Date.now() + 1_500) }));
    await pg.stop();
    await new Promise((r) => setTimeout(r, 3_000));
    await pg.start();
    await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'after' })).catch(async () => {
      // The pool's first use after the restart may meet a dead connection: once more.
      await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'after' }));
    });
    expect(await eventually('due-during', 40_000)).toBe(1);
    expect(await eventually('after', 40_000)).toBe(1);
  }, 120_000);

  it('a runner whose workers stop asking for jobs while the database answers is replaced, and jobs run once', async () => {
    const task = probe.recordTask('r');
    // Stall every worker: get_job waits on this lock, so no worker asks again; heartbeats still pass.
    const held = database.sql.reserve();
    const conn = await held;
    await conn`begin`;
    await conn`lock table graphile_worker._private_jobs in access exclusive mode`;
    const deadline = Date.now() + 45_000;
    while (!lines.some((l) => l.includes('workers stopped asking for jobs')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(lines.some((l) => l.includes('workers stopped asking for jobs; restarting the runner'))).toBe(true);
    await conn`rollback`;
    conn.release();
    await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'after-stall' }));
    expect(await eventually('after-stall', 40_000)).toBe(1);
  }, 120_000);
});
