import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { UserChangedDocument, createClient, type ControlPlaneClient } from '../sdk/node';
import { OWNER, type BenchInfra } from './cluster';
import { deliver, sampleMemory, scrape, sleep, spawnNodes, spread, timeMe, type BenchServer, type Delivery } from './fanout-support';
import { memory, summarizeOneNode, type CrossFigures, type EventFigures } from './fanout-report';
import { openSwarm, type Swarm } from './ws-swarm';

/** Sizes and waits, from FANOUT_* variables; FANOUT_QUICK=1 switches the defaults to a smoke run. */
export function fanoutSettings(env: NodeJS.ProcessEnv = process.env) {
  const quick = env.FANOUT_QUICK === '1' || env.FANOUT_QUICK === 'true';
  const num = (name: string, full: number, smoke: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return quick ? smoke : full;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${raw}`);
    return value;
  };
  return {
    quick,
    subscribers: num('FANOUT_SUBSCRIBERS', 10_000, 500),
    events: num('FANOUT_EVENTS', 10, 5),
    sessions: Math.max(1, num('FANOUT_SESSIONS', 5, 5)),
    connectConcurrency: Math.max(1, num('FANOUT_CONNECT_CONCURRENCY', 100, 50)),
    /** Longest wait for one event to reach every subscriber before the next is sent. */
    eventTimeoutMs: num('FANOUT_EVENT_TIMEOUT_MS', 30_000, 10_000),
    eventGapMs: num('FANOUT_EVENT_GAP_MS', 250, 100),
    /** Quiet time before one more event, so per-subscriber caches (15 s on main) have expired; 0 skips it. */
    coldGapMs: num('FANOUT_COLD_GAP_MS', 16_000, 2_000),
    settleMs: num('FANOUT_SETTLE_MS', 3_000, 1_000),
    /** How long memory is sampled (every 2 s) after every subscriber has disconnected. */
    releaseMs: num('FANOUT_RELEASE_MS', 6_000, 2_000),
    crossSubscribers: num('FANOUT_CROSS_SUBSCRIBERS', 1_000, 200),
    crossEvents: num('FANOUT_CROSS_EVENTS', 20, 10),
    /** `minimal` (kind, id, name, email, updatedAt) or `sdk` (the SDK's UserChanged: every UserFields field). */
    selection: env.FANOUT_SELECTION === 'sdk' ? ('sdk' as const) : ('minimal' as const),
  };
}
export type FanoutSettings = ReturnType<typeof fanoutSettings>;

const PASSWORD = 'fanout-bench-password';
const MINIMAL = 'subscription FanOut { userChanged { kind user { id name email updatedAt } } }';
const tagOf = (payload: unknown) => (payload as { data?: { userChanged?: { user?: { name?: string } } } })?.data?.userChanged?.user?.name;

interface Setup {
  owner: ControlPlaneClient;
  ownerToken: string;
  /** One session per subscribing user (each holds Admin, so users:read). */
  tokens: string[];
  targetId: string;
}

/** The owner, `sessions` Admin users logged in once each, and a user whose renames are the events. */
async function prepare(server: BenchServer, sessions: number): Promise<Setup> {
  const anonymous = createClient({ url: server.url });
  const { login } = await anonymous.Login(OWNER);
  const owner = createClient({ url: server.url, token: login.accessToken });
  const { permissionSets } = await owner.PermissionSets({ first: 100 });
  const admin = permissionSets.edges.find((e) => e.node.name === 'Admin')!.node.id;
  const stamp = Date.now().toString(36);
  const tokens: string[] = [];
  for (let i = 0; i < sessions; i += 1) {
    const email = `fanout-${stamp}-${i}@example.test`;
    await owner.CreateUser({ input: { email, name: `Fan-out subscriber ${i}`, password: PASSWORD, permissionSetIds: [admin] } });
    tokens.push((await anonymous.Login({ email, password: PASSWORD })).login.accessToken);
  }
  const { createUser } = await owner.CreateUser({
    input: { email: `fanout-${stamp}-target@example.test`, name: 'fan-out target', password: PASSWORD },
  });
  return { owner, ownerToken: login.accessToken, tokens, targetId: createUser.id };
}

const rename = (owner: ControlPlaneClient, id: string, name: string) => () => owner.UpdateUser({ id, input: { name } });

/** Statements one call costs on `server`, the least of three tries (background work only adds). */
async function statementsOf(server: BenchServer, call: (i: number) => Promise<unknown>) {
  let least = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const before = await scrape(server);
    await call(i);
    await sleep(100);
    least = Math.min(least, (await scrape(server)).statements - before.statements);
  }
  return least;
}

/** Renames until one event reaches every socket: proves every subscription is live. */
async function warmUp(swarms: Swarm[], send: (tag: string) => () => Promise<unknown>, run: string, timeoutMs: number) {
  let last: Delivery | undefined;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const tag = `${run}-warm-${attempt}`;
    last = await deliver({ swarms, tag, send: send(tag), timeoutMs });
    if (last.received === last.expected) return { attempts: attempt, missing: 0 };
  }
  return { attempts: 5, missing: last!.expected - last!.received };
}

/** One rename, with `me` probes (owner token) from the first delivery until the last. */
async function measuredEvent(
  server: BenchServer,
  setup: Setup,
  swarms: Swarm[],
  tag: string,
  timeoutMs: number,
  cost: { mutation: number; me: number },
  late: Map<string, number>,
) {
  const before = await scrape(server);
  const meMs: number[] = [];
  let meErrors = 0;
  let fanningOut = true;
  let probing: Promise<void> = Promise.resolve();
  const probe = async () => {
    for (;;) {
      await timeMe(server, setup.ownerToken).then((ms) => meMs.push(ms), () => (meErrors += 1));
      if (!fanningOut) return;
      await sleep(100);
      if (!fanningOut) return;
    }
  };
  const send = rename(setup.owner, setup.targetId, tag);
  const delivery = await deliver({ swarms, tag, send, timeoutMs, late, onFirst: () => (probing = probe()) });
  fanningOut = false;
  await probing;
  await sleep(200);
  const after = await scrape(server);
  const statements = after.statements - before.statements;
  return {
    tag,
    delivery,
    statements,
    fanoutStatements: statements - cost.mutation - (meMs.length + meErrors) * cost.me,
    serverCpuMs: Math.round((after.cpuSeconds - before.cpuSeconds) * 1000),
    meMs,
    meErrors,
  } satisfies EventFigures;
}

/** Figure 1 and 2: `subscribers` sockets on one server process, then figure 3 on two fresh ones. */
export async function runFanoutBench(infra: BenchInfra, s: FanoutSettings = fanoutSettings(), progress: (line: string) => void = () => {}) {
  const run = `fo${Date.now().toString(36)}`;
  const query = s.selection === 'sdk' ? print(UserChangedDocument) : MINIMAL;
  const [a] = await spawnNodes(infra, 1, `${run}a:`);
  let crossNodes: Promise<BenchServer[]> | undefined;
  try {
    const setup = await prepare(a!, s.sessions);
    const cost = {
      mutation: await statementsOf(a!, (i) => rename(setup.owner, setup.targetId, `${run}-baseline-${i}`)()),
      me: await statementsOf(a!, () => timeMe(a!, setup.ownerToken)),
    };
    await sleep(s.settleMs);
    const before = await sampleMemory(a!);
    progress(`fan-out: opening ${s.subscribers} sockets (${s.connectConcurrency} at a time)`);
    const connectStarted = performance.now();
    const swarm = await openSwarm({ wsUrl: a!.wsUrl, tokens: setup.tokens, count: s.subscribers, concurrency: s.connectConcurrency, query, tagOf });
    const connectMs = Math.round(performance.now() - connectStarted);
    await sleep(s.settleMs);
    const idle = await sampleMemory(a!);
    const warm = await warmUp([swarm], (tag) => rename(setup.owner, setup.targetId, tag), run, s.eventTimeoutMs);
    progress(`fan-out: ${swarm.open} open in ${connectMs} ms, warm-up ${warm.attempts} event(s); ${s.events} events`);
    const events: EventFigures[] = [];
    const late = new Map<string, number>();
    for (let i = 1; i <= s.events; i += 1) {
      events.push(await measuredEvent(a!, setup, [swarm], `${run}-event-${i}`, s.eventTimeoutMs, cost, late));
      await sleep(s.eventGapMs);
    }
    let cold: EventFigures | undefined;
    if (s.coldGapMs > 0) {
      progress(`fan-out: ${s.coldGapMs} ms quiet, then one more event`);
      await sleep(s.coldGapMs);
      cold = await measuredEvent(a!, setup, [swarm], `${run}-cold`, s.eventTimeoutMs, cost, late);
    }
    const problems = [...swarm.problems];
    const unexpected = { ...swarm.unexpected };
    const openSockets = swarm.open;
    await swarm.close();
    // The two-node servers boot while the first one's memory is watched (boot is their own CPU).
    crossNodes = spawnNodes(infra, 2, `${run}x:`);
    crossNodes.catch(() => {});
    const released: Array<{ afterMs: number; rssMB: number; heapUsedMB: number }> = [];
    for (let t = 2_000; t <= Math.max(2_000, s.releaseMs); t += 2_000) {
      await sleep(2_000);
      released.push({ afterMs: t, ...memory(await scrape(a!)) });
    }
    const left = await sampleMemory(a!);
    await a!.stop();
    const oneNode = summarizeOneNode({ s, openSockets, connectMs, warm, events, cold, late, cost, problems, unexpected, before, idle, released, left });

    const [ca, cb] = await crossNodes;
    crossNodes = undefined;
    try {
      const cross = await crossNode(ca!, cb!, setup, s, query, run);
      return { oneNode, cross };
    } finally {
      await Promise.all([ca!.stop(), cb!.stop()]);
    }
  } finally {
    await a!.stop();
    if (crossNodes) await crossNodes.then((nodes) => Promise.all(nodes.map((n) => n.stop())), () => {});
  }
}

/** Figure 3: half the sockets on A, half on B, renames sent to A. */
async function crossNode(a: BenchServer, b: BenchServer, setup: Setup, s: FanoutSettings, query: string, run: string): Promise<CrossFigures> {
  const owner = createClient({ url: a.url, token: setup.ownerToken });
  const half = Math.floor(s.crossSubscribers / 2);
  const common = { tokens: setup.tokens, concurrency: s.connectConcurrency, query, tagOf };
  const onA = await openSwarm({ ...common, wsUrl: a.wsUrl, count: half });
  const onB = await openSwarm({ ...common, wsUrl: b.wsUrl, count: s.crossSubscribers - half });
  try {
    const warm = await warmUp([onA, onB], (tag) => rename(owner, setup.targetId, tag), `${run}x`, s.eventTimeoutMs);
    const local: number[] = [];
    const remote: number[] = [];
    const mutationMs: number[] = [];
    let delivered = 0;
    for (let i = 1; i <= s.crossEvents; i += 1) {
      const d = await deliver({ swarms: [onA, onB], tag: `${run}-x-${i}`, send: rename(owner, setup.targetId, `${run}-x-${i}`), timeoutMs: s.eventTimeoutMs });
      local.push(...d.latencies[0]!);
      remote.push(...d.latencies[1]!);
      mutationMs.push(d.mutationMs);
      delivered += d.received;
      await sleep(50);
    }
    return {
      subscribers: { requested: s.crossSubscribers, openOnA: onA.open, openOnB: onB.open },
      events: s.crossEvents,
      warmUpEvents: warm.attempts,
      delivered,
      expected: (onA.open + onB.open) * s.crossEvents,
      aToB: spread(remote),
      aToA: spread(local),
      mutation: spread(mutationMs),
      problems: [...onA.problems, ...onB.problems].slice(0, 5),
      problemCount: onA.problems.length + onB.problems.length,
    };
  } finally {
    await Promise.all([onA.close(), onB.close()]);
  }
}

export type FanoutResult = Awaited<ReturnType<typeof runFanoutBench>>;
