import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';
import { ALL, alertKey } from '../alerts/helpers';
import { counts, fire, ladder, sleep } from './helpers';

/** The alert-state advisory lock every alert change (and every escalation step) takes first. */
const ALERT_STATE_LOCK = 710_010;

let sink: DeliverySink;
let cluster: TestCluster;
let node: TestNode;
let owner: ControlPlaneClient;
const servers: SpawnedServer[] = [];

beforeAll(async () => {
  sink = await DeliverySink.start();
  // The in-process node serves the API only: every job runs on the spawned worker nodes.
  cluster = await startCluster({ env: { WORKER_ENABLED: 'false', ALLOW_PRIVATE_TARGETS: 'true' } });
  node = cluster.nodes[0]!;
  owner = await node.owner();
}, 60_000);
afterAll(async () => {
  for (const s of servers) await s.stop();
  await cluster?.close();
  await sink?.close();
});

const workerNode = async () => {
  const server = await spawnServer({
    DATABASE_URL: cluster.dbUrl,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER_EMAIL,
    ADMIN_PASSWORD: OWNER_PASSWORD,
    ALLOW_PRIVATE_TARGETS: 'true',
    WORKER_POLL_INTERVAL_MS: '100',
    WORKER_STALE_AFTER_SECONDS: '10',
  });
  servers.push(server);
  return server;
};

describe('escalation across a crash', () => {
  it('a node killed with SIGKILL while running a step: another node runs that level exactly once', async () => {
    const key = await alertKey(node, owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
    const victim = await workerNode();
    const b = `/kill/${randomUUID().slice(0, 8)}`;
    const policy = await ladder(owner, sink, b, [3, 60, 60]);
    const id = await fire(node, owner, key, { escalation_policy: policy.name, case: b });
    await until(async () => counts(sink, b, 1), (c) => c[0] === 1);

    // Hold the alert-state lock so the victim's step job blocks mid-transaction, holding the job.
    const holder = postgres(cluster.dbUrl, { max: 1, onnotice: () => undefined });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const held = holder.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${ALERT_STATE_LOCK}::int, 0)`;
      await released;
    });
    try {
      const jobKey = `alerts:escalate:${id}`;
      await until(async () => (await node.database.sql<Array<{ locked_by: string | null }>>`select locked_by from graphile_worker.jobs where key = ${jobKey}`)[0]?.locked_by ?? null, (v) => v !== null, 20_000);
      await victim.kill();
    } finally {
      release();
      await held;
      await holder.end();
    }
    // The killed node's transaction never committed: still level 0, nothing sent for level 1.
    expect((await owner.Alert({ id })).alert.escalationLevel).toBe(0);
    expect(counts(sink, b, 2)).toEqual([1, 0]);

    await workerNode();
    await until(async () => counts(sink, b, 2), (c) => c[1] >= 1, 60_000);
    await sleep(1500);
    expect(counts(sink, b, 3)).toEqual([1, 1, 0]);
    expect((await owner.Alert({ id })).alert.escalationLevel).toBe(1);
    const notes = await node.database.sql`select 1 from alert_notes where alert_id = ${id} and action = 'ESCALATED'`;
    expect(notes).toHaveLength(1);
  }, 120_000);
});
