import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allow } from '../../fixtures/grants';
import { DEFAULT_PASSWORD, failure, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { createKey } from '../security/helpers';
import { customSet } from '../permissions/features.helpers';
import { definition, download, finished } from './helpers';

const ctx = useCluster({ env: { WORKER_POLL_INTERVAL_MS: '200' } });
const team = `review-${Date.now()}`;

describe('review: a report runs with the rights of the credential that asked for it', () => {
  it('an API key holding only reports:read and reports:run does not get the users (and emails) its owner can read', async () => {
    const email = uniqueEmail('review-victim');
    await ctx.owner.CreateUser({ input: { email, name: 'Victim', password: DEFAULT_PASSWORD, labels: { team } } });
    const d = await definition(ctx.owner, ['users', 'audit'], { team });
    const key = await createKey(ctx.node, ctx.owner, [allow('reports:read'), allow('reports:run')]);
    // The key itself may not read users: the users list refuses it.
    await expect(key.client.Users({ first: 5 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { runReport } = await key.client.RunReport({ definitionId: d.id, formats: ['JSON'] });
    const run = await finished(key.client, runReport.id);
    expect(run.status).toBe('SUCCEEDED');
    const json = (await download(ctx.node, run.artifacts[0]!.downloadUrl!)).json();
    const users = json.sections.find((s) => s.key === 'users')!;
    const audit = json.sections.find((s) => s.key === 'audit')!;
    expect(users.rows.map((r) => r['email'])).not.toContain(email);
    expect(users.rows).toEqual([]);
    expect(audit.rows).toEqual([]);
  });

  it('reports:write (no users:read, no users:readEmail) does not download the users and emails of someone else\'s run', async () => {
    const email = uniqueEmail('review-victim2');
    await ctx.owner.CreateUser({ input: { email, name: 'Victim 2', password: DEFAULT_PASSWORD, labels: { team } } });
    const d = await definition(ctx.owner, ['users'], { team });
    const ownerRun = await finished(ctx.owner, (await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] })).runReport.id);
    expect(ownerRun.status).toBe('SUCCEEDED');
    const set = await customSet(ctx.owner, 'report editors', [
      { effect: 'ALLOW', action: 'reports:read', scope: { kind: 'ALL' } },
      { effect: 'ALLOW', action: 'reports:write', scope: { kind: 'ALL' } },
    ]);
    const editorEmail = uniqueEmail('review-editor');
    await ctx.owner.CreateUser({ input: { email: editorEmail, name: 'Editor', password: DEFAULT_PASSWORD, permissionSetIds: [set.id] } });
    const editor = await ctx.node.clientFor(editorEmail, DEFAULT_PASSWORD);
    expect((await editor.Users({ first: 50 })).users.totalCount).toBe(1); // baseline: only themselves
    // The editor sees the run (and may cancel runs) but gets no link, and the bearer route refuses.
    const { reportRun } = await editor.ReportRun({ id: ownerRun.id });
    expect(reportRun.artifacts[0]!.downloadUrl).toBeNull();
    expect((await editor.ReportRuns({ first: 50 })).reportRuns.edges.flatMap((e) => e.node.artifacts.map((a) => a.downloadUrl)).filter(Boolean)).toEqual([]);
    const refused = await download(ctx.node, `/reports/artifacts/${reportRun.artifacts[0]!.id}`, editor.tokens()!.accessToken);
    expect(refused.status).toBe(404);
    expect(refused.body.toString()).not.toContain(email);
  });

  it('a file of a run that has not SUCCEEDED (still RUNNING, may yet fail or be cancelled) is not served', async () => {
    const sql = ctx.node.database.sql;
    const d = await definition(ctx.owner, ['users'], { team });
    const ownerId = (await ctx.owner.Me()).me.id;
    const runId = randomUUID();
    const artifactId = randomUUID();
    await sql`insert into report_runs (id, definition_id, definition_snapshot, requested_by, formats, status, progress_percent, stage, attempts, started_at)
      values (${runId}, ${d.id}, ${JSON.stringify({ id: d.id, name: d.name, template: 'DAILY_SUMMARY' })}::jsonb, ${ownerId}, '{CSV,PDF}'::report_format[], 'RUNNING', 50, 'writing PDF', 1, now())`;
    await sql`insert into report_artifacts (id, run_id, format, content_type, file_name, size_bytes, sha256, completed_at, expires_at)
      values (${artifactId}, ${runId}, 'CSV'::report_format, 'text/csv', 'x.csv', 3, 'abc', now(), now() + interval '1 day')`;
    await sql`insert into report_artifact_chunks (artifact_id, seq, data) values (${artifactId}, 0, ${Buffer.from('a,b')})`;
    const { reportRun } = await ctx.owner.ReportRun({ id: runId });
    expect(reportRun.status).toBe('RUNNING');
    expect(reportRun.artifacts).toEqual([]);
    expect((await download(ctx.node, `/reports/artifacts/${artifactId}`, ctx.owner.tokens()!.accessToken)).status).toBe(404);
  });

  it('a time zone the definition accepts is one PostgreSQL knows: the run does not fail with an internal error', async () => {
    // Node's ICU still accepts US/Pacific-New; PostgreSQL's tz database dropped it, so every run of it
    // would fail in SQL (`at time zone`). Saving such a definition is refused, naming the field.
    const parameters = { range: 'LAST_24_HOURS', timezone: 'US/Pacific-New', granularity: 'HOUR' } as const;
    const refused = await failure(() => ctx.owner.CreateReportDefinition({ input: { name: `tz ${Date.now()}`, template: 'DAILY_SUMMARY', parameters, sections: ['users'] } }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parameters.timezone' });
    expect(refused.message).toContain('US/Pacific-New');

    // A zone both know, spelt in another case (PostgreSQL's lookup ignores case too), runs.
    const { createReportDefinition: d } = await ctx.owner.CreateReportDefinition({
      input: { name: `tz ok ${Date.now()}`, template: 'DAILY_SUMMARY', parameters: { ...parameters, timezone: 'america/los_angeles' }, sections: ['users'] },
    });
    expect(d.parameters.timezone).toBe('america/los_angeles');
    const run = await finished(ctx.owner, (await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] })).runReport.id);
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');

    // An update to such a zone is refused and changes nothing.
    expect(await failure(() => ctx.owner.UpdateReportDefinition({ id: d.id, version: 1, input: { parameters: { timezone: 'US/Pacific-New' } } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parameters.timezone',
    });
    expect((await ctx.owner.ReportDefinition({ id: d.id })).reportDefinition).toMatchObject({ version: 1, parameters: { timezone: 'america/los_angeles' } });

    // A definition saved before the check (written here directly) cannot be cloned into another broken one.
    await ctx.node.database.sql`update report_definitions set parameters = jsonb_set(parameters, '{timezone}', '"US/Pacific-New"') where id = ${d.id}`;
    expect(await failure(() => ctx.owner.CloneReportDefinition({ id: d.id, name: `tz clone ${Date.now()}` }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
