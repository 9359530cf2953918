import { beforeAll, describe, expect, it } from 'vitest';
import { sdk, useCluster } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';
import { ALL, alertKey, eventually, postAlerts, prometheusAlert, teamScope } from './helpers';

const ctx = useCluster({ nodes: 2, env: { WORKER_POLL_INTERVAL_MS: '200', ALERTS_INTAKE_MAX_BATCH: '50' } });
let key: string;

beforeAll(async () => {
  key = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
});

const byFingerprintOf = async (labels: Record<string, string>) => {
  const { alerts } = await ctx.owner.Alerts({ first: 100, filter: { matchers: Object.entries(labels).map(([name, value]) => ({ name, op: '=', value })) } });
  return alerts.edges.map((e) => e.node);
};

describe('POST /api/v2/alerts (Alertmanager v2, as Prometheus posts it)', () => {
  it('opens one alert per fingerprint from the exact notifier JSON, answers 200 with an empty body, and deduplicates repeats', async () => {
    const labels = { team: 'payments', severity: 'critical', case: 'dedup' };
    const first = prometheusAlert(labels);
    const res = await postAlerts(ctx.node, key, [first, prometheusAlert({ team: 'search', severity: 'warning', case: 'dedup' })]);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');

    // Prometheus re-sends every firing alert each evaluation: the same alert is updated, never doubled.
    for (let i = 0; i < 3; i += 1) expect((await postAlerts(ctx.nodes[i % 2]!, key, [prometheusAlert(labels, { summary: `again ${i}` })])).status).toBe(200);
    const found = await byFingerprintOf(labels);
    expect(found).toHaveLength(1);
    const alert = found[0]!;
    expect(alert.status).toBe('FIRING');
    expect(alert.severity).toBe('CRITICAL');
    expect(alert.source.kind).toBe('EXTERNAL');
    expect(alert.source.name).toMatch(/^api-key:/);
    expect(alert.annotations['summary']).toBe('again 2');
    expect(alert.labels).toEqual(first.labels);
    expect(alert.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(alert.generatorUrl).toBe(first.generatorURL);
    expect(new Date(alert.startsAt as string).toISOString()).toBe(first.startsAt.replace(/\d{6}Z$/, 'Z'));
    expect((await byFingerprintOf({ team: 'search', case: 'dedup' }))[0]?.severity).toBe('WARNING');

    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: alert.id });
    expect(alertTimeline.edges.map((e) => e.node.action)).toEqual(['FIRED', 'UPDATED', 'UPDATED', 'UPDATED']);
  });

  it('resolves when endsAt is in the past; the next firing opens a new alert', async () => {
    const labels = { team: 'payments', case: 'resolve' };
    await postAlerts(ctx.node, key, [prometheusAlert(labels)]);
    const [open] = await byFingerprintOf(labels);
    const resolvedAt = new Date(Date.now() - 1_000);
    expect((await postAlerts(ctx.node, key, [prometheusAlert(labels, { endsAt: resolvedAt })])).status).toBe(200);
    const { alert } = await ctx.owner.Alert({ id: open!.id });
    expect(alert.status).toBe('RESOLVED');
    expect(alert.resolvedBy).toBeNull();
    expect(new Date(alert.endsAt as string).getTime()).toBe(Math.floor(resolvedAt.getTime()));

    // A resolve repeated (Prometheus sends resolved alerts for a while) changes nothing.
    expect((await postAlerts(ctx.node, key, [prometheusAlert(labels, { endsAt: resolvedAt })])).status).toBe(200);
    expect(await byFingerprintOf(labels)).toHaveLength(1);

    await postAlerts(ctx.node, key, [prometheusAlert(labels)]);
    const after = await byFingerprintOf(labels);
    expect(after).toHaveLength(2);
    expect(after.map((a) => a.status).sort()).toEqual(['FIRING', 'RESOLVED']);
    expect(new Set(after.map((a) => a.fingerprint)).size).toBe(1);
  });

  it('resolves a firing alert by a durable job once its endsAt passes without a new report', async () => {
    const labels = { team: 'payments', case: 'expire' };
    await postAlerts(ctx.node, key, [prometheusAlert(labels, { endsAt: new Date(Date.now() + 1_500) })]);
    const [alert] = await byFingerprintOf(labels);
    expect(alert!.status).toBe('FIRING');
    const resolved = await eventually('the expiry job', async () => {
      const { alert: now } = await ctx.owner.Alert({ id: alert!.id });
      return now.status === 'RESOLVED' ? now : undefined;
    });
    expect(resolved.resolvedBy).toBeNull();
    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: alert!.id });
    expect(alertTimeline.edges.map((e) => [e.node.action, e.node.actorType])).toEqual([
      ['FIRED', 'SOURCE'],
      ['RESOLVED', 'SYSTEM'],
    ]);
  });

  it("reads Go's zero time (how an unset time.Time is marshalled) as absent, and a time with an offset as that instant", async () => {
    const labels = { team: 'payments', case: 'zero-time' };
    const alert = { ...prometheusAlert(labels), startsAt: '2026-12-04T22:00:00.5+01:00', endsAt: '0001-01-01T00:00:00Z' };
    expect((await postAlerts(ctx.node, key, [alert])).status).toBe(200);
    const [found] = await byFingerprintOf(labels);
    expect(found!.status).toBe('FIRING');
    expect(found!.endsAt).toBeNull();
    expect(found!.startsAt).toBe('2026-12-04T21:00:00.500Z');
  });

  it('two nodes ingesting the same new fingerprint at once open exactly one alert', async () => {
    for (let round = 0; round < 3; round += 1) {
      const labels = { team: 'payments', case: `race-${round}` };
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => postAlerts(ctx.nodes[i % 2]!, key, [prometheusAlert(labels)])));
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(await byFingerprintOf(labels)).toHaveLength(1);
    }
  });

  it('answers 400 with a JSON error for bad bodies, never 500', async () => {
    const bad: Array<[string, unknown, boolean?]> = [
      ['malformed JSON', '[{"labels":', true],
      ['not an array', { labels: { a: 'b' } }],
      ['no labels', [{ labels: {} }]],
      ['bad label name', [{ labels: { 'bad-name': 'x' } }]],
      ['label value not a string', [{ labels: { a: 1 } }]],
      ['bad time', [{ labels: { a: 'b' }, startsAt: 'yesterday' }]],
      ['starts after it ends', [{ labels: { a: 'b' }, startsAt: '2026-01-02T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' }]],
      ['NUL in a value', [{ labels: { a: 'b\u0000' } }]],
      ['batch too large', Array.from({ length: 51 }, (_, i) => ({ labels: { n: String(i) } }))],
      ['body too large', JSON.stringify([{ labels: { a: 'x'.repeat(3 * 1024 * 1024) } }]), true],
    ];
    for (const [what, body, raw] of bad) {
      const res = await postAlerts(ctx.node, key, body, raw);
      expect(res.status, what).toBe(400);
      expect(res.json?.code, what).toBe('BAD_USER_INPUT');
      expect(res.json?.message, what).toBeTruthy();
    }
  });

  it('401 without a credential or with a bad one; 403 without alerts:write, or outside the key\'s label scope', async () => {
    const body = [prometheusAlert({ team: 'payments', case: 'auth' })];
    const none = await postAlerts(ctx.node, null, body);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await postAlerts(ctx.node, 'cpk_not-a-real-key', body)).status).toBe(401);

    const readOnly = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: ALL }]);
    const refused = await postAlerts(ctx.node, readOnly, body);
    expect(refused.status).toBe(403);
    expect(refused.json?.code).toBe('FORBIDDEN');
    const { auditLogs } = await ctx.owner.AuditLogs({ first: 5, filter: { action: 'access.denied', actorId: ctx.ownerId } });
    expect(auditLogs.edges.map((e) => (e.node.metadata as { path?: string }).path)).toContain('POST /api/v2/alerts');

    const paymentsOnly = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: teamScope('payments') }]);
    expect((await postAlerts(ctx.node, paymentsOnly, body)).status).toBe(200);
    expect((await postAlerts(ctx.node, paymentsOnly, [prometheusAlert({ team: 'search', case: 'auth' })])).status).toBe(403);
    expect(await byFingerprintOf({ team: 'search', case: 'auth' })).toHaveLength(0);
  });

  it('a report whose fingerprint equals an open alert with other labels (a hash collision) is refused 409 and changes nothing', async () => {
    const victim = { team: 'infra', alertname: 'HighCPU', case: 'collision' };
    expect((await postAlerts(ctx.node, key, [prometheusAlert(victim)])).status).toBe(200);
    const [alert] = await byFingerprintOf(victim);
    // No 64-bit FNV collision is at hand: make the stored alert carry the fingerprint of the
    // attacker's labels instead, which is what a collision amounts to.
    const attacker = { team: 'payments', alertname: 'HighCPU', case: 'collision', x: 'crafted' };
    const res0 = await postAlerts(ctx.node, key, [prometheusAlert(attacker)]);
    expect(res0.status).toBe(200);
    const [forged] = await byFingerprintOf(attacker);
    await ctx.node.database.sql`update alerts set status = 'RESOLVED', ends_at = now() where id = ${forged!.id}`;
    await ctx.node.database.sql`update alerts set fingerprint = ${forged!.fingerprint} where id = ${alert!.id}`;
    const res = await postAlerts(ctx.node, key, [prometheusAlert(attacker, { endsAt: new Date(Date.now() - 1_000) })]);
    expect(res.status).toBe(409);
    expect(res.json?.code).toBe('CONFLICT');
    const [after] = await byFingerprintOf(victim);
    expect(after!.status).toBe('FIRING');
  });

  it('writes a batch set-based: a batch of 40 (new, repeated and resolved alerts) costs a few statements, not a few per alert', async () => {
    const labels = (n: number) => ({ team: 'bulk', case: 'set-based', n: String(n) });
    expect((await postAlerts(ctx.node, key, Array.from({ length: 20 }, (_, n) => prometheusAlert(labels(n))))).status).toBe(200);
    const writes: string[] = [];
    const stop = ctx.node.database.onStatement((q) => {
      if (/^(insert into "alerts"|update "alerts"|insert into "alert_notes")|graphile_worker\.(add_job|remove_job)/.test(q.trim())) writes.push(q);
    });
    try {
      const batch = [
        ...Array.from({ length: 15 }, (_, n) => prometheusAlert(labels(n), { summary: `repeat ${n}` })),
        ...Array.from({ length: 5 }, (_, n) => prometheusAlert(labels(15 + n), { endsAt: new Date(Date.now() - 1_000) })),
        ...Array.from({ length: 20 }, (_, n) => prometheusAlert(labels(20 + n))),
      ];
      expect((await postAlerts(ctx.node, key, batch)).status).toBe(200);
    } finally {
      stop();
    }
    // One update for the 20 reports of open alerts, one insert for the 20 new, one for the notes,
    // one to set the 35 expiry timers and one to cancel the 5 resolved alerts' timers (and a
    // background write or two at most: the rule engine shares this node).
    expect(writes.length, writes.join('\n')).toBeLessThanOrEqual(7);
    const all = await byFingerprintOf({ team: 'bulk', case: 'set-based' });
    expect(all.filter((a) => a.status === 'FIRING')).toHaveLength(35);
    expect(all.filter((a) => a.status === 'RESOLVED')).toHaveLength(5);
    expect(all.find((a) => a.labels['n'] === '3')?.annotations['summary']).toBe('repeat 3');
  });

  it('alerts:push is enough for the intake (a Prometheus key) and lets its holder do nothing else with alerts', async () => {
    const pushOnly = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:push', scope: teamScope('payments') }]);
    expect((await postAlerts(ctx.node, pushOnly, [prometheusAlert({ team: 'payments', case: 'push-only' })])).status).toBe(200);
    expect((await byFingerprintOf({ team: 'payments', case: 'push-only' }))).toHaveLength(1);
    // Its label scope holds as for alerts:write.
    const outside = await postAlerts(ctx.node, pushOnly, [prometheusAlert({ team: 'search', case: 'push-only' })]);
    expect(outside.status).toBe(403);
    expect(outside.json?.message).toContain('alerts:push');
    // The same key on the GraphQL API: no rules, routes or alert reads.
    const client = sdk.createClient({ url: ctx.node.url, token: pushOnly });
    expect((await failure(() => client.AlertRules({ first: 1 }))).code).toBe('FORBIDDEN');
    expect((await failure(() => client.Alerts({ first: 1 }))).code).toBe('FORBIDDEN');
  });

  it('audits each request that opened, changed or resolved alerts, naming the key; a plain re-send is no event', async () => {
    const ingested = async () => (await ctx.owner.AuditLogs({ first: 50, filter: { action: 'alert.ingested' } })).auditLogs.edges.map((e) => e.node);
    const before = (await ingested()).length;
    const labels = { team: 'audit', case: 'ingest-audit' };
    expect((await postAlerts(ctx.node, key, [prometheusAlert(labels)])).status).toBe(200);
    const [fired] = await byFingerprintOf(labels);
    let events = await ingested();
    expect(events).toHaveLength(before + 1);
    expect(events[0]!.metadata).toMatchObject({ fired: [fired!.id], updated: [], resolved: [], apiKeyId: expect.any(String) });
    // The same report again (same annotations) only confirms the open alert: no event.
    const again = { ...prometheusAlert(labels), annotations: fired!.annotations };
    expect((await postAlerts(ctx.node, key, [again])).status).toBe(200);
    expect((await postAlerts(ctx.node, key, [again])).status).toBe(200);
    expect(await ingested()).toHaveLength(before + 1);
    const count = before + 1;
    // Resolving is an event, with what it resolved.
    expect((await postAlerts(ctx.node, key, [prometheusAlert(labels, { endsAt: new Date(Date.now() - 1_000) })])).status).toBe(200);
    events = await ingested();
    expect(events).toHaveLength(count + 1);
    expect(events[0]!.metadata).toMatchObject({ resolved: [fired!.id] });
  });
});
