import { createHash, randomBytes } from 'node:crypto';
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
import { auditActions, insertDefinition, insertSucceededRun, mailAttachments, runsOf, scheduleRow, setNextRunAt, SIGNING_SECRET, SLACK_TOKEN, type ArtifactSpec } from './schedules-helpers';

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
    const ownerId = (await owner.Me()).me.id;
    expect(runs[0]!.requested_by).toBe(ownerId);
    // The run records the schedule as fired: delivery checks it is still that version and owner.
    const [{ fired }] = await nodes[0]!.database.sql<Array<{ fired: unknown }>>`select definition_snapshot->'schedule' as fired from report_runs where id = ${runs[0]!.id}`;
    expect(fired).toEqual({ id, version: 1, ownerId });
    const row = await scheduleRow(nodes[0]!, id);
    expect(row.next_run_at!.getTime()).toBe(occurrence.getTime() + 300_000);
    expect(row.last_run_id).toBe(runs[0]!.id);
    // The same occurrence offered again (a node that read the schedule before the move): the
    // unique (schedule_id, occurrence_at) index makes its insert a no-op.
    await setNextRunAt(nodes[1]!, id, occurrence);
    await fireSchedule(nodes[1]!.deps, id, now);
    expect((await runsOf(nodes[0]!, id)).length).toBe(1);
    // Its one job ran on one of the two nodes, once.
    const ended = await until(
      async () => (await nodes[0]!.database.sql<Array<{ status: string; attempts: number }>>`select status::text, attempts from report_runs where id = ${runs[0]!.id}`)[0]!,
      (r) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status),
      30_000,
    );
    expect(ended).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
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
    const text = mail!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(text).toContain('Schedule disabled');
    expect(text).toMatch(/no longer holds reports:run/);
    // Fired again (another node, a later tick): a disabled schedule is never due.
    expect(await fireSchedule(nodes[1]!.deps, id, new Date())).toBe('skipped');
    expect(await runsOf(nodes[0]!, id)).toEqual([]);
  });

  it('disables a schedule whose owner can read none of its sections any more', async () => {
    const definitionId = await insertDefinition(nodes[0]!, { sections: ['securityEvents'] });
    const { createReportSchedule } = await owner.CreateReportSchedule({ input: { definitionId, cron: '0 * * * *', timezone: 'UTC', formats: ['JSON'] } });
    // Developer holds reports:run and reports:read, but not security:read.
    const developer = await member(nodes[0]!, owner, ['Developer']);
    await nodes[0]!.database.sql`update report_schedules set owner_id = ${developer.id} where id = ${createReportSchedule.id}`;
    await setNextRunAt(nodes[0]!, createReportSchedule.id, new Date(Date.now() - 60_000));
    expect(await fireSchedule(nodes[1]!.deps, createReportSchedule.id, new Date())).toBe('disabled');
    expect(await runsOf(nodes[0]!, createReportSchedule.id)).toEqual([]);
    expect((await scheduleRow(nodes[0]!, createReportSchedule.id)).disabled_reason).toMatch(/can no longer read any section of this report \(securityEvents\)/);
  });
});

describe('delivering a finished scheduled run', () => {
  /** What the runner does when a run ends: the finished-run hooks, in the transaction recording it. */
  const finish = (runId: string, scheduleId: string, rowCount: number, artifactIds: string[]) =>
    nodes[0]!.database.db.transaction((tx) => runFinishedHooks(tx, { id: runId, status: 'SUCCEEDED', scheduleId, requestedBy: null, rowCount, artifactIds }));
  const deliveriesOf = async (runId: string) =>
    nodes[0]!.database.sql<Array<{ channel_type: string; status: string }>>`select channel_type, status from deliveries where origin_kind = 'report' and origin_id = ${runId} order by channel_type`;
  const recipients = (mailbox: string, path: string) => [
    { kind: 'EMAIL' as const, target: mailbox },
    { kind: 'SLACK' as const, target: `${sink.url}/slack${path}/${SLACK_TOKEN}` },
    { kind: 'WEBHOOK' as const, target: `${sink.url}/hooks${path}`, signingSecret: SIGNING_SECRET },
  ];

  it('mails the files attached byte for byte, posts Slack links and a signed webhook, once per recipient', async () => {
    const id = await schedule('0 9 * * 1', 'Europe/Berlin', { recipients: recipients('team@example.test', '/a'), formats: ['CSV', 'XLSX'] });
    const csv = Buffer.from('user,logins\r\n"=cmd|calc",3\r\nbob,5\r\n');
    const binary = randomBytes(6000);
    const files: ArtifactSpec[] = [
      { format: 'CSV', fileName: 'weekly.csv', contentType: 'text/csv; charset=utf-8', chunks: [csv.subarray(0, 10), csv.subarray(10)] },
      { format: 'XLSX', fileName: 'weekly.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', chunks: [binary.subarray(0, 2500), binary.subarray(2500, 5000), binary.subarray(5000)] },
    ];
    const run = await insertSucceededRun(nodes[0]!, id, 2, files);
    await finish(run.runId, id, 2, run.artifactIds);
    // The hook path taken twice (a runner retried after a crash) still sends each recipient once.
    await finish(run.runId, id, 2, run.artifactIds);

    const mail = await until(async () => smtp.received.find((m) => m.to.includes('team@example.test')), Boolean, 20_000);
    expect(mail?.user).toBe('mailer');
    const attached = mailAttachments(mail!.raw);
    expect([...attached.keys()].sort()).toEqual(['weekly.csv', 'weekly.xlsx']);
    expect(attached.get('weekly.csv')!.equals(csv)).toBe(true);
    expect(createHash('sha256').update(attached.get('weekly.xlsx')!).digest('hex')).toBe(createHash('sha256').update(binary).digest('hex'));

    const [hook] = await until(async () => sink.requests('/hooks/a'), (r) => r.length > 0, 20_000);
    const verified = new Webhook(SIGNING_SECRET).verify(hook!.body, hook!.headers as Record<string, string>) as { type: string; data: { report: Record<string, unknown> } };
    expect(verified.type).toBe('report.ready');
    expect(verified.data.report).toMatchObject({ runId: run.runId, scheduleId: id, definitionId: run.definitionId, status: 'SUCCEEDED', rowCount: 2, period: { from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' } });
    const artifacts = verified.data.report.artifacts as Array<{ id: string; format: string; sha256: string; url: string; sizeBytes: number }>;
    expect(artifacts.map((a) => [a.format, a.sha256, a.sizeBytes, a.url])).toEqual([
      ['CSV', createHash('sha256').update(csv).digest('hex'), csv.length, expect.stringMatching(signedLink(run.artifactIds[0]!))],
      ['XLSX', createHash('sha256').update(binary).digest('hex'), binary.length, expect.stringMatching(signedLink(run.artifactIds[1]!))],
    ]);
    // The delivered link opens without a token (it is signed), on any node.
    const opened = await fetch(new URL(new URL(artifacts[0]!.url).pathname + new URL(artifacts[0]!.url).search, nodes[1]!.url));
    expect(opened.status).toBe(200);
    expect(Buffer.from(await opened.arrayBuffer()).equals(csv)).toBe(true);
    expect(hook!.body).not.toContain(binary.subarray(0, 30).toString('base64'));

    const [slack] = await until(async () => sink.requests('/slack/a'), (r) => r.length > 0, 20_000);
    const blocks = JSON.parse(slack!.body) as { text: string; blocks: Array<{ type: string; elements?: Array<{ url?: string }> }> };
    expect(blocks.text).toContain('Report ready');
    expect(blocks.blocks.find((b) => b.type === 'actions')!.elements!.map((e) => e.url)).toEqual(artifacts.map((a) => a.url));

    const settled = await until(() => deliveriesOf(run.runId), (d) => d.length === 3 && d.every((x) => x.status === 'SUCCEEDED'), 20_000);
    expect(settled.map((d) => [d.channel_type, d.status])).toEqual([['EMAIL', 'SUCCEEDED'], ['SLACK', 'SUCCEEDED'], ['WEBHOOK', 'SUCCEEDED']]);
    expect(sink.requests('/hooks/a')).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes('team@example.test'))).toHaveLength(1);
    expect((await auditActions(nodes[0]!, id)).filter((a) => a.action === 'report_schedule.delivered').length).toBeGreaterThanOrEqual(1);
  });

  it('links instead of attaching when the files exceed REPORT_EMAIL_MAX_ATTACHMENT_MB', async () => {
    const id = await schedule('0 9 * * 1', 'UTC', { recipients: [{ kind: 'EMAIL', target: 'big@example.test' }] });
    const run = await insertSucceededRun(nodes[0]!, id, 5000, [{ format: 'CSV', fileName: 'big.csv', contentType: 'text/csv', chunks: [Buffer.alloc(8000, 'a'), Buffer.alloc(8000, 'b')] }]);
    await finish(run.runId, id, 5000, run.artifactIds);
    const mail = await until(async () => smtp.received.find((m) => m.to.includes('big@example.test')), Boolean, 20_000);
    expect(mailAttachments(mail!.raw).size).toBe(0);
    const text = mail!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(text).toMatch(signedLink(run.artifactIds[0]!));
    expect(text).toMatch(/linked, not attached/);
  });

  it('skip-if-empty: a run with no rows delivers nothing, and says so in the audit trail', async () => {
    const id = await schedule('0 9 * * 1', 'UTC', { recipients: recipients('empty@example.test', '/empty'), skipIfEmpty: true });
    const run = await insertSucceededRun(nodes[0]!, id, 0, [{ format: 'CSV', fileName: 'empty.csv', contentType: 'text/csv', chunks: [Buffer.from('user,logins\r\n')] }]);
    await finish(run.runId, id, 0, run.artifactIds);
    const audit = await until(() => auditActions(nodes[0]!, id), (rows) => rows.some((a) => a.action === 'report_schedule.delivery_skipped'), 20_000);
    expect(audit.find((a) => a.action === 'report_schedule.delivery_skipped')?.metadata).toMatchObject({ runId: run.runId });
    expect(await deliveriesOf(run.runId)).toEqual([]);
    expect(sink.requests('/hooks/empty')).toEqual([]);
    expect(sink.requests('/slack/empty')).toEqual([]);
    expect(smtp.received.filter((m) => m.to.includes('empty@example.test'))).toEqual([]);
  });
});

/** A delivered link: under PUBLIC_URL, signed (`exp` and `sig`), so it opens without a token. */
function signedLink(artifactId: string): RegExp {
  return new RegExp(`https://cp\\.example\\.test/reports/artifacts/${artifactId}\\?exp=\\d+&sig=[^\\s"]+`);
}
