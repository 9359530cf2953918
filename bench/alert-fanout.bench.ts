import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { createClient } from '../sdk/node';
import { OWNER, type BenchInfra } from './cluster';
import { freshDatabase } from './compare-support';
import { scrape, sleep, spawnNodes, spread, type Spread } from './fanout-support';
import { startWebhookSink } from './webhook-sink';

export interface AlertFanoutSettings {
  alerts: number;
  /** Distinct values of the `service` label: the route groups by it, so one notification each. */
  groups: number;
  /** Alerts per POST (Prometheus' default batch size is 64; it sends one batch at a time). */
  batch: number;
  groupWaitSeconds: number;
  groupIntervalSeconds: number;
}

export function alertFanoutSettings(env = process.env): AlertFanoutSettings {
  return {
    alerts: Number(env.ALERT_FANOUT_ALERTS ?? 1_000),
    groups: Number(env.ALERT_FANOUT_GROUPS ?? 20),
    batch: Number(env.ALERT_FANOUT_BATCH ?? 64),
    groupWaitSeconds: Number(env.ALERT_FANOUT_GROUP_WAIT_SECONDS ?? 20),
    groupIntervalSeconds: Number(env.ALERT_FANOUT_GROUP_INTERVAL_SECONDS ?? 2),
  };
}

export interface AlertFanoutResult {
  settings: AlertFanoutSettings;
  /** First intake request sent -> last intake answer. */
  intakeMs: number;
  intakePerRequest: Spread;
  intakeRefused: number;
  /** First intake request sent -> the sink holds every one of the alerts. */
  endToEndMs: number | null;
  notifications: number;
  /** Groups that got more than one notification (any of them fails the one-per-group check). */
  groupsNotifiedTwice: number;
  alertsReceived: number;
  distinctAlertsReceived: number;
  /** Alerts whose `service` label differs from the group labels of the notification holding them. */
  misgrouped: number;
  unsigned: number;
  /** Per notification: arrival - (first intake request + groupWait). */
  afterGroupWait: Spread;
  /** Per notification: arrival - (its group's creation + groupWait), i.e. after its flush was due. */
  afterOwnGroupWait: Spread;
  /** Per group: its first flush (its first delivery's createdAt) - when that flush was due. */
  flushAfterDue: Spread;
  /** Per notification: arrival at the sink - its delivery's createdAt (matched by webhook-id: delivery job pickup + send). */
  sendAfterFlush: Spread;
  deliveries: { total: number; succeeded: number; attemptLatency: Spread };
  serverCpuSeconds: number;
  loadAverage: [number, number];
  checks: Array<{ name: string; ok: boolean; detail: string }>;
}

const SIGNING_SECRET = `whsec_${Buffer.from('alert-fanout-bench-signing-key-0123456789').toString('base64')}`;

/**
 * Fan-out end to end: one API node as a child process, a WEBHOOK channel to a loopback sink, a
 * route grouping by `service`, then `alerts` new firing alerts POSTed to /api/v2/alerts in batches
 * of `batch`, one batch at a time as Prometheus sends them. The node groups them (routing hook in
 * the intake transaction), flushes each group once after groupWait (graphile-worker job), and
 * delivers one signed notification per group (one durable delivery job each). The sink counts
 * notifications and the alerts inside them; after everything arrived the bench waits two more
 * group intervals, so a second notification for any group would be counted.
 */
export async function runAlertFanoutBench(infra: BenchInfra, s = alertFanoutSettings(), progress: (line: string) => void = () => {}): Promise<AlertFanoutResult> {
  const load0 = loadavg()[0]!;
  const sink = await startWebhookSink(SIGNING_SECRET);
  const dbUrl = await freshDatabase(infra, 'bench_alert_fanout');
  // Outbound to the loopback sink: the SSRF guard would refuse it otherwise. Everything else at defaults.
  const [api] = await spawnNodes({ ...infra, databaseUrl: dbUrl }, 1, `benchalertfanout${Date.now()}:`, { ALLOW_PRIVATE_TARGETS: 'true' });
  try {
    const { login } = await createClient({ url: api!.url }).Login({ email: OWNER.email, password: OWNER.password });
    const owner = createClient({ url: api!.url, token: login.accessToken });
    const { createApiKey } = await owner.CreateApiKey({
      input: { name: 'bench prometheus', grants: [{ effect: 'ALLOW', action: 'alerts:write', scope: { kind: 'ALL' } }], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const { createChannel } = await owner.CreateChannel({ input: { name: 'fan-out bench sink', type: 'WEBHOOK', settings: { url: `${sink.url}/alerts` }, secrets: { signingSecret: SIGNING_SECRET } } });
    // The root has no receiver: alerts of the default rules (CPU under this load) reach nobody.
    await owner.SetAlertRoutingTree({
      input: {
        groupBy: [],
        routes: [
          {
            matchers: [{ name: 'bench', op: '=', value: 'fanout' }],
            receivers: [createChannel.id],
            groupBy: ['service'],
            groupWait: `${s.groupWaitSeconds}s`,
            groupInterval: `${s.groupIntervalSeconds}s`,
            repeatInterval: '1h',
          },
        ],
      },
    });

    const intake = new URL('/api/v2/alerts', api!.baseUrl).toString();
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    const alert = (n: number, bench: string) => ({
      labels: { alertname: `FanoutAlert${n % 5}`, bench, service: `svc-${n % s.groups}`, instance: `host-${n}:9100`, job: 'node', severity: n % 4 === 0 ? 'critical' : 'warning' },
      annotations: { summary: `fan-out bench alert ${n}` },
      startsAt,
      endsAt,
      generatorURL: 'http://prometheus:9090/graph',
    });
    const post = async (alerts: unknown[]): Promise<{ ok: boolean; ms: number }> => {
      const t = performance.now();
      const res = await fetch(intake, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiKey.secret}` }, body: JSON.stringify(alerts) });
      await res.arrayBuffer();
      return { ok: res.status === 200, ms: performance.now() - t };
    };
    // Warm-up (JIT, pool, plans) with alerts no route sends anywhere.
    for (let w = 0; w < 3; w += 1) {
      if (!(await post(Array.from({ length: s.batch }, (_, i) => alert(w * s.batch + i, 'warmup')))).ok) throw new Error('alert fan-out bench: warm-up push refused');
    }

    const cpu0 = (await scrape(api!)).cpuSeconds;
    progress(`${s.alerts} alerts in batches of ${s.batch}, ${s.groups} groups, groupWait ${s.groupWaitSeconds}s`);
    const t0 = performance.now();
    const answers: Array<{ ok: boolean; ms: number }> = [];
    for (let from = 0; from < s.alerts; from += s.batch) {
      answers.push(await post(Array.from({ length: Math.min(s.batch, s.alerts - from) }, (_, i) => alert(from + i, 'fanout'))));
    }
    const intakeMs = performance.now() - t0;
    progress(`intake done in ${intakeMs.toFixed(0)} ms; waiting for the sink`);

    const distinct = () => new Set(sink.received.flatMap((n) => n.alerts.map((a) => a.fingerprint))).size;
    await sink.until(() => distinct() >= s.alerts, s.groupWaitSeconds * 1000 + 30_000);
    const complete = distinct() >= s.alerts;
    const endToEndMs = complete ? Math.max(...sink.received.map((n) => n.at)) - t0 : null;
    // Anything a group would send next comes at its next flush (groupInterval + the worker's poll).
    progress(`${complete ? 'all' : 'NOT all'} alerts arrived; settling ${2 * s.groupIntervalSeconds + 1} s`);
    await sleep((2 * s.groupIntervalSeconds + 1) * 1000);
    const cpu = (await scrape(api!)).cpuSeconds - cpu0;

    // Every page (newest first), so each group's first delivery is among them however many were sent.
    type Delivery = { id: string; origin: { id: string }; createdAt: string; attempts: Array<{ latencyMs?: number | null }> };
    const deliveries: Delivery[] = [];
    let totalDeliveries = 0;
    for (let after: string | null | undefined = undefined; ; ) {
      const { notificationDeliveries: page } = await owner.NotificationDeliveries({ filter: { channelId: createChannel.id }, first: 100, after });
      deliveries.push(...page.edges.map((e): Delivery => e.node));
      totalDeliveries = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ok = await owner.NotificationDeliveries({ filter: { channelId: createChannel.id, status: 'SUCCEEDED' }, first: 1 });
    const attempts = deliveries.flatMap((d) => d.attempts.map((a) => a.latencyMs ?? NaN)).filter((ms) => Number.isFinite(ms));

    // Group creation times (PostgreSQL's clock, same machine): when each group's flush was due.
    const db = postgres(dbUrl, { max: 1, onnotice: () => {} });
    const groupRows = await db<Array<{ id: string; labels: Record<string, string>; created: Date }>>`select id, group_labels as labels, created_at as created from alert_groups`.finally(() => db.end());
    const dueOf = new Map(groupRows.map((g) => [JSON.stringify(g.labels), g.created.getTime() + s.groupWaitSeconds * 1000]));
    const dueById = new Map(groupRows.map((g) => [g.id, g.created.getTime() + s.groupWaitSeconds * 1000]));
    // Newest first: the last one set per group is its first flush's delivery.
    const firstFlushOf = new Map(deliveries.map((d) => [d.origin.id, new Date(d.createdAt).getTime()]));
    const createdById = new Map(deliveries.map((d) => [d.id, new Date(d.createdAt).getTime()]));
    const lag = (values: Array<number | undefined>) => spread(values.filter((v): v is number => v !== undefined && Number.isFinite(v)));

    const perGroup = new Map<string, number>();
    for (const n of sink.received) perGroup.set(JSON.stringify(n.groupLabels), (perGroup.get(JSON.stringify(n.groupLabels)) ?? 0) + 1);
    const alertsReceived = sink.received.reduce((sum, n) => sum + n.alerts.length, 0);
    const r: AlertFanoutResult = {
      settings: s,
      intakeMs: Math.round(intakeMs),
      intakePerRequest: spread(answers.map((a) => a.ms)),
      intakeRefused: answers.filter((a) => !a.ok).length,
      endToEndMs: endToEndMs === null ? null : Math.round(endToEndMs),
      notifications: sink.received.length,
      groupsNotifiedTwice: [...perGroup.values()].filter((c) => c > 1).length,
      alertsReceived,
      distinctAlertsReceived: distinct(),
      misgrouped: sink.received.reduce((sum, n) => sum + n.alerts.filter((a) => a.labels['service'] !== n.groupLabels['service']).length, 0),
      unsigned: sink.received.filter((n) => !n.signed).length + sink.malformed(),
      afterGroupWait: spread(sink.received.map((n) => n.at - (t0 + s.groupWaitSeconds * 1000))),
      afterOwnGroupWait: lag(sink.received.map((n) => n.wallAt - (dueOf.get(JSON.stringify(n.groupLabels)) ?? NaN))),
      flushAfterDue: lag([...firstFlushOf].map(([groupId, created]) => created - (dueById.get(groupId) ?? NaN))),
      sendAfterFlush: lag(sink.received.map((n) => n.wallAt - (createdById.get(n.id) ?? NaN))),
      deliveries: { total: totalDeliveries, succeeded: ok.notificationDeliveries.totalCount, attemptLatency: spread(attempts) },
      serverCpuSeconds: +cpu.toFixed(2),
      loadAverage: [+load0.toFixed(2), +loadavg()[0]!.toFixed(2)],
      checks: [],
    };
    r.checks = [
      { name: 'intake accepted every batch', ok: r.intakeRefused === 0, detail: `${answers.length - r.intakeRefused}/${answers.length} batches answered 200` },
      {
        name: 'intake finished inside groupWait',
        ok: intakeMs < s.groupWaitSeconds * 1000,
        detail: `${r.intakeMs} ms < ${s.groupWaitSeconds * 1000} ms (otherwise later alerts rightly go in a group's second notification: raise ALERT_FANOUT_GROUP_WAIT_SECONDS)`,
      },
      { name: 'every alert delivered, once', ok: r.distinctAlertsReceived === s.alerts && r.alertsReceived === s.alerts, detail: `${r.distinctAlertsReceived} distinct of ${s.alerts}, ${r.alertsReceived} in all notifications` },
      { name: 'one notification per group', ok: r.notifications === s.groups && perGroup.size === s.groups && r.groupsNotifiedTwice === 0, detail: `${r.notifications} notifications for ${s.groups} groups` },
      { name: 'each notification holds only its group', ok: r.misgrouped === 0, detail: `${r.misgrouped} alerts in another group's notification` },
      { name: 'every notification signed (Standard Webhooks)', ok: r.unsigned === 0, detail: `${r.unsigned} unsigned or malformed` },
      { name: 'notificationDeliveries: one succeeded delivery per notification', ok: r.deliveries.total === r.notifications && r.deliveries.succeeded === r.notifications, detail: `${r.deliveries.succeeded} succeeded of ${r.deliveries.total}` },
    ];
    return r;
  } finally {
    await api!.stop();
    await sink.close();
  }
}

export function alertFanoutPassed(r: AlertFanoutResult): boolean {
  return r.checks.every((c) => c.ok);
}

export function formatAlertFanoutBench(r: AlertFanoutResult): string {
  const s = r.settings;
  return [
    `\nalert fan-out (issue 10): ${s.alerts} firing alerts, batches of ${s.batch} on POST /api/v2/alerts one at a time, route groupBy [service] over ${s.groups} services, groupWait ${s.groupWaitSeconds}s, WEBHOOK channel to a loopback sink`,
    `  intake: ${r.intakeMs} ms for ${Math.ceil(s.alerts / s.batch)} requests (per request p50 ${r.intakePerRequest.p50Ms} ms, p99 ${r.intakePerRequest.p99Ms} ms, max ${r.intakePerRequest.maxMs} ms), ${r.intakeRefused} refused`,
    `  end to end (first intake request -> sink holds all ${s.alerts} alerts): ${r.endToEndMs === null ? 'NEVER (timed out)' : `${r.endToEndMs} ms`}`,
    `  notifications: ${r.notifications} for ${s.groups} groups, ${r.alertsReceived} alerts inside them (${r.distinctAlertsReceived} distinct)`,
    `  per notification, arrival after (first intake + groupWait): p50 ${r.afterGroupWait.p50Ms} ms, p99 ${r.afterGroupWait.p99Ms} ms, max ${r.afterGroupWait.maxMs} ms`,
    `  the same after its own group's flush was due (group created + groupWait): p50 ${r.afterOwnGroupWait.p50Ms} ms, p99 ${r.afterOwnGroupWait.p99Ms} ms; of which first flush started after due p50 ${r.flushAfterDue.p50Ms} ms, p99 ${r.flushAfterDue.p99Ms} ms, and flush -> sink p50 ${r.sendAfterFlush.p50Ms} ms, p99 ${r.sendAfterFlush.p99Ms} ms`,
    `  notificationDeliveries: ${r.deliveries.total} (${r.deliveries.succeeded} SUCCEEDED), attempt latency p50 ${r.deliveries.attemptLatency.p50Ms} ms, max ${r.deliveries.attemptLatency.maxMs} ms`,
    `  server CPU ${r.serverCpuSeconds} s over the run; 1-min load average ${r.loadAverage[0]} before, ${r.loadAverage[1]} after (2 cores)`,
    ...r.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
    alertFanoutPassed(r) ? '  all checks passed' : '  ALERT FAN-OUT CHECKS FAILED',
    JSON.stringify({ bench: 'alert-fanout', ...r }),
  ].join('\n');
}
