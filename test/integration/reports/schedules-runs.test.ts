import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { ControlPlaneClient } from '../../../sdk';
import type * as HooksModule from '../../../src/services/reports/run-hooks';
import type * as TickModule from '../../../src/services/reports/schedules/schedule-tick';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { loadServerModule } from '../../fixtures/load';
import { builtinSetIds, member } from '../../fixtures/seed';
import { SmtpSink } from '../../fixtures/smtp-sink';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { auditActions, insertDefinition, runsOf, scheduleRow, setNextRunAt, SIGNING_SECRET, SLACK_TOKEN } from './schedules-helpers';

const { fireSchedule } = loadServerModule<typeof TickModule>('../../src/services/reports/schedules/schedule-tick.ts');
const { runFinishedHooks } = loadServerModule<typeof HooksModule>('../../src/services/reports/run-hooks.ts');

const SMTP_PASSWORD = 'smtp-password-reports-555';
let cluster: TestCluster;
let nodes: TestNode[];
let owner: ControlPlaneClient;
let sink: DeliverySink;
let smtp: SmtpSink;

beforeAll(async () => {
  sink = await DeliverySink.start();
  smtp = await SmtpSink.start({ user: 'mailer', password: SMTP_PASSWORD });
  cluster = await startCluster({
    nodes: 2,
    env: {
      ALLOW_PRIVATE_TARGETS: 'true',
      SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'reports@example.test',
      SMTP_REQUIRE_TLS: 'false',
      PUBLIC_URL: 'https://cp.example.test',
      // 10 KiB: the first delivery's files fit, the large one is linked instead.
      REPORT_EMAIL_MAX_ATTACHMENT_MB: String(10 / 1024),
      WORKER_POLL_INTERVAL_MS: '100',
      DELIVERY_BACKOFF_BASE_MS: '20',
    },
  });
  nodes = cluster.nodes;
  owner = await nodes[0]!.owner();
});
afterAll(async () => {
  await cluster?.close();
  await sink?.close();
  await smtp?.close();
});

async function schedule(cron: string, timezone = 'UTC', extra: Record<string, unknown> = {}, client = owner): Promise<string> {
  const definitionId = await insertDefinition(nodes[0]!);
  const { createReportSchedule } = await client.CreateReportSchedule({ input: { definitionId, cron, timezone, formats: ['CSV'], ...extra } });
  return createReportSchedule.id;
}

describe('firing schedules', () => {
  it('two nodes firing one due occurrence at once make exactly one run', async () => {
    const id = await schedule('*/5 * * * *');
    const now = new Date();
    const occurrence = new Date(Math.floor(now.getTime() / 300_000) * 300_000);
    await setNextRunAt(nodes[0]!, id, occurrence);
    const outcomes = await Promise.all(nodes.flatMap((n) => [fireSchedule(n.deps, id, now), fireSchedule(n.deps, id, now), fireSchedule(n.deps, id, now)]));
    expect(outcomes.filter((o) => o === 'fired').length).toBeLessThanOrEqual(1);
    const runs = await runsOf(nodes[0]!, id);
    expect(runs.map((r) => r.occurrence_at.toISOString())).toEqual([occurrence.toISOString()]);
    expect(runs[0]).toMatchObject({ status: 'QUEUED', requested_by: (await owner.Me()).me.id });
    const row = await scheduleRow(nodes[0]!, id);
    expect(row.next_run_at!.getTime()).toBe(occurrence.getTime() + 300_000);
    expect(row.last_run_id).toBe(runs[0]!.id);
    // The same occurrence offered again (a node that read the schedule before the move): the
    // unique (schedule_id, occurrence_at) index makes its insert a no-op.
    await setNextRunAt(nodes[1]!, id, occurrence);
    await fireSchedule(nodes[1]!.deps, id, now);
    expect((await runsOf(nodes[0]!, id)).length).toBe(1);
    const [{ n }] = await nodes[0]!.database.sql<Array<{ n: number }>>`select count(*)::int as n from graphile_worker._private_jobs where key = ${`report-run:${runs[0]!.id}`}`;
    expect(n).toBe(1);
  });

  it('after downtime, several missed occurrences make one catch-up run for the latest, then the schedule continues', async () => {
    const id = await schedule('0 * * * *');
    const now = new Date();
    const lastHour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    await setNextRunAt(nodes[0]!, id, new Date(lastHour.getTime() - 5 * 3_600_000));
    await Promise.all(nodes.map((n) => fireSchedule(n.deps, id, now)));
    const runs = await runsOf(nodes[0]!, id);
    expect(runs.map((r) => r.occurrence_at.toISOString())).toEqual([lastHour.toISOString()]);
    const row = await scheduleRow(nodes[0]!, id);
    expect(row.next_run_at!.getTime()).toBe(lastHour.getTime() + 3_600_000);
    expect(row.next_run_at!.getTime()).toBeGreaterThan(now.getTime());
    const fired = (await auditActions(nodes[0]!, id)).filter((a) => a.action === 'report_schedule.fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ actor_type: 'SYSTEM', metadata: { catchUp: true, occurrenceAt: lastHour.toISOString() } });
  });

  it('walks a DST week: daily 02:30 and Monday 09:00 in Europe/Berlin fire at the policy instants', async () => {
    // 2027's changes (28 March, 31 October): in the future, so the real per-minute tick leaves them alone.
    const walk = async (cron: string, first: string, steps: number) => {
      const id = await schedule(cron, 'Europe/Berlin');
      await setNextRunAt(nodes[0]!, id, new Date(first));
      for (let i = 0; i < steps; i += 1) {
        const due = (await scheduleRow(nodes[0]!, id)).next_run_at!;
        expect(await fireSchedule(nodes[i % 2]!.deps, id, due)).toBe('fired');
      }
      return { runs: (await runsOf(nodes[0]!, id)).map((r) => r.occurrence_at.toISOString()), next: (await scheduleRow(nodes[0]!, id)).next_run_at!.toISOString() };
    };
    expect(await walk('30 2 * * *', '2027-03-27T01:30:00Z', 3)).toEqual({
      runs: ['2027-03-27T01:30:00.000Z', '2027-03-28T01:00:00.000Z', '2027-03-29T00:30:00.000Z'],
      next: '2027-03-30T00:30:00.000Z',
    });
    expect(await walk('30 2 * * *', '2027-10-30T00:30:00Z', 3)).toEqual({
      runs: ['2027-10-30T00:30:00.000Z', '2027-10-31T00:30:00.000Z', '2027-11-01T01:30:00.000Z'],
      next: '2027-11-02T01:30:00.000Z',
    });
    expect(await walk('0 9 * * 1', '2027-03-22T08:00:00Z', 2)).toEqual({ runs: ['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z'], next: '2027-04-05T07:00:00.000Z' });
  });

  it('disables a schedule whose owner lost reports:run, with a reason, an audit event and a mail; never runs it', async () => {
    const admin = await member(nodes[0]!, owner, ['Admin']);
    const id = await schedule('*/10 * * * *', 'UTC', {}, admin.client);
    await owner.RevokePermissionSet({ userId: admin.id, permissionSetId: (await builtinSetIds(owner)).Admin });
    const now = new Date();
    await setNextRunAt(nodes[0]!, id, new Date(now.getTime() - 60_000));
    expect(await fireSchedule(nodes[0]!.deps, id, now)).toBe('disabled');
    expect(await runsOf(nodes[0]!, id)).toEqual([]);
    const { reportSchedule } = await owner.ReportSchedule({ id });
    expect(reportSchedule).toMatchObject({ enabled: false, nextRunAt: null });
    expect(reportSchedule.disabledReason).toMatch(/no longer holds reports:run/);
    const disabled = (await auditActions(nodes[0]!, id)).find((a) => a.action === 'report_schedule.disabled');
    expect(disabled?.metadata).toMatchObject({ ownerId: admin.id });
    const mail = await until(async () => smtp.received.find((m) => m.to.includes(admin.email)), Boolean, 15_000);
    const text = mail!.raw.replace(/=\r?\n/g, '');
    expect(text).toContain('Schedule disabled');
    expect(text).toMatch(/no longer holds reports:run/);
    // Fired again (another node, a later tick): a disabled schedule is never due.
    expect(await fireSchedule(nodes[1]!.deps, id, new Date())).toBe('skipped');
    expect(await runsOf(nodes[0]!, id)).toEqual([]);
  });
});
