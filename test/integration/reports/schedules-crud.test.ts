import { describe, expect, it } from 'vitest';
import { failure, member } from '../../fixtures/seed';
import { createKey } from '../security/helpers';
import { useCluster } from '../../fixtures/test-node';
import { auditActions, insertDefinition, scheduleRow, SIGNING_SECRET, SLACK_TOKEN } from './schedules-helpers';

const fx = useCluster({ env: { SMTP_URL: 'smtp://mailer:mail-password@127.0.0.1:2525', SMTP_FROM: 'reports@example.test' } });

/** The local weekday and hour of an instant in a zone. */
const local = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('report schedules: create, read, update, delete', () => {
  it('creates a schedule with its owner, next run in the zone, and write-only recipient secrets', async () => {
    const definitionId = await insertDefinition(fx.node);
    const { createReportSchedule: s } = await fx.owner.CreateReportSchedule({
      input: {
        definitionId,
        cron: '0 9 * * 1',
        timezone: 'Europe/Berlin',
        formats: ['PDF', 'XLSX', 'PDF'],
        recipients: [
          { kind: 'EMAIL', target: 'team@example.test' },
          { kind: 'SLACK', target: `https://hooks.slack.example/services/${SLACK_TOKEN}` },
          { kind: 'WEBHOOK', target: 'https://hooks.example.test/reports', signingSecret: SIGNING_SECRET },
        ],
      },
    });
    expect(s).toMatchObject({ definitionId, ownerId: fx.ownerId, cron: '0 9 * * 1', timezone: 'Europe/Berlin', formats: ['PDF', 'XLSX'], enabled: true, skipIfEmpty: false, version: 1, disabledReason: null, lastRunAt: null });
    expect(s.recipients).toEqual([
      { kind: 'EMAIL', target: 'team@example.test', secretSet: false },
      { kind: 'SLACK', target: 'https://hooks.slack.example/…', secretSet: true },
      // The webhook URL is sealed like the Slack URL (a path may be a credential): its origin only.
      { kind: 'WEBHOOK', target: 'https://hooks.example.test/…', secretSet: true },
    ]);
    expect(local(s.nextRunAt!, 'Europe/Berlin')).toBe('Mon 09:00');
    expect(new Date(s.nextRunAt!).getTime()).toBeGreaterThan(Date.now());
    const read = await fx.owner.ReportSchedule({ id: s.id });
    const stored = await scheduleRow(fx.node, s.id);
    for (const text of [JSON.stringify(read), JSON.stringify(s), stored.recipient_secrets_sealed!, JSON.stringify(await auditActions(fx.node, s.id))]) {
      expect(text).not.toContain(SLACK_TOKEN);
      expect(text).not.toContain('hooks.example.test/reports');
      expect(text).not.toContain(SIGNING_SECRET.slice(6));
    }
    expect((await auditActions(fx.node, s.id)).map((a) => a.action)).toEqual(['report_schedule.created']);
  });

  it('refuses a bad cron, a bad zone, an unknown definition and bad recipients with BAD_USER_INPUT', async () => {
    const definitionId = await insertDefinition(fx.node);
    const base = { definitionId, cron: '0 9 * * 1', timezone: 'Europe/Berlin', formats: ['CSV' as const] };
    const cases: Array<[Partial<typeof base> & Record<string, unknown>, string]> = [
      [{ cron: '0 9 * *' }, 'input.cron'],
      [{ cron: '0 9 * * 1 2026' }, 'input.cron'],
      [{ cron: '99 9 * * 1' }, 'input.cron'],
      [{ timezone: 'Europe/Atlantis' }, 'input.timezone'],
      [{ definitionId: '00000000-0000-4000-8000-000000000000' }, 'input.definitionId'],
      [{ formats: [] }, 'input.formats'],
      [{ recipients: [{ kind: 'WEBHOOK', target: 'https://hooks.example.test/x' }] }, 'input.recipients.0.signingSecret'],
      [{ recipients: [{ kind: 'WEBHOOK', target: 'https://u:p@hooks.example.test/x', signingSecret: SIGNING_SECRET }] }, 'input.recipients.0.target'],
      [{ recipients: [{ kind: 'EMAIL', target: 'not-an-address' }] }, 'input.recipients.0.target'],
    ];
    for (const [change, field] of cases) {
      const f = await failure(() => fx.owner.CreateReportSchedule({ input: { ...base, ...change } as never }));
      expect(f.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(f.field, JSON.stringify(change)).toContain(field);
    }
    const [{ n }] = await fx.node.database.sql<Array<{ n: number }>>`select count(*)::int as n from report_schedules where definition_id = ${definitionId}`;
    expect(n).toBe(0);
  });

  it('reading needs reports:read, changing needs reports:schedule (and reports:run)', async () => {
    const definitionId = await insertDefinition(fx.node);
    const { createReportSchedule: s } = await fx.owner.CreateReportSchedule({ input: { definitionId, cron: '0 6 * * *', timezone: 'UTC', formats: ['CSV'] } });
    const viewer = await member(fx.node, fx.owner, ['Viewer']);
    expect((await viewer.client.ReportSchedule({ id: s.id })).reportSchedule.id).toBe(s.id);
    const developer = await member(fx.node, fx.owner, ['Developer']);
    for (const client of [viewer.client, developer.client]) {
      expect((await failure(() => client.CreateReportSchedule({ input: { definitionId, cron: '0 6 * * *', timezone: 'UTC', formats: ['CSV'] } }))).code).toBe('FORBIDDEN');
      expect((await failure(() => client.UpdateReportSchedule({ id: s.id, input: { version: 1, enabled: false } }))).code).toBe('FORBIDDEN');
      expect((await failure(() => client.DeleteReportSchedule({ id: s.id }))).code).toBe('FORBIDDEN');
    }
    expect((await fx.owner.ReportSchedule({ id: s.id })).reportSchedule).toMatchObject({ version: 1, enabled: true });
    // reports:schedule without reports:run: the schedule would run as them, so it is refused (and audited).
    const scheduler = await member(fx.node, fx.owner, ['Viewer']);
    await fx.owner.GrantPermission({ userId: scheduler.id, grant: { action: 'reports:schedule', effect: 'ALLOW', scope: { kind: 'ALL' } } });
    const refused = await failure(() => scheduler.client.CreateReportSchedule({ input: { definitionId, cron: '0 6 * * *', timezone: 'UTC', formats: ['CSV'] } }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/reports:run/) });
    const [denial] = await fx.node.database.sql<Array<{ outcome: string }>>`select outcome::text from audit_logs where action = 'report_schedule.created' and actor_id = ${scheduler.id}`;
    expect(denial?.outcome).toBe('DENIED');
  });

  it('shows email addresses in full only to reports:schedule holders; a Viewer sees their domain', async () => {
    const definitionId = await insertDefinition(fx.node);
    const { createReportSchedule: s } = await fx.owner.CreateReportSchedule({
      input: { definitionId, cron: '0 6 * * *', timezone: 'UTC', formats: ['CSV'], recipients: [{ kind: 'EMAIL', target: 'cfo.private@example.test' }, { kind: 'WEBHOOK', target: 'https://hooks.example.test/a/b/TopSecretToken', signingSecret: SIGNING_SECRET }] },
    });
    expect(s.recipients.map((r) => r.target)).toEqual(['cfo.private@example.test', 'https://hooks.example.test/…']);
    const viewer = await member(fx.node, fx.owner, ['Viewer']);
    const one = (await viewer.client.ReportSchedule({ id: s.id })).reportSchedule;
    expect(one.recipients).toEqual([
      { kind: 'EMAIL', target: '…@example.test', secretSet: false },
      { kind: 'WEBHOOK', target: 'https://hooks.example.test/…', secretSet: true },
    ]);
    const listed = (await viewer.client.ReportSchedules({ first: 100, definitionId })).reportSchedules.edges.map((e) => e.node);
    expect(JSON.stringify(listed)).not.toContain('cfo.private');
    expect((await fx.owner.ReportSchedule({ id: s.id })).reportSchedule.recipients[0]!.target).toBe('cfo.private@example.test');
    // Neither the audit trail nor the shown row carries the webhook's path.
    const audit = JSON.stringify(await auditActions(fx.node, s.id));
    expect(audit).toContain('WEBHOOK:https://hooks.example.test/…');
    expect(audit).not.toContain('TopSecretToken');
    const [{ recipients }] = await fx.node.database.sql<Array<{ recipients: unknown }>>`select recipients from report_schedules where id = ${s.id}`;
    expect(JSON.stringify(recipients)).not.toContain('TopSecretToken');
  });

  it('an API key holding reports:schedule cannot create, change or delete a schedule (audited DENIED)', async () => {
    const definitionId = await insertDefinition(fx.node);
    const { createReportSchedule: s } = await fx.owner.CreateReportSchedule({ input: { definitionId, cron: '0 6 * * *', timezone: 'UTC', formats: ['CSV'] } });
    const grants = (['reports:read', 'reports:run', 'reports:schedule'] as const).map((action) => ({ action, effect: 'ALLOW' as const, scope: { kind: 'ALL' as const } }));
    const { client } = await createKey(fx.node, fx.owner, grants, { name: 'weekly exporter' });
    expect((await client.ReportSchedule({ id: s.id })).reportSchedule.id).toBe(s.id);
    const message = "A report schedule runs with a person's rights; an API key cannot create or change one";
    const calls = [
      () => client.CreateReportSchedule({ input: { definitionId, cron: '0 6 * * *', timezone: 'UTC', formats: ['CSV'] } }),
      () => client.UpdateReportSchedule({ id: s.id, input: { version: 1, enabled: false } }),
      () => client.DeleteReportSchedule({ id: s.id }),
    ];
    for (const call of calls) expect(await failure(call)).toMatchObject({ code: 'FORBIDDEN', message });
    expect((await fx.owner.ReportSchedule({ id: s.id })).reportSchedule).toMatchObject({ version: 1, enabled: true });
    const [{ n }] = await fx.node.database.sql<Array<{ n: number }>>`select count(*)::int as n from report_schedules where definition_id = ${definitionId}`;
    expect(n).toBe(1);
    const denials = await fx.node.database.sql<Array<{ action: string; outcome: string }>>`
      select action, outcome::text from audit_logs where action like 'report_schedule.%' and outcome = 'DENIED' and metadata->>'reason' = ${message} order by id`;
    expect(denials.map((d) => d.action).slice(-3)).toEqual(['report_schedule.created', 'report_schedule.updated', 'report_schedule.deleted']);
  });

  it('updates with the version read (CONFLICT when stale), recomputes the next run, and deletes', async () => {
    const definitionId = await insertDefinition(fx.node);
    const { createReportSchedule: s } = await fx.owner.CreateReportSchedule({ input: { definitionId, cron: '0 9 * * 1', timezone: 'Europe/Berlin', formats: ['CSV'] } });
    const { updateReportSchedule: u } = await fx.owner.UpdateReportSchedule({ id: s.id, input: { version: 1, cron: '30 7 * * *', timezone: 'America/New_York', skipIfEmpty: true } });
    expect(u).toMatchObject({ version: 2, cron: '30 7 * * *', timezone: 'America/New_York', skipIfEmpty: true, formats: ['CSV'] });
    expect(local(u.nextRunAt!, 'America/New_York').slice(-5)).toBe('07:30');
    const stale = await failure(() => fx.owner.UpdateReportSchedule({ id: s.id, input: { version: 1, enabled: false } }));
    expect(stale.code).toBe('CONFLICT');
    const { updateReportSchedule: off } = await fx.owner.UpdateReportSchedule({ id: s.id, input: { version: 2, enabled: false } });
    expect(off).toMatchObject({ enabled: false, nextRunAt: null, version: 3 });
    const { updateReportSchedule: on } = await fx.owner.UpdateReportSchedule({ id: s.id, input: { version: 3, enabled: true } });
    expect(on.nextRunAt).not.toBeNull();
    expect((await failure(() => fx.owner.UpdateReportSchedule({ id: s.id, input: { version: 4, cron: 'nope' } }))).code).toBe('BAD_USER_INPUT');
    expect((await fx.owner.DeleteReportSchedule({ id: s.id })).deleteReportSchedule).toBe(true);
    expect((await failure(() => fx.owner.ReportSchedule({ id: s.id }))).code).toBe('NOT_FOUND');
    expect((await auditActions(fx.node, s.id)).map((a) => a.action)).toEqual([
      'report_schedule.created',
      'report_schedule.updated',
      'report_schedule.updated',
      'report_schedule.updated',
      'report_schedule.deleted',
    ]);
  });

  it('lists schedules as a Relay connection, filtered by definition', async () => {
    const definitionId = await insertDefinition(fx.node);
    const ids: string[] = [];
    for (const cron of ['0 1 * * *', '0 2 * * *', '0 3 * * *']) {
      ids.push((await fx.owner.CreateReportSchedule({ input: { definitionId, cron, timezone: 'UTC', formats: ['JSON'] } })).createReportSchedule.id);
    }
    const first = (await fx.owner.ReportSchedules({ first: 2, definitionId })).reportSchedules;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await fx.owner.ReportSchedules({ first: 2, after: first.pageInfo.endCursor, definitionId })).reportSchedules;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(ids);
    expect((await failure(() => fx.owner.ReportSchedules({ first: 500 }))).code).toBe('BAD_USER_INPUT');
  });
});
