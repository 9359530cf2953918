import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ClientModule from '../../../src/db/client';
import type * as LoggerModule from '../../../src/logger';
import type * as RunnerModule from '../../../src/services/jobs/job-runner';
import type * as EnqueueModule from '../../../src/services/jobs/enqueue';
import type * as ProbeModule from './probe-tasks';
import type { ServiceDeps } from '../../../src/services/deps';
import type { JobRunner as Runner } from '../../../src/services/jobs/job-runner';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';

const { connectDatabase } = loadServerModule<typeof ClientModule>('../../src/db/client.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const { JobRunner } = loadServerModule<typeof RunnerModule>('../../src/services/jobs/job-runner.ts');
const { enqueue } = loadServerModule<typeof EnqueueModule>('../../src/services/jobs/enqueue.ts');
const probe = loadServerModule<typeof ProbeModule>('../integration/jobs/probe-tasks.ts');

const fx = useCluster({ owner: false });
const log = createLogger('error');
let database: ClientModule.Database;
const runners: Runner[] = [];

function startRunner(name: string, tasks: ReturnType<typeof probe.recordTask>[]): Promise<Runner> {
  const runner = new JobRunner({ database, log } as unknown as ServiceDeps, database, tasks as never[], [], { url: fx.cluster.dbUrl, concurrency: 2, pollIntervalMs: 200, staleAfterSeconds: 10 }, log);
  runners.push(runner);
  return runner.start().then(() => runner);
}

async function runs(key: string): Promise<Array<{ runner: string }>> {
  return (await database.sql`select runner from job_probe where key = ${key} order by id`) as unknown as Array<{ runner: string }>;
}

beforeAll(async () => {
  database = connectDatabase(fx.cluster.dbUrl, { max: 4 });
  await database.sql.unsafe(probe.PROBE_TABLE);
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  await database.close();
});

describe('durable jobs (graphile-worker)', () => {
  it('a job enqueued in a committed transaction runs once; one from a rolled-back transaction never runs', async () => {
    await startRunner('a', [probe.recordTask('a')]);
    const task = probe.recordTask('a');
    await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'committed' }));
    await database.db
      .transaction(async (tx) => {
        await enqueue({ tx }, task, { key: 'rolled-back' });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await until(() => runs('committed'), (r) => r.length > 0, 10_000)).toHaveLength(1);
    // The committed job ran; the rolled-back one never existed (the alert evaluation tick is always pending).
    const [{ n }] = (await database.sql`select count(*)::int as n from graphile_worker.jobs where key is distinct from 'alerts:tick'`) as unknown as [{ n: number }];
    expect(n).toBe(0);
    expect(await runs('rolled-back')).toHaveLength(0);
  });

  it('two runners on one database run each of 60 jobs exactly once', async () => {
    await startRunner('b', [probe.recordTask('b')]);
    const task = probe.recordTask('x');
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 60; i += 1) await enqueue({ tx }, task, { key: `many-${i}` });
    });
    const rows = await until(
      async () => (await database.sql`select key, count(*)::int as n from job_probe where key like 'many-%' group by key`) as unknown as Array<{ key: string; n: number }>,
      (r) => r.length === 60,
      20_000,
    );
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it('a keyed job is replaced, not doubled', async () => {
    const task = probe.recordTask('x');
    const later = new Date(Date.now() + 60_000);
    await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'keyed-1' }, { jobKey: 'probe-key', runAt: later }));
    await database.db.transaction(async (tx) => enqueue({ tx }, task, { key: 'keyed-2' }, { jobKey: 'probe-key', runAt: later }));
    const rows = (await database.sql`select payload->>'key' as key from graphile_worker._private_jobs where key = 'probe-key'`) as unknown as Array<{ key: string }>;
    expect(rows.map((r) => r.key)).toEqual(['keyed-2']);
  });

  it('the job of a worker killed with SIGKILL is unlocked after the stale period and run by another node, once', async () => {
    let child: ChildProcess | null = null;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'job-runner-child.ts'), fx.cluster.dbUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((ready, fail) => {
        child!.stdout!.on('data', (d: Buffer) => d.toString().includes('READY') && ready());
        child!.once('exit', (code) => fail(new Error(`child exited ${code}`)));
      });
      await database.db.transaction(async (tx) => enqueue({ tx }, probe.hangTask('x'), { key: 'held' }));
      expect((await until(() => runs('held'), (r) => r.length > 0, 10_000)).map((r) => r.runner)).toEqual(['child']);
      child.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
      // A node that knows the task: the job is locked by the dead worker until its heartbeat is stale.
      await startRunner('survivor', [probe.finishTask('survivor') as never]);
      const after = await until(() => runs('held'), (r) => r.length > 1, 40_000);
      expect(after.map((r) => r.runner)).toEqual(['child', 'survivor']);
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await runs('held')).length, 'run once more, not again and again').toBe(2);
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});
