import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { signArtifactLink } from '../../../src/services/reports/artifact-links';
import { runReportJob } from '../../../src/services/reports/report-runner';
import { purgeReportArtifactsTask } from '../../../src/services/reports/report-retention';
import { DEFAULT_PASSWORD, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { customSet } from '../permissions/features.helpers';
import { EventStream } from '../subscriptions/stream';
import { definition, download, finished } from './helpers';

const ctx = useCluster({ env: { WORKER_POLL_INTERVAL_MS: '200' } });
const token = (c: ControlPlaneClient) => c.tokens()!.accessToken;
const team = `reports-${Date.now()}`;
const seeded: Record<'a' | 'b', Array<{ id: string; email: string }>> = { a: [], b: [] };

beforeAll(async () => {
  for (const [slice, count] of [['a', 3], ['b', 2]] as const) {
    for (let i = 0; i < count; i++) {
      const email = uniqueEmail(`report-${slice}`);
      const { createUser } = await ctx.owner.CreateUser({ input: { email, name: `Report ${slice}${i}`, password: DEFAULT_PASSWORD, labels: { team, slice } } });
      seeded[slice].push({ id: createUser.id, email });
    }
  }
});

describe('report runs', () => {
  it('runs to SUCCEEDED with a JSON file whose values match the users seeded; progress streams monotonic to the end', async () => {
    const d = await definition(ctx.owner, ['users', 'alerts'], { team });
    const { runReport: queued } = await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] });
    expect(queued.status).toBe('QUEUED');
    expect(queued.artifacts).toEqual([]);
    const outcome = await ctx.track(new EventStream(ctx.owner.ReportRunChanged({ runId: queued.id }), 'reportRunChanged')).end('the run', 15_000);
    expect(outcome.error).toBeUndefined();
    const seen = outcome.events.map((e) => e.reportRunChanged);
    expect(seen.at(-1)!.status).toBe('SUCCEEDED');
    expect(seen.at(-1)!.progressPercent).toBe(100);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.progressPercent).toBeGreaterThanOrEqual(seen[i - 1]!.progressPercent);
    expect(seen.filter((s) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(s.status))).toHaveLength(1);

    const run = (await ctx.owner.ReportRun({ id: queued.id })).reportRun;
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempts: 1, rowCount: 5, error: null, definitionName: d.name, template: 'DAILY_SUMMARY' });
    expect(run.artifacts).toHaveLength(1);
    const artifact = run.artifacts[0]!;
    expect(artifact).toMatchObject({ format: 'JSON', contentType: 'application/json; charset=utf-8' });
    expect(artifact.fileName).toMatch(/^runs-\d+-\d+-\d{4}-\d{2}-\d{2}\.json$/);

    // The list (lean read: one statement for the page and its files) shows the same run.
    const seenStatements: string[] = [];
    const stop = ctx.node.database.onStatement((q) => seenStatements.push(q));
    const listed = await ctx.owner.ReportRuns({ definitionId: d.id }).finally(stop);
    expect(listed.reportRuns.totalCount).toBe(1);
    const noLinks = (r: typeof run) => ({ ...r, artifacts: r.artifacts.map((a) => ({ ...a, downloadUrl: a.downloadUrl!.split('?')[0] })) });
    expect(noLinks(listed.reportRuns.edges[0]!.node)).toEqual(noLinks(run));
    expect(seenStatements.filter((q) => /from "report_runs"/.test(q) && !/count\(/.test(q))).toHaveLength(1);
    expect(seenStatements.filter((q) => /from "report_artifacts"/.test(q) && !/from "report_runs"/.test(q))).toHaveLength(0);

    const file = await download(ctx.node, `/reports/artifacts/${artifact.id}`, token(ctx.owner));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${artifact.fileName}"`);
    expect(Number(file.headers.get('content-length'))).toBe(artifact.sizeBytes);
    expect(file.body.length).toBe(artifact.sizeBytes);
    expect(file.headers.get('etag')).toBe(`"${artifact.sha256}"`);
    const json = file.json();
    expect(json.report.timezone).toBe('Europe/Berlin');
    const users = json.sections.find((s) => s.key === 'users')!;
    const all = [...seeded.a, ...seeded.b];
    expect(users.rows.map((r) => r['id']).sort()).toEqual(all.map((u) => u.id).sort());
    expect(users.rows.map((r) => r['email']).sort()).toEqual(all.map((u) => u.email).sort());
    expect(users.summary).toEqual(expect.arrayContaining([{ label: 'Users', value: 5 }, { label: 'New in range', value: 5 }]));
    const growth = users.series.find((s) => s.key === 'newUsers')!;
    expect(growth.points.reduce((n, p) => n + p.value, 0)).toBe(5);
    expect(growth.points.length).toBeGreaterThanOrEqual(24);
    // Every series carries its trend and a forecast (or the reason there is none).
    expect(growth.trend?.movingAverage).toHaveLength(growth.points.length);
    expect(growth.forecast).toBeDefined();
    expect(growth.forecast!.available || /forecast/i.test((growth.forecast as { reason: string }).reason)).toBe(true);
    // The owner reads alerts: the section is there with its columns, empty on this fresh node.
    const alerts = json.sections.find((s) => s.key === 'alerts')!;
    expect(alerts.columns.length).toBeGreaterThan(0);
    expect(alerts.rows).toEqual([]);
  });

  it('a label-scoped viewer gets only their slice, without others\' emails; sees only their own runs', async () => {
    const set = await customSet(ctx.owner, 'report slice', [
      { effect: 'ALLOW', action: 'reports:read', scope: { kind: 'ALL' } },
      { effect: 'ALLOW', action: 'reports:run', scope: { kind: 'ALL' } },
      { effect: 'ALLOW', action: 'users:read', scope: { kind: 'LABELS', labels: { team, slice: 'a' } } },
    ]);
    const email = uniqueEmail('report-scoped');
    const { createUser } = await ctx.owner.CreateUser({ input: { email, name: 'Scoped', password: DEFAULT_PASSWORD, permissionSetIds: [set.id], labels: { team, slice: 'a' } } });
    const scoped = await ctx.node.clientFor(email, DEFAULT_PASSWORD);
    const d = await definition(ctx.owner, ['users', 'audit'], { team });
    const { runReport } = await scoped.RunReport({ definitionId: d.id, formats: ['JSON'] });
    const run = await finished(scoped, runReport.id);
    expect(run.status).toBe('SUCCEEDED');
    const json = (await download(ctx.node, run.artifacts[0]!.downloadUrl!)).json();
    const users = json.sections.find((s) => s.key === 'users')!;
    expect(users.rows.map((r) => r['id']).sort()).toEqual([...seeded.a.map((u) => u.id), createUser.id].sort());
    // Only their own email (users:readEmail SELF from the baseline).
    expect(users.rows.filter((r) => r['email'] !== null).map((r) => r['email'])).toEqual([email]);
    const audit = json.sections.find((s) => s.key === 'audit')!;
    expect(audit.rows).toEqual([]);
    expect(audit.note).toMatch(/audit:read/);

    // Runs: the scoped user sees their own; the owner's runs are not theirs to see.
    const { reportRuns } = await scoped.ReportRuns({ first: 50 });
    expect(reportRuns.edges.map((e) => e.node.id)).toEqual([runReport.id]);
    const ownerRun = (await ctx.owner.ReportRuns({ first: 50 })).reportRuns.edges.find((e) => e.node.requestedBy === ctx.ownerId)!.node;
    expect(await errorCode(() => scoped.ReportRun({ id: ownerRun.id }))).toBe('NOT_FOUND');
    expect(await errorCode(() => scoped.CancelReportRun({ id: ownerRun.id }))).toBe('NOT_FOUND');
    // The owner (reports:write) sees everyone's runs, but not their files: those hold what the
    // requester's rights read, and only the requester downloads them.
    const seenByOwner = (await ctx.owner.ReportRun({ id: runReport.id })).reportRun;
    expect(seenByOwner.requestedBy).toBe(createUser.id);
    expect(seenByOwner.artifacts.length).toBeGreaterThan(0);
    expect(seenByOwner.artifacts.every((a) => a.downloadUrl === null)).toBe(true);
    expect((await download(ctx.node, `/reports/artifacts/${seenByOwner.artifacts[0]!.id}`, token(ctx.owner))).status).toBe(404);
    expect((await scoped.ReportRun({ id: runReport.id })).reportRun.artifacts[0]!.downloadUrl).toMatch(/\?exp=\d+&sig=/);
  });

  it('downloads: bearer, signed link; expired, forged, someone else\'s and anonymous refused; all audited', async () => {
    const d = await definition(ctx.owner, ['users'], { team });
    const run = await finished(ctx.owner, (await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] })).runReport.id);
    const artifact = run.artifacts[0]!;
    const path = `/reports/artifacts/${artifact.id}`;
    const viaLink = await download(ctx.node, artifact.downloadUrl!);
    expect(viaLink.status).toBe(200);
    const viaBearer = await download(ctx.node, path, token(ctx.owner));
    expect(viaLink.body.equals(viaBearer.body)).toBe(true);

    const expired = signArtifactLink(ctx.node.deps.secretBox, artifact.id, 10, Date.now() - 60_000);
    expect((await download(ctx.node, `${path}?exp=${expired.exp}&sig=${encodeURIComponent(expired.sig)}`)).status).toBe(404);
    const good = new URL(artifact.downloadUrl!, ctx.node.url);
    const forged = await download(ctx.node, `${path}?exp=${Number(good.searchParams.get('exp')) + 3600}&sig=${encodeURIComponent(good.searchParams.get('sig')!)}`);
    expect(forged.status).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'FORBIDDEN' });
    // A link for one file does not open another.
    expect((await download(ctx.node, `/reports/artifacts/${run.id}?${good.searchParams}`)).status).toBe(403);
    const anonymous = await download(ctx.node, path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const developer = await member(ctx.node, ctx.owner, ['Developer'], { prefix: 'report-dev' });
    expect((await download(ctx.node, path, token(developer.client))).status).toBe(404);

    const { auditLogs } = await ctx.owner.AuditLogs({ first: 50, filter: { action: 'report.artifact_downloaded' } });
    const mine = auditLogs.edges.map((e) => e.node).filter((a) => a.targetId === artifact.id);
    expect(mine.filter((a) => a.outcome === 'SUCCESS')).toHaveLength(2);
    expect(mine.filter((a) => a.outcome === 'DENIED').map((a) => (a.metadata as { reason: string }).reason).sort()).toEqual(
      ['invalid link', 'link expired', 'not the run\'s requester'].sort(),
    );
    expect(mine.find((a) => a.actorId === developer.id)?.outcome).toBe('DENIED');

    // Someone who may not see the run cannot watch it either: refused when the subscription opens.
    const refused = await ctx.track(new EventStream(developer.client.ReportRunChanged({ runId: run.id }), 'not my run')).end('opening', 5_000);
    expect(refused.events).toEqual([]);
    expect((refused.error as { code?: string }).code).toBe('NOT_FOUND');
    // A finished run's subscription gives its end state and ends.
    const done = await ctx.track(new EventStream(ctx.owner.ReportRunChanged({ runId: run.id }), 'finished run')).end('the end state', 5_000);
    expect(done.events.map((e) => e.reportRunChanged.status)).toEqual(['SUCCEEDED']);

    // Retention: a file past its time is purged, and its links then find nothing.
    await ctx.node.database.sql`update report_artifacts set expires_at = now() - interval '1 minute' where id = ${artifact.id}`;
    await purgeReportArtifactsTask.run(ctx.node.deps, {}, { id: 'test', attempt: 1, maxAttempts: 1 });
    expect(await ctx.node.database.sql`select 1 from report_artifact_chunks where artifact_id = ${artifact.id}`).toHaveLength(0);
    expect((await download(ctx.node, path, token(ctx.owner))).status).toBe(404);
    expect((await ctx.owner.ReportRun({ id: run.id })).reportRun.artifacts).toEqual([]);
  });

  it('a run whose node died is run again from scratch and ends once', async () => {
    const d = await definition(ctx.owner, ['users'], { team });
    const first = await finished(ctx.owner, (await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] })).runReport.id);
    const sql = ctx.node.database.sql;
    // A run some node started (attempt 1) and died in: RUNNING, half a file written, no job left.
    const [dead] = await sql<Array<{ id: string }>>`
      insert into report_runs (id, definition_id, definition_snapshot, requested_by, formats, status, attempts, stage, progress_percent, started_at)
      select gen_random_uuid(), definition_id, definition_snapshot, requested_by, formats, 'RUNNING', 1, 'writing JSON', 40, now()
      from report_runs where id = ${first.id} returning id`;
    const [partial] = await sql<Array<{ id: string }>>`
      insert into report_artifacts (id, run_id, format, content_type, file_name, expires_at)
      values (gen_random_uuid(), ${dead!.id}, 'JSON', 'application/json', 'partial.json', now() + interval '1 day') returning id`;
    await sql`insert into report_artifact_chunks (artifact_id, seq, data) values (${partial!.id}, 0, ${Buffer.from('{"report":')})`;

    await Promise.all([runReportJob(ctx.node.deps, dead!.id), runReportJob(ctx.node.deps, dead!.id)]);
    await runReportJob(ctx.node.deps, dead!.id);

    const run = (await ctx.owner.ReportRun({ id: dead!.id })).reportRun;
    expect(run.status).toBe('SUCCEEDED');
    expect(run.attempts).toBeGreaterThanOrEqual(2);
    expect(run.artifacts).toHaveLength(1);
    expect(run.artifacts[0]!.id).not.toBe(partial!.id);
    const [{ count }] = (await sql`select count(*)::int as count from report_artifacts where run_id = ${dead!.id}`) as unknown as [{ count: number }];
    expect(count).toBe(1);
    const json = (await download(ctx.node, run.artifacts[0]!.downloadUrl!)).json();
    const [{ labelled }] = (await sql`select count(*)::int as labelled from users where labels->>'team' = ${team}`) as unknown as [{ labelled: number }];
    expect(json.sections[0]!.rows).toHaveLength(labelled);
    expect(run.rowCount).toBe(labelled);
    const ends = await sql`select 1 from audit_logs where action = 'report_run.finished' and target_id = ${dead!.id}`;
    expect(ends).toHaveLength(1);
  });

  it('the audit section counts activity by action, actor and target type, as the trail holds it', async () => {
    const d = await definition(ctx.owner, ['audit']);
    const run = await finished(ctx.owner, (await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] })).runReport.id);
    expect(run.status).toBe('SUCCEEDED');
    const file = (await download(ctx.node, run.artifacts[0]!.downloadUrl!)).json();
    const audit = file.sections.find((s) => s.key === 'audit')!;
    const [busiest] = await ctx.node.database.sql<Array<{ action: string; n: number }>>`
      select action, count(*)::int as n from audit_logs where occurred_at >= ${file.report.range.from}::timestamptz and occurred_at < ${file.report.range.to}::timestamptz
      group by action order by n desc, action limit 1`;
    expect(audit.summary).toContainEqual({ label: `Action #1: ${busiest!.action}`, value: busiest!.n });
    expect(audit.summary.some((c) => /^Actor #1: /.test(c.label))).toBe(true);
    expect(audit.summary.some((c) => /^Target type #1: /.test(c.label))).toBe(true);
    expect(audit.rows.length).toBeGreaterThan(0);
  });

  it('one run writes every format asked for; a finished run cannot be cancelled', async () => {
    const d = await definition(ctx.owner, ['users'], { team });
    const run = await finished(ctx.owner, (await ctx.owner.RunReport({ definitionId: d.id, formats: ['CSV', 'JSON', 'XLSX', 'PDF'] })).runReport.id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.artifacts.map((a) => [a.format, a.contentType]).sort()).toEqual([
      ['CSV', 'text/csv; charset=utf-8'],
      ['JSON', 'application/json; charset=utf-8'],
      ['PDF', 'application/pdf'],
      ['XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(run.artifacts.every((a) => a.sizeBytes > 0 && /^[0-9a-f]{64}$/.test(a.sha256 ?? ''))).toBe(true);
    expect(await errorCode(() => ctx.owner.CancelReportRun({ id: run.id }))).toBe('CONFLICT');
  });
});
