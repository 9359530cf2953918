import { beforeAll, describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { BERLIN, build, collect, summaryOf, userWithGrants } from './sections.helpers';

const fx = useCluster();
let payments = '';
let nobody = '';

/** Alerts as the intake stores them, at chosen instants (the section reads what is stored). */
async function insertAlert(a: { fp: string; name: string; team: string; severity: string; startsAt: string; ackAfterS?: number; resolveAfterS?: number }) {
  const start = new Date(a.startsAt);
  const at = (s?: number) => (s === undefined ? null : new Date(start.getTime() + s * 1000).toISOString());
  const status = a.resolveAfterS !== undefined ? 'RESOLVED' : a.ackAfterS !== undefined ? 'ACKNOWLEDGED' : 'FIRING';
  await fx.node.database.sql`
    insert into alerts (id, fingerprint, source_kind, source_name, status, severity, labels, starts_at, acknowledged_at, resolved_at)
    values (gen_random_uuid(), ${a.fp}, 'EXTERNAL', 'prometheus', ${status}, ${a.severity},
            ${JSON.stringify({ alertname: a.name, team: a.team })}::jsonb, ${start.toISOString()}::timestamptz,
            ${at(a.ackAfterS)}::timestamptz, ${at(a.resolveAfterS)}::timestamptz)`;
}

beforeAll(async () => {
  // Berlin days around the end of summer time: 00:30 CEST on the 25th, 23:59 CET on the 25th, 00:30 CET on the 26th.
  await insertAlert({ fp: 'a1', name: 'HighErrorRate', team: 'payments', severity: 'CRITICAL', startsAt: '2026-10-24T22:30:00Z', ackAfterS: 60, resolveAfterS: 300 });
  await insertAlert({ fp: 'a2', name: 'HighErrorRate', team: 'payments', severity: 'CRITICAL', startsAt: '2026-10-25T22:59:00Z', ackAfterS: 120 });
  await insertAlert({ fp: 'a3', name: 'DiskFull', team: 'search', severity: 'WARNING', startsAt: '2026-10-25T23:30:00Z' });
  await insertAlert({ fp: 'a4', name: 'HighErrorRate', team: 'search', severity: 'INFO', startsAt: '2026-10-24T08:00:00Z', resolveAfterS: 900 });
  // Outside the range.
  await insertAlert({ fp: 'a5', name: 'Old', team: 'payments', severity: 'INFO', startsAt: '2026-10-20T08:00:00Z' });
  payments = (await userWithGrants(fx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: { kind: 'LABELS', labels: { team: 'payments' } } }])).id;
  nobody = (await userWithGrants(fx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: { kind: 'IDS', ids: ['00000000-0000-4000-8000-000000000000'] } }])).id;
});

const range = { from: BERLIN.oct24, to: BERLIN.oct27, timezone: 'Europe/Berlin' };

describe('alerts section', () => {
  it('counts alerts per local day across the end of summer time, with MTTA, MTTR, severities and the noisiest names', async () => {
    const section = await build(fx.node, 'alerts', fx.ownerId, range);
    const opened = section.series.find((s) => s.key === 'alertsOpened')!;
    expect(opened.points.map((p) => [p.t.toISOString(), p.value])).toEqual([
      [BERLIN.oct24.toISOString(), 1],
      [BERLIN.oct25.toISOString(), 2],
      [BERLIN.oct26.toISOString(), 1],
    ]);
    expect(opened.trend).toBeNull();
    expect(opened.forecast).toBeNull();
    const s = summaryOf(section);
    expect(s['Alerts opened']).toBe(4);
    expect(s['Acknowledged']).toBe(2);
    expect(s['Resolved']).toBe(2);
    expect(s['MTTA (ms)']).toBe(90_000);
    expect(s['MTTR (ms)']).toBe(600_000);
    expect(s['Severity CRITICAL']).toBe(2);
    expect(s['Severity WARNING']).toBe(1);
    expect(s['Noisiest #1: HighErrorRate']).toBe(3);
    expect(s['Noisiest #2: DiskFull']).toBe(1);

    const rows = await collect(section);
    expect(rows.map((r) => r.fingerprint)).toEqual(['a4', 'a1', 'a2', 'a3']);
    expect(rows[1]).toMatchObject({ name: 'HighErrorRate', severity: 'CRITICAL', status: 'RESOLVED', labels: 'alertname=HighErrorRate, team=payments' });
    expect((rows[1]!.acknowledgedAt as Date).toISOString()).toBe('2026-10-24T22:31:00.000Z');
    // rows() is a fresh pass each call.
    expect(await collect(section)).toHaveLength(4);
  });

  it('gives a label-scoped reader only their slice, and the report labels narrow it further', async () => {
    const section = await build(fx.node, 'alerts', payments, range);
    expect((await collect(section)).map((r) => r.fingerprint)).toEqual(['a1', 'a2']);
    expect(summaryOf(section)['Alerts opened']).toBe(2);
    expect(section.series[0]!.points.map((p) => p.value)).toEqual([0, 2, 0]);
    expect(section.note).toContain('only the alerts your grants reach');

    const narrowed = await build(fx.node, 'alerts', fx.ownerId, { ...range, labels: { team: 'search' } });
    expect((await collect(narrowed)).map((r) => r.fingerprint)).toEqual(['a4', 'a3']);

    const none = await build(fx.node, 'alerts', nobody, range);
    expect(await collect(none)).toEqual([]);
    expect(summaryOf(none)['MTTA (ms)']).toBeNull();
  });

  it('buckets by UTC days when the report is in UTC (the same alerts fall elsewhere)', async () => {
    const section = await build(fx.node, 'alerts', fx.ownerId, { from: new Date('2026-10-24T00:00:00Z'), to: new Date('2026-10-27T00:00:00Z'), timezone: 'UTC' });
    expect(section.series[0]!.points.map((p) => [p.t.toISOString().slice(0, 10), p.value])).toEqual([
      ['2026-10-24', 2],
      ['2026-10-25', 2],
      ['2026-10-26', 0],
    ]);
  });

  it('starts weeks on local Monday and months on the local first', async () => {
    const weeks = await build(fx.node, 'alerts', fx.ownerId, { ...range, granularity: 'WEEK' });
    expect(weeks.series[0]!.points.map((p) => [p.t.toISOString(), p.value])).toEqual([
      ['2026-10-18T22:00:00.000Z', 3],
      ['2026-10-25T23:00:00.000Z', 1],
    ]);
    const months = await build(fx.node, 'alerts', fx.ownerId, { ...range, granularity: 'MONTH' });
    expect(months.series[0]!.points.map((p) => [p.t.toISOString(), p.value])).toEqual([['2026-09-30T22:00:00.000Z', 4]]);
  });
});

describe('security events section', () => {
  const t = (s: string) => new Date(s).toISOString();
  let ids: string[] = [];

  beforeAll(async () => {
    const sql = fx.node.database.sql;
    // 1,005 events with one shared instant: the keyset pass must cross a batch boundary on ties.
    await sql`
      insert into security_events (id, occurred_at, kind, severity, user_id, ip, summary, details)
      select gen_random_uuid(), '2026-10-25T10:00:00.123456Z'::timestamptz, 'FORBIDDEN_BURST', 'MEDIUM', ${fx.ownerId}::uuid, '10.0.0.' || (g % 9), 'Many refusals', jsonb_build_object('count', g)
      from generate_series(1, 1005) g`;
    const rows = await sql<Array<{ id: string }>>`
      insert into security_events (id, occurred_at, kind, severity, summary, details)
      values (gen_random_uuid(), ${t('2026-10-24T09:00:00Z')}::timestamptz, 'CREDENTIAL_STUFFING', 'HIGH', 'Stuffing from 1 IP', '{"ip":"10.1.1.1"}'),
             (gen_random_uuid(), ${t('2026-10-26T23:30:00Z')}::timestamptz, 'MFA_DISABLED', 'LOW', 'MFA disabled', '{}')
      returning id`;
    ids = rows.map((r) => r.id);
  });

  it('counts per local day and by kind and severity, and streams every event in time order across batches', async () => {
    const section = await build(fx.node, 'securityEvents', fx.ownerId, range);
    expect(section.series[0]!.points.map((p) => p.value)).toEqual([1, 1005, 0]);
    const s = summaryOf(section);
    expect(s['Security events']).toBe(1006);
    expect(s['Severity MEDIUM']).toBe(1005);
    expect(s['Kind CREDENTIAL_STUFFING']).toBe(1);
    expect(section.summary.findIndex((c) => c.label === 'Severity HIGH')).toBeLessThan(section.summary.findIndex((c) => c.label === 'Severity MEDIUM'));
    const rows = await collect(section);
    expect(rows).toHaveLength(1006);
    expect(new Set(rows.map((r) => r.details)).size).toBe(1006);
    expect(rows[0]).toMatchObject({ kind: 'CREDENTIAL_STUFFING', severity: 'HIGH', details: 'ip=10.1.1.1', user: null });
    expect(rows[1]!.user).toBe('Owner');
  });

  it('reaches only the events an id-scoped grant names', async () => {
    const viewer = await userWithGrants(fx.owner, [{ effect: 'ALLOW', action: 'security:read', scope: { kind: 'IDS', ids } }]);
    const section = await build(fx.node, 'securityEvents', viewer.id, { ...range, to: new Date('2026-10-28T00:00:00Z') });
    expect((await collect(section)).map((r) => r.kind)).toEqual(['CREDENTIAL_STUFFING', 'MFA_DISABLED']);
  });

  it('stops between batches when the run is cancelled', async () => {
    const controller = new AbortController();
    const section = await build(fx.node, 'securityEvents', fx.ownerId, { ...range, signal: controller.signal });
    let read = 0;
    await expect(
      (async () => {
        for await (const _row of section.rows()) {
          read += 1;
          if (read === 10) controller.abort();
        }
      })(),
    ).rejects.toThrow();
    expect(read).toBe(1000);
  });
});
