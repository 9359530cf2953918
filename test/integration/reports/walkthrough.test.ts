import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { SmtpSink } from '../../fixtures/smtp-sink';
import { startCluster, type TestCluster } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { EventStream } from '../subscriptions/stream';
import { download } from './helpers';
import { mailAttachments } from './schedules-helpers';

/**
 * The README's "Reports in ten minutes", step by step against a real node: the Weekly performance
 * report run, watched live, downloaded as PDF and XLSX with its trend and forecast; the access review
 * scheduled every Monday 09:00 Europe/Berlin to an email address, and that mail received.
 */
const run = promisify(execFile);
const SMTP_PASSWORD = 'walkthrough-smtp-password';
const DAY = 86_400_000;
let cluster: TestCluster;
let owner: ControlPlaneClient;
let smtp: SmtpSink;
let dir: string;

/** Logins per day of the previous week (Monday first): a rising week, so the trend has a slope. */
const LOGINS = [4, 6, 7, 9, 10, 12, 13];

/** Monday 00:00 UTC of the week before the current one: the Weekly performance template's range. */
function previousWeekStart(now = new Date()): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  return new Date(today - (sinceMonday + 7) * DAY);
}

async function pdfText(buf: Buffer): Promise<string> {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, buf);
  return (await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-walkthrough-'));
  smtp = await SmtpSink.start({ user: 'mailer', password: SMTP_PASSWORD });
  cluster = await startCluster({
    env: {
      ALLOW_PRIVATE_TARGETS: 'true',
      SMTP_URL: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'reports@example.test',
      SMTP_REQUIRE_TLS: 'false',
      WORKER_POLL_INTERVAL_MS: '200',
    },
  });
  owner = await cluster.nodes[0]!.owner();
  // A week of sign-ins, as the audit trail records them (the authentication section counts these).
  const me = (await owner.Me()).me.id;
  const start = previousWeekStart();
  for (const [day, count] of LOGINS.entries()) {
    await cluster.nodes[0]!.database.sql`
      insert into audit_logs (actor_type, actor_id, action, outcome, target_type, target_id, occurred_at)
      select 'USER', ${me}, 'auth.login_succeeded', 'SUCCESS', 'user', ${me}, ${new Date(start.getTime() + day * DAY).toISOString()}::timestamptz + g * interval '1 minute'
      from generate_series(1, ${count}) g`;
  }
});
afterAll(async () => {
  await cluster?.close();
  await smtp?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reports walkthrough (README "Reports in ten minutes")', () => {
  it('runs the Weekly performance report live, downloads PDF and XLSX with trend and forecast, and mails the Monday access review', async () => {
    const node = cluster.nodes[0]!;

    // 1. A definition from the Weekly performance template (its defaults: the previous week, by day).
    const { reportTemplates } = await owner.ReportTemplates();
    expect(reportTemplates.map((t) => t.key).sort()).toEqual(['ACCESS_REVIEW', 'DAILY_SUMMARY', 'MONTHLY_COMPREHENSIVE', 'SECURITY_EVENTS', 'WEEKLY_PERFORMANCE']);
    const { createReportDefinition: weekly } = await owner.CreateReportDefinition({ input: { name: 'Weekly performance', template: 'WEEKLY_PERFORMANCE' } });
    expect(weekly.parameters).toMatchObject({ range: 'PREVIOUS_WEEK', granularity: 'DAY' });

    // 2. Run it as PDF and XLSX, and watch its progress live until it ends.
    const { runReport: queued } = await owner.RunReport({ definitionId: weekly.id, formats: ['PDF', 'XLSX'] });
    expect(queued.status).toBe('QUEUED');
    const outcome = await new EventStream(owner.ReportRunChanged({ runId: queued.id }), 'reportRunChanged').end('the weekly run', 30_000);
    const progress = outcome.events.map((e) => e.reportRunChanged);
    expect(progress.at(-1)).toMatchObject({ status: 'SUCCEEDED', progressPercent: 100 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.progressPercent).toBeGreaterThanOrEqual(progress[i - 1]!.progressPercent);
    const { reportRun } = await owner.ReportRun({ id: queued.id });
    const byFormat = Object.fromEntries(reportRun.artifacts.map((a) => [a.format, a]));
    expect(Object.keys(byFormat).sort()).toEqual(['PDF', 'XLSX']);

    // 3. The PDF, through its signed link (no token needed): the title block, the authentication
    //    trend with its forecast, and page numbers.
    const pdf = await download(node, byFormat['PDF']!.downloadUrl!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(pdf.body);
    expect(text).toContain('Weekly performance');
    expect(text).toContain('Authentication');
    expect(text).toMatch(/Method: Holt linear trend/);
    expect(text).toMatch(/MAPE: [\d.]+ % \(backtest\)/);
    expect(text).toMatch(/Slope: \+[\d.]+ per day/);
    expect(text).toMatch(/Page 1 of \d+/);

    // 4. The XLSX: the authentication trends sheet holds the week's logins, day by day, then the forecast.
    const xlsx = await download(node, byFormat['XLSX']!.downloadUrl!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const trends = wb.worksheets.find((ws) => ws.name === 'Authentication trends');
    expect(trends, 'an "Authentication trends" sheet').toBeDefined();
    const rows: unknown[][] = [];
    trends!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const loginsAt = rows.findIndex((r) => r[0] === 'Logins (logins)');
    expect(loginsAt).toBeGreaterThanOrEqual(0);
    const week = rows.slice(loginsAt + 2, loginsAt + 2 + LOGINS.length);
    expect(week.map((r) => r[0])).toEqual(LOGINS.map((_, day) => new Date(previousWeekStart().getTime() + day * DAY)));
    expect(week.map((r) => r[1])).toEqual(LOGINS);
    const forecast = rows[loginsAt + 2 + LOGINS.length]!;
    expect(forecast[3]).toBeGreaterThan(LOGINS.at(-1)!); // the rising week continues
    expect(forecast[4]).toBeLessThanOrEqual(forecast[3] as number); // 80 % band around it
    expect(forecast[5]).toBeGreaterThanOrEqual(forecast[3] as number);

    // 5. The access review, every Monday at 09:00 in Berlin, mailed as PDF and XLSX.
    const { createReportDefinition: review } = await owner.CreateReportDefinition({ input: { name: 'Access review', template: 'ACCESS_REVIEW' } });
    const { createReportSchedule: schedule } = await owner.CreateReportSchedule({
      input: { definitionId: review.id, cron: '0 9 * * 1', timezone: 'Europe/Berlin', formats: ['PDF', 'XLSX'], recipients: [{ kind: 'EMAIL', target: 'security@example.test' }] },
    });
    const next = new Date(schedule.nextRunAt!);
    const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
    expect(berlin).toBe('Mon 09:00');
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(7 * DAY);

    // 6. Monday comes: the schedule is due (last Monday's occurrence), and the per-minute tick, as a
    //    durable job on this node's worker, fires it; the run's files arrive by mail.
    await node.database.sql`update report_schedules set next_run_at = ${new Date(next.getTime() - 7 * DAY).toISOString()}::timestamptz where id = ${schedule.id}`;
    await node.database.sql`select graphile_worker.add_job('reports.scheduleTick'::text, '{}'::json)`;
    const mail = await until(async () => smtp.received.find((m) => m.to.includes('security@example.test')), Boolean, 45_000);
    expect(mail, 'the access review by mail').toBeDefined();
    const attached = mailAttachments(mail!.raw);
    const names = [...attached.keys()].sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^access-review-.*\.pdf$/);
    expect(names[1]).toMatch(/^access-review-.*\.xlsx$/);
    const reviewText = await pdfText(attached.get(names[0]!)!);
    expect(reviewText).toContain('Access review');
    expect(reviewText).toMatch(/Owner/); // the owner's own permission set is in the review
    const { reportSchedule } = await owner.ReportSchedule({ id: schedule.id });
    expect(reportSchedule.lastRunId).toBeTruthy();
    expect(new Date(reportSchedule.nextRunAt!).getTime()).toBe(next.getTime());
  });
});
