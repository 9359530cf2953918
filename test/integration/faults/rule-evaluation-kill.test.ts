import { readdir, readFile, readlink } from 'node:fs/promises';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';
import { createBuiltinRule, sample, statesOf } from '../alert-rules/rule-support';

/**
 * Two worker nodes share the database; one is SIGKILLed while it is inside a rule's evaluation
 * transaction (blocked on the rule's instance rows, which the test holds locked). The surviving
 * node evaluates the rule within a bound, the breach is recorded as one transition and one alert,
 * and the rule is never evaluated twice in one interval, before, across or after the kill.
 */

// The in-process node serves the API only: every evaluation runs on the spawned worker nodes.
const ctx = useCluster({ env: { WORKER_ENABLED: 'false', METRICS_SAMPLE_SECONDS: '0' } });
const INTERVAL = 5;
const servers: SpawnedServer[] = [];

afterAll(async () => {
  await Promise.allSettled(servers.map((s) => s.stop()));
});

const workerNode = async () => {
  const server = await spawnServer({
    DATABASE_URL: ctx.cluster.dbUrl,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER_EMAIL,
    ADMIN_PASSWORD: OWNER_PASSWORD,
    METRICS_SAMPLE_SECONDS: '0',
    WORKER_POLL_INTERVAL_MS: '100',
    // A killed worker's jobs (a tick it held, say) go back to the queue after 10 s of silence.
    WORKER_STALE_AFTER_SECONDS: '10',
    ALERT_EVALUATION_TICK_MS: '200',
  });
  servers.push(server);
  return server;
};

/** The inode of the TCP socket whose local port is `localPort` and whose peer port is `peerPort`. */
async function socketInode(localPort: number, peerPort: number): Promise<string | undefined> {
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      const port = (addr: string | undefined) => parseInt(addr?.split(':').pop() ?? '', 16);
      if (f.length > 9 && port(f[1]) === localPort && port(f[2]) === peerPort) return f[9];
    }
  }
  return undefined;
}

/** Whether process `pid` holds the socket with that inode among its open files. */
async function holdsSocket(pid: number, inode: string): Promise<boolean> {
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  return links.includes(`socket:[${inode}]`);
}

interface Schedule {
  count: number;
  /** next_evaluation_at, ms since the epoch. */
  next: number;
}

describe('kill -9 of a node in the middle of a rule evaluation', () => {
  it('the surviving node evaluates the rule again; one transition, one alert, never two evaluations in one interval', async () => {
    const sql = ctx.node.database.sql;
    const workers = [await workerNode(), await workerNode()];
    const { rule, metric } = await createBuiltinRule(ctx.owner, { intervalSeconds: INTERVAL });
    const schedule = async (): Promise<Schedule> => {
      const [row] = await sql<Array<{ count: string; next: string }>>`
        select evaluation_count::text as count, (extract(epoch from next_evaluation_at) * 1000)::bigint::text as next
        from alert_rules where id = ${rule.id}`;
      return { count: Number(row!.count), next: Number(row!.next) };
    };
    const history = () =>
      sql<Array<{ host: string; from: string; to: string }>>`
        select labels->>'host' as host, from_state::text as from, to_state::text as to from alert_state_history where rule_id = ${rule.id} order by id`;
    const ruleAlerts = () => sql<Array<{ status: string }>>`select status::text as status from alerts where rule_id = ${rule.id}`;

    // Below the threshold (80): the first evaluation leaves one NORMAL instance and no transition.
    await sample(ctx.node, metric, new Date(), { a: 10 });
    const [{ first }] = await sql<Array<{ first: string }>>`
      update alert_rules set enabled = true, next_evaluation_at = now(), evaluation_count = 0 where id = ${rule.id}
      returning (extract(epoch from next_evaluation_at) * 1000)::bigint::text as first`;
    const t0 = Number(first);
    // Raw SQL bypasses the service's re-arm of the (idle) tick: re-arm it as the service does.
    await sql`select graphile_worker.add_job('alerts.evaluationTick', '{}'::json, job_key => 'alerts:tick')`;
    expect(await until(() => statesOf(ctx.node, rule.id), (s) => s['a'] === 'NORMAL', 20_000)).toEqual({ a: 'NORMAL' });

    // Lock the instance rows, then breach: the next cycle's evaluation blocks inside its transaction.
    const holder = postgres(ctx.cluster.dbUrl, { max: 1, onnotice: () => undefined });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let holderPid!: number;
    const locked = new Promise<void>((resolve, reject) => {
      holder
        .begin(async (tx) => {
          holderPid = (await tx<Array<{ pid: number }>>`select pg_backend_pid() as pid`)[0]!.pid;
          await tx`select 1 from alert_rule_instances where rule_id = ${rule.id} for update`;
          resolve();
          await released;
        })
        .catch(reject);
    });
    // Metrics keep flowing (avg over 10 s stays above 80) so every later cycle sees the breach, not NoData.
    let pushing = true;
    const pusher = (async () => {
      while (pushing) {
        await sample(ctx.node, metric, new Date(), { a: 250 }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 1_000));
      }
    })();
    let victim: SpawnedServer | undefined;
    try {
      await locked;
      // The breaching evaluation re-reads the instances `for update` (rule-evaluator.ts): that is where it waits.
      const blocked = await until(
        () => sql<Array<{ pid: number; client_port: number; query: string }>>`
          select pid, client_port, query from pg_stat_activity where ${holderPid}::int = any(pg_blocking_pids(pid))`,
        (rows) => rows.some((r) => /alert_rule_instances/.test(r.query) && /for update/i.test(r.query)),
        20_000,
      );
      const mid = blocked.find((r) => /alert_rule_instances/.test(r.query) && /for update/i.test(r.query));
      expect(mid, 'an evaluation is waiting inside its transaction').toBeDefined();
      const inode = await socketInode(mid!.client_port, Number(new URL(ctx.cluster.dbUrl).port));
      expect(inode, 'the blocked session\'s socket').toBeDefined();
      for (const w of workers) if (await holdsSocket(w.pid, inode!)) victim = w;
      expect(victim, 'the worker node running the evaluation').toBeDefined();
      await victim!.kill();
    } finally {
      release();
      await locked.catch(() => undefined);
      await holder.end();
    }
    const survivor = workers.find((w) => w !== victim)!;

    // The survivor evaluates the rule again within a bound (a tick the victim held is swept after 10 s).
    const transitions = await until(history, (h) => h.length > 0, 45_000);
    expect(transitions).toEqual([{ host: 'a', from: 'NORMAL', to: 'FIRING' }]);
    // A couple more cycles: the breach is still one transition and one open alert.
    const after = await schedule();
    await until(schedule, (s) => s.count >= after.count + 2, 30_000);
    pushing = false;
    await pusher;
    expect(await history()).toEqual([{ host: 'a', from: 'NORMAL', to: 'FIRING' }]);
    expect(await statesOf(ctx.node, rule.id)).toEqual({ a: 'FIRING' });
    expect(await ruleAlerts()).toEqual([{ status: 'FIRING' }]);
    expect(survivor.logs()).not.toMatch(/uncaught exception/);

    // Never two evaluations in one interval: each claim moves the schedule on by at least one interval.
    const sinceStart = await schedule();
    const cycles = (s: Schedule, from: number) => Math.round((s.next - from) / (INTERVAL * 1000));
    expect(sinceStart.count).toBeLessThanOrEqual(cycles(sinceStart, t0));
    console.info(
      `[kill -9 mid-evaluation] killed worker ${workers.indexOf(victim!) + 1} of 2; ${sinceStart.count} evaluations over ` +
        `${cycles(sinceStart, t0)} cycles (fewer: cycles skipped while a tick the killed node held waited for the sweep)`,
    );

    // The node restarted next to the survivor: two nodes, each cycle evaluated exactly once.
    await workerNode();
    const before = await schedule();
    const later = await until(schedule, (s) => s.next >= before.next + 3 * INTERVAL * 1000, 40_000);
    expect(cycles(later, before.next)).toBeGreaterThanOrEqual(3);
    expect(later.count - before.count).toBe(cycles(later, before.next));
  }, 180_000);
});
