import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { UserChangedDocument, createClient, type ControlPlaneClient } from '../sdk';
import { OWNER, type BenchInfra } from './cluster';
import { deliver, mb, scrape, sleep, spawnNodes, spread, timeMe, type BenchServer, type Delivery, type ServerSample } from './fanout-support';
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
    eventTimeoutMs: num('FANOUT_EVENT_TIMEOUT_MS', 20_000, 10_000),
    eventGapMs: num('FANOUT_EVENT_GAP_MS', 250, 100),
    /** Quiet time before one more event, so per-subscriber caches (15 s on main) have expired; 0 skips it. */
    coldGapMs: num('FANOUT_COLD_GAP_MS', 16_000, 2_000),
    settleMs: num('FANOUT_SETTLE_MS', 3_000, 1_000),
    /** How long memory is sampled (every 2 s) after every subscriber has disconnected. */
    releaseMs: num('FANOUT_RELEASE_MS', 10_000, 2_000),
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

export interface EventFigures {
  delivery: Delivery;
  /** control_plane_db_statements_total moved by this much over the event ... */
  statements: number;
  /** ... minus the mutation's own statements and those of the `me` probes. */
  fanoutStatements: number;
  serverCpuMs: number;
  meMs: number[];
  meErrors: number;
}

/** One rename, with `me` probes (owner token) from the first delivery until the last. */
async function measuredEvent(server: BenchServer, setup: Setup, swarms: Swarm[], tag: string, timeoutMs: number, cost: { mutation: number; me: number }) {
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
  const delivery = await deliver({ swarms, tag, send: rename(setup.owner, setup.targetId, tag), timeoutMs, onFirst: () => (probing = probe()) });
  fanningOut = false;
  await probing;
  await sleep(200);
  const after = await scrape(server);
  const statements = after.statements - before.statements;
  return {
    delivery,
    statements,
    fanoutStatements: statements - cost.mutation - (meMs.length + meErrors) * cost.me,
    serverCpuMs: Math.round((after.cpuSeconds - before.cpuSeconds) * 1000),
    meMs,
    meErrors,
  } satisfies EventFigures;
}

const memory = (s: ServerSample) => ({ rssMB: mb(s.rssBytes), heapUsedMB: mb(s.heapUsedBytes) });

interface MemorySample {
  /** As read, without forcing anything: what an operator's dashboard shows. */
  settled: ServerSample;
  /** Right after a full GC in the server: live heap. */
  collected: ServerSample;
}

async function sampleMemory(server: BenchServer): Promise<MemorySample> {
  const settled = await scrape(server);
  await server.fullGc();
  return { settled, collected: await scrape(server) };
}

const memoryFigures = (m: MemorySample) => ({ ...memory(m.settled), afterGc: memory(m.collected) });

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
    for (let i = 1; i <= s.events; i += 1) {
      events.push(await measuredEvent(a!, setup, [swarm], `${run}-event-${i}`, s.eventTimeoutMs, cost));
      await sleep(s.eventGapMs);
    }
    let cold: EventFigures | undefined;
    if (s.coldGapMs > 0) {
      progress(`fan-out: ${s.coldGapMs} ms quiet, then one more event`);
      await sleep(s.coldGapMs);
      cold = await measuredEvent(a!, setup, [swarm], `${run}-cold`, s.eventTimeoutMs, cost);
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
    const oneNode = summarizeOneNode({ s, openSockets, connectMs, warm, events, cold, cost, problems, unexpected, before, idle, released, left });

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
async function crossNode(a: BenchServer, b: BenchServer, setup: Setup, s: FanoutSettings, query: string, run: string) {
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

function summarizeOneNode(r: {
  s: FanoutSettings;
  openSockets: number;
  connectMs: number;
  warm: { attempts: number; missing: number };
  events: EventFigures[];
  cold: EventFigures | undefined;
  cost: { mutation: number; me: number };
  problems: string[];
  unexpected: Record<string, number>;
  before: MemorySample;
  idle: MemorySample;
  released: Array<{ afterMs: number; rssMB: number; heapUsedMB: number }>;
  left: MemorySample;
}) {
  const eventSummary = (list: EventFigures[]) => ({
    count: list.length,
    delivered: list.reduce((n, e) => n + e.delivery.received, 0),
    expected: list.reduce((n, e) => n + e.delivery.expected, 0),
    duplicates: list.reduce((n, e) => n + e.delivery.duplicates, 0),
    timedOut: list.filter((e) => e.delivery.timedOut).length,
    latency: spread(list.flatMap((e) => e.delivery.latencies[0]!)),
    perEventP99Ms: list.map((e) => spread(e.delivery.latencies[0]!).p99Ms),
    perEventLastMs: list.map((e) => Math.round(e.delivery.elapsedMs)),
    fanoutStatementsPerEvent: list.map((e) => e.fanoutStatements),
    serverCpuMsPerEvent: list.map((e) => e.serverCpuMs),
    mutation: spread(list.map((e) => e.delivery.mutationMs)),
    meDuringFanout: spread(list.flatMap((e) => e.meMs)),
    meErrors: list.reduce((n, e) => n + e.meErrors, 0),
  });
  const perSocket = (bytes: number) => (r.openSockets ? Math.round(bytes / r.openSockets) : NaN);
  return {
    subscribers: r.s.subscribers,
    open: r.openSockets,
    sessions: r.s.sessions,
    selection: r.s.selection,
    connectMs: r.connectMs,
    warmUpEvents: r.warm.attempts,
    notLiveAfterWarmUp: r.warm.missing,
    baselineStatements: r.cost,
    events: eventSummary(r.events),
    cold: r.cold ? { quietMs: r.s.coldGapMs, ...eventSummary([r.cold]) } : null,
    memory: {
      before: memoryFigures(r.before),
      idle: memoryFigures(r.idle),
      // Both after a full GC: live memory, not garbage left by the connection burst.
      rssBytesPerIdleSubscriber: perSocket(r.idle.collected.rssBytes - r.before.collected.rssBytes),
      heapBytesPerIdleSubscriber: perSocket(r.idle.collected.heapUsedBytes - r.before.collected.heapUsedBytes),
      afterDisconnect: r.released,
      afterDisconnectFinal: memoryFigures(r.left),
      /** Share of the idle subscribers' live heap given back once they left (1 = all of it). */
      heapReturned: +(
        (r.idle.collected.heapUsedBytes - r.left.collected.heapUsedBytes) /
        Math.max(1, r.idle.collected.heapUsedBytes - r.before.collected.heapUsedBytes)
      ).toFixed(2),
    },
    problems: r.problems.slice(0, 5),
    problemCount: r.problems.length,
    unexpectedMessages: r.unexpected,
  };
}

export type FanoutResult = Awaited<ReturnType<typeof runFanoutBench>>;

/** Human lines, then one JSON line per figure group (for before/after comparisons). */
export function formatFanoutBench(r: FanoutResult): string {
  const o = r.oneNode;
  const e = o.events;
  const lat = (x: { p50Ms: number; p99Ms: number; maxMs: number }) => `p50 ${x.p50Ms} ms, p99 ${x.p99Ms} ms, max ${x.maxMs} ms`;
  const lines = [
    `\nfan-out, one node (${o.open}/${o.subscribers} subscribers over ${o.sessions} sessions, userChanged ${o.selection}, server in its own process)`,
    `  connect: ${o.connectMs} ms for all; warm-up took ${o.warmUpEvents} event(s)${o.notLiveAfterWarmUp ? `, ${o.notLiveAfterWarmUp} never live` : ''}`,
    `  ${e.count} events: ${e.delivered}/${e.expected} delivered, ${lat(e.latency)} (mutation sent -> event received)`,
    `  per event: p99 ${e.perEventP99Ms.join(', ')} ms; last delivery ${e.perEventLastMs.join(', ')} ms`,
    `  SQL statements per event for the fan-out (mutation's own ${o.baselineStatements.mutation} subtracted): ${e.fanoutStatementsPerEvent.join(', ')}`,
    `  server CPU per event: ${e.serverCpuMsPerEvent.join(', ')} ms; mutation answered ${lat(e.mutation)}`,
    `  unrelated me during fan-out: ${lat(e.meDuringFanout)} (${e.meDuringFanout.n} requests, ${e.meErrors} failed)`,
  ];
  if (o.cold) {
    const c = o.cold;
    lines.push(
      `  after ${c.quietMs} ms quiet: ${c.delivered}/${c.expected} delivered, ${lat(c.latency)}, ${c.fanoutStatementsPerEvent[0]} statements, CPU ${c.serverCpuMsPerEvent[0]} ms, me ${lat(c.meDuringFanout)}`,
    );
  }
  const m = o.memory;
  const mem = (x: { rssMB: number; heapUsedMB: number; afterGc: { rssMB: number; heapUsedMB: number } }) =>
    `${x.rssMB} MB RSS / ${x.heapUsedMB} MB heap (after GC ${x.afterGc.rssMB} / ${x.afterGc.heapUsedMB})`;
  const gone = m.afterDisconnect.map((x) => `${x.afterMs / 1000} s ${x.rssMB} / ${x.heapUsedMB}`).join(', ');
  lines.push(
    `  server memory before: ${mem(m.before)}; with idle subscribers: ${mem(m.idle)}`,
    `  per idle subscriber (after GC): ${m.rssBytesPerIdleSubscriber} B RSS, ${m.heapBytesPerIdleSubscriber} B heap`,
    `  after all left: ${gone} MB; then ${mem(m.afterDisconnectFinal)}; heap returned ${Math.round(m.heapReturned * 100)} %`,
  );
  if (o.problemCount) lines.push(`  socket problems: ${o.problemCount} (first: ${o.problems[0]})`);
  const x = r.cross;
  lines.push(
    `\nfan-out across nodes (${x.subscribers.openOnA} subscribers on A + ${x.subscribers.openOnB} on B, ${x.events} renames sent to A)`,
    `  ${x.delivered}/${x.expected} delivered; A -> client on B ${lat(x.aToB)}; A -> client on A ${lat(x.aToA)}; mutation ${lat(x.mutation)}`,
  );
  if (x.problemCount) lines.push(`  socket problems: ${x.problemCount} (first: ${x.problems[0]})`);
  lines.push(JSON.stringify({ bench: 'fanout.one-node', ...o }), JSON.stringify({ bench: 'fanout.cross-node', ...x }));
  return lines.join('\n');
}
