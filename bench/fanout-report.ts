import { mb, spread, type Delivery, type MemorySample, type ServerSample, type Spread } from './fanout-support';
import type { FanoutSettings } from './fanout.bench';

export interface EventFigures {
  tag: string;
  delivery: Delivery;
  /** control_plane_db_statements_total moved by this much over the event ... */
  statements: number;
  /** ... minus the mutation's own statements and those of the `me` probes. */
  fanoutStatements: number;
  serverCpuMs: number;
  meMs: number[];
  meErrors: number;
}

export interface CrossFigures {
  subscribers: { requested: number; openOnA: number; openOnB: number };
  events: number;
  warmUpEvents: number;
  delivered: number;
  expected: number;
  /** Mutation sent to A -> event received by a client on B. */
  aToB: Spread;
  aToA: Spread;
  mutation: Spread;
  problems: string[];
  problemCount: number;
}

export const memory = (s: ServerSample) => ({ rssMB: mb(s.rssBytes), heapUsedMB: mb(s.heapUsedBytes) });
const memoryFigures = (m: MemorySample) => ({ ...memory(m.settled), afterGc: memory(m.collected) });


export function summarizeOneNode(r: {
  s: FanoutSettings;
  openSockets: number;
  connectMs: number;
  warm: { attempts: number; missing: number };
  events: EventFigures[];
  cold: EventFigures | undefined;
  late: Map<string, number>;
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
    /** Seen after the event's timeout, while a later event was being measured (not in `latency`). */
    arrivedLate: list.reduce((n, e) => n + (r.late.get(e.tag) ?? 0), 0),
    perEventDelivered: list.map((e) => e.delivery.received),
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
    eventTimeoutMs: r.s.eventTimeoutMs,
    connectMs: r.connectMs,
    connectStatementsPerSubscriber: r.openSockets ? +((r.idle.settled.statements - r.before.collected.statements) / r.openSockets).toFixed(2) : NaN,
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

export type OneNodeFigures = ReturnType<typeof summarizeOneNode>;

/** Human lines, then one JSON line per figure group (for before/after comparisons). */
export function formatFanoutBench(r: { oneNode: OneNodeFigures; cross: CrossFigures }): string {
  const o = r.oneNode;
  const e = o.events;
  const lat = (x: { p50Ms: number; p99Ms: number; maxMs: number }) => `p50 ${x.p50Ms} ms, p99 ${x.p99Ms} ms, max ${x.maxMs} ms`;
  const lines = [
    `\nfan-out, one node (${o.open}/${o.subscribers} subscribers over ${o.sessions} sessions, userChanged ${o.selection}, server in its own process)`,
    `  connect: ${o.connectMs} ms for all, ${o.connectStatementsPerSubscriber} SQL statements per subscriber; warm-up took ${o.warmUpEvents} event(s)${o.notLiveAfterWarmUp ? `, ${o.notLiveAfterWarmUp} never live` : ''}`,
    `  ${e.count} events: ${e.delivered}/${e.expected} delivered within ${o.eventTimeoutMs} ms${e.arrivedLate ? ` (+${e.arrivedLate} later)` : ''}, ${lat(e.latency)} (mutation sent -> event received; issue 7 target p99 < 1 s)`,
    `  per event: delivered ${e.perEventDelivered.join(', ')}; p99 ${e.perEventP99Ms.join(', ')} ms; last delivery ${e.perEventLastMs.join(', ')} ms`,
    `  SQL statements per event for the fan-out (mutation's own ${o.baselineStatements.mutation} subtracted; target: a handful): ${e.fanoutStatementsPerEvent.join(', ')}`,
    `  server CPU per event: ${e.serverCpuMsPerEvent.join(', ')} ms; mutation answered ${lat(e.mutation)}`,
    `  unrelated me during fan-out: ${lat(e.meDuringFanout)} (${e.meDuringFanout.n} requests, ${e.meErrors} failed)`,
  ];
  if (o.cold) {
    const c = o.cold;
    lines.push(
      `  after ${c.quietMs} ms quiet: ${c.delivered}/${c.expected} delivered within ${o.eventTimeoutMs} ms, ${lat(c.latency)}, ${c.fanoutStatementsPerEvent[0]} statements, CPU ${c.serverCpuMsPerEvent[0]} ms, me ${lat(c.meDuringFanout)}`,
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
    `  ${x.delivered}/${x.expected} delivered; A -> client on B ${lat(x.aToB)} (target p99 < 100 ms); A -> client on A ${lat(x.aToA)}; mutation ${lat(x.mutation)}`,
  );
  if (x.problemCount) lines.push(`  socket problems: ${x.problemCount} (first: ${x.problems[0]})`);
  lines.push(JSON.stringify({ bench: 'fanout.one-node', ...o }), JSON.stringify({ bench: 'fanout.cross-node', ...x }));
  return lines.join('\n');
}
