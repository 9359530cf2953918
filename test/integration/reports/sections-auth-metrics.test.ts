// Authentication and API metrics share one node: both read seeded rows at fixed instants.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, thrownBy } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { BERLIN, build, collect, summaryOf, userWithGrants } from './sections.helpers';

const fx = useCluster();
const payments = { kind: 'LABELS' as const, labels: { team: 'payments' } };
let since = new Date();
let member = { id: '', email: '' };
let scoped = { id: '', email: '' };

/** Audit rows of sign-ins at chosen instants (the chain trigger seals them as any insert). */
async function auditAt(at: string, action: string, reason?: string) {
  await fx.node.database.sql`
    insert into audit_logs (occurred_at, actor_type, action, outcome, metadata)
    values (${at}::timestamptz, 'ANONYMOUS', ${action}, ${action.endsWith('failed') ? 'FAILURE' : 'SUCCESS'},
            ${reason ? JSON.stringify({ reason }) : null}::jsonb)`;
}

beforeAll(async () => {
  // After the owner's own sign-in (the fixture's): only this file's sign-ins are in range.
  await new Promise((r) => setTimeout(r, 20));
  since = new Date();
  member = await userWithGrants(fx.owner, [{ effect: 'ALLOW', action: 'reports:read', scope: { kind: 'ALL' } }], { labels: { team: 'payments' } });
  scoped = await userWithGrants(fx.owner, [
    { effect: 'ALLOW', action: 'audit:read', scope: { kind: 'ALL' } },
    { effect: 'ALLOW', action: 'users:read', scope: payments },
  ]);
  // Real sign-ins: two that succeed, two wrong passwords and one unknown email.
  await fx.node.clientFor(member.email, DEFAULT_PASSWORD);
  await fx.node.clientFor(member.email, DEFAULT_PASSWORD);
  await thrownBy(() => fx.node.anonymous().Login({ email: member.email, password: 'wrong-password-1' }));
  await thrownBy(() => fx.node.anonymous().Login({ email: member.email, password: 'wrong-password-2' }));
  await thrownBy(() => fx.node.anonymous().Login({ email: 'nobody-here@example.test', password: 'wrong-password-3' }));
  // A confirmed second factor for the member (what confirmTotp leaves behind).
  await fx.node.database.sql`insert into user_totp (user_id, secret_sealed, enabled_at) values (${member.id}::uuid, 'sealed', now())`;

  // Sign-ins around the end of summer time in Berlin.
  await auditAt('2026-10-24T21:30:00Z', 'auth.login_succeeded'); // 23:30 CEST on the 24th
  await auditAt('2026-10-25T00:30:00Z', 'auth.login_succeeded'); // 02:30 CEST on the 25th
  await auditAt('2026-10-25T01:30:00Z', 'auth.login_failed', 'bad_password'); // 02:30 CET: the same local hour again
  await auditAt('2026-10-25T22:30:00Z', 'auth.oidc_login_failed', 'state_mismatch'); // 23:30 CET on the 25th
});

describe('authentication section', () => {
  it('counts real sign-ins and failures, failure reasons, open sessions and MFA adoption', async () => {
    const section = await build(fx.node, 'authentication', fx.ownerId, { from: since, to: new Date(Date.now() + 60_000), granularity: 'HOUR' });
    const s = summaryOf(section);
    expect(s['Logins']).toBe(2);
    expect(s['Failed logins']).toBe(3);
    expect(s['Failure rate']).toBeCloseTo(0.6);
    expect(s['Failures: bad_password']).toBe(2);
    expect(s['Failures: unknown_email']).toBe(1);
    // The owner's session from the fixture's login and the member's two.
    expect(s['Active sessions now']).toBe(3);
    expect(s['Users with an active session']).toBe(2);
    expect(s['Active users']).toBe(3);
    expect(s['Users with a confirmed TOTP']).toBe(1);
    expect(s['MFA adoption']).toBeCloseTo(1 / 3);
    const logins = section.series.find((x) => x.key === 'logins')!;
    expect(logins.points.reduce((n, p) => n + p.value, 0)).toBe(2);
    expect(logins.trend).toBeNull();
  });

  it('buckets local days and local hours in Europe/Berlin across the end of summer time', async () => {
    const days = await build(fx.node, 'authentication', fx.ownerId, { from: BERLIN.oct24, to: BERLIN.oct27, timezone: 'Europe/Berlin' });
    const rows = await collect(days);
    expect(rows.map((r) => [(r.bucket as Date).toISOString(), r.logins, r.failures])).toEqual([
      [BERLIN.oct24.toISOString(), 1, 0],
      [BERLIN.oct25.toISOString(), 1, 2],
      [BERLIN.oct26.toISOString(), 0, 0],
    ]);
    expect(rows[1]!.failureRate).toBeCloseTo(2 / 3);
    expect(rows[2]!.failureRate).toBeNull();
    expect(summaryOf(days)['Failures: state_mismatch']).toBe(1);

    // 02:00-03:00 happens twice that night: two hourly buckets, one sign-in each.
    const hours = await build(fx.node, 'authentication', fx.ownerId, {
      from: new Date('2026-10-24T23:00:00Z'),
      to: new Date('2026-10-25T03:00:00Z'),
      timezone: 'Europe/Berlin',
      granularity: 'HOUR',
    });
    expect((await collect(hours)).map((r) => [(r.bucket as Date).toISOString(), r.logins, r.failures])).toEqual([
      ['2026-10-24T23:00:00.000Z', 0, 0],
      ['2026-10-25T00:00:00.000Z', 1, 0],
      ['2026-10-25T01:00:00.000Z', 0, 1],
      ['2026-10-25T02:00:00.000Z', 0, 0],
    ]);
  });

  it('counts sessions and MFA adoption over the users a label-scoped reader may read only', async () => {
    const section = await build(fx.node, 'authentication', scoped.id, { from: since, to: new Date(Date.now() + 60_000) });
    const s = summaryOf(section);
    expect(s['Logins']).toBe(2);
    // Of the payments team: the member alone (the reader's own record comes with the baseline, no session, no TOTP).
    expect(s['Active users']).toBe(2);
    expect(s['Users with a confirmed TOTP']).toBe(1);
    expect(s['Active sessions now']).toBe(2);
  });

  it('leaves the figures out for a reader whose grants reach no sign-in data', async () => {
    const idOnly = await userWithGrants(fx.owner, [{ effect: 'ALLOW', action: 'security:read', scope: { kind: 'IDS', ids: ['00000000-0000-4000-8000-000000000000'] } }]);
    const section = await build(fx.node, 'authentication', idOnly.id, { from: since, to: new Date() });
    expect(section.summary).toEqual([]);
    expect(await collect(section)).toEqual([]);
    expect(section.note).toMatch(/^Left out/);
  });
});

describe('API metrics section', () => {
  async function sample(metric: string, labels: Record<string, string>, at: string, value: number) {
    const sql = fx.node.database.sql;
    const hash = `report-test:${metric}:${JSON.stringify(labels)}`;
    await sql`insert into metric_series (metric, labels, hash) values (${metric}, ${JSON.stringify(labels)}::jsonb, ${hash}) on conflict (hash) do nothing`;
    await sql`insert into metric_samples (series_id, at, value) select id, ${at}::timestamptz, ${value} from metric_series where hash = ${hash}`;
  }

  beforeAll(async () => {
    // 24 October (Berlin): node a at 10 req/s with 10 % errors, node b at 30 req/s without; two operations' p95.
    for (const at of ['2026-10-24T08:00:00Z', '2026-10-24T08:00:15Z']) {
      await sample('graphql_requests_per_second', { node: 'a' }, at, 10);
      await sample('graphql_error_rate', { node: 'a' }, at, 0.1);
      await sample('graphql_requests_per_second', { node: 'b' }, at, 30);
      await sample('graphql_error_rate', { node: 'b' }, at, 0);
    }
    await sample('graphql_latency_p95_seconds', { node: 'a', operation: 'Users' }, '2026-10-24T08:00:00Z', 0.2);
    await sample('graphql_latency_p95_seconds', { node: 'b', operation: 'Alerts' }, '2026-10-24T08:00:00Z', 0.4);
    // 26 October: one node, 5 req/s, all failing.
    await sample('graphql_requests_per_second', { node: 'a' }, '2026-10-26T12:00:00Z', 5);
    await sample('graphql_error_rate', { node: 'a' }, '2026-10-26T12:00:00Z', 1);
  });

  it('gives request rate, weighted error rate and latency per local day, zero where nothing was sampled', async () => {
    const section = await build(fx.node, 'apiMetrics', fx.ownerId, { from: BERLIN.oct24, to: BERLIN.oct27, timezone: 'Europe/Berlin' });
    const rows = await collect(section);
    const round = (v: unknown) => (v === null ? null : Math.round((v as number) * 1e6) / 1e6);
    expect(rows.map((r) => [r.requestRate, r.errorRate, r.p95Ms].map(round))).toEqual([
      [40, 0.025, 300],
      [0, 0, null],
      [5, 1, null],
    ]);
    const rate = section.series.find((x) => x.key === 'requestRate')!;
    expect(rate.points.map((p) => p.t.toISOString())).toEqual([BERLIN.oct24, BERLIN.oct25, BERLIN.oct26].map((d) => d.toISOString()));
    // One point per period (what analytics needs), 0 where no latency was sampled, and the note says so.
    const p95 = section.series.find((x) => x.key === 'latencyP95')!.points;
    expect(p95.map((p) => [p.t, round(p.value)])).toEqual([
      [BERLIN.oct24, 300],
      [BERLIN.oct25, 0],
      [BERLIN.oct26, 0],
    ]);
    expect(section.note).toBe('2 of 3 periods have no latency samples: 0 in the latency charts, blank in the table.');
    const s = summaryOf(section);
    expect(s['Error rate']).toBeCloseTo((0.025 * 40 + 5) / 45);
    expect(s['Periods with samples']).toBe(2);
  });

  it('is left out for a reader whose metrics:read does not reach the whole store', async () => {
    const idOnly = await userWithGrants(fx.owner, [{ effect: 'ALLOW', action: 'metrics:read', scope: { kind: 'IDS', ids: ['00000000-0000-4000-8000-000000000000'] } }]);
    const section = await build(fx.node, 'apiMetrics', idOnly.id, { from: BERLIN.oct24, to: BERLIN.oct27 });
    expect(await collect(section)).toEqual([]);
    expect(section.series).toEqual([]);
  });
});
