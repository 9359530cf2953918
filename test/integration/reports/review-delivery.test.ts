import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as HooksModule from '../../../src/services/reports/run-hooks';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { loadServerModule } from '../../fixtures/load';
import { DEFAULT_PASSWORD, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { customSet } from '../permissions/features.helpers';
import { auditActions, insertDefinition, insertSucceededRun, scheduleRow, SIGNING_SECRET } from './schedules-helpers';

const { runFinishedHooks } = loadServerModule<typeof HooksModule>('../../src/services/reports/run-hooks.ts');
let sink: DeliverySink;
beforeAll(async () => {
  sink = await DeliverySink.start();
});
afterAll(async () => {
  await sink?.close();
});
const ctx = useCluster({ env: { ALLOW_PRIVATE_TARGETS: 'true', WORKER_POLL_INTERVAL_MS: '100', DELIVERY_BACKOFF_BASE_MS: '20' } });

describe('review: a scheduled run is delivered where its schedule pointed when it ran as its owner', () => {
  it('another reports:schedule holder re-pointing the recipients while the owner\'s run is in flight does not receive the owner\'s report', async () => {
    const node = ctx.node;
    const definitionId = await insertDefinition(node);
    const hook = (p: string) => ({ kind: 'WEBHOOK' as const, target: `${sink.url}/hooks/${p}`, signingSecret: SIGNING_SECRET });
    const { createReportSchedule: s } = await ctx.owner.CreateReportSchedule({ input: { definitionId, cron: '0 9 * * 1', timezone: 'UTC', formats: ['CSV'], recipients: [hook('owner')] } });
    // The owner's run of an occurrence (read with the owner's rights), still running.
    const run = await insertSucceededRun(node, s.id, 1, [{ format: 'CSV', fileName: 'owner.csv', contentType: 'text/csv', chunks: [Buffer.from('email\r\nsecret@example.test\r\n')] }]);

    const set = await customSet(ctx.owner, 'report schedulers', [
      { effect: 'ALLOW', action: 'reports:read', scope: { kind: 'ALL' } },
      { effect: 'ALLOW', action: 'reports:run', scope: { kind: 'ALL' } },
      { effect: 'ALLOW', action: 'reports:schedule', scope: { kind: 'ALL' } },
    ]);
    const email = uniqueEmail('review-scheduler');
    await ctx.owner.CreateUser({ input: { email, name: 'Scheduler', password: DEFAULT_PASSWORD, permissionSetIds: [set.id] } });
    const attacker = await node.clientFor(email, DEFAULT_PASSWORD);
    await attacker.UpdateReportSchedule({ id: s.id, input: { version: s.version, recipients: [hook('attacker')] } });

    // The owner's run ends: the runner's finished-run hooks.
    await node.database.db.transaction((tx) => runFinishedHooks(tx, { id: run.runId, status: 'SUCCEEDED', scheduleId: s.id, requestedBy: null, rowCount: 1, artifactIds: run.artifactIds }));
    // The delivery job settles by skipping, and says why in the audit trail.
    const audit = await until(() => auditActions(node, s.id), (rows) => rows.some((a) => a.action === 'report_schedule.delivery_skipped'), 15_000);
    expect(audit.filter((a) => a.action === 'report_schedule.delivery_skipped').map((a) => a.metadata)).toEqual([
      { runId: run.runId, reason: "the schedule's owner is no longer the run's requester" },
    ]);
    expect(audit.some((a) => a.action === 'report_schedule.delivered')).toBe(false);
    expect(sink.requests('/hooks/attacker')).toEqual([]);
    expect(sink.requests('/hooks/owner')).toEqual([]);
  });

  it('the owner changing their own schedule while a run is in flight: that run is not delivered; the next one is', async () => {
    const node = ctx.node;
    const definitionId = await insertDefinition(node);
    const hook = (p: string) => ({ kind: 'WEBHOOK' as const, target: `${sink.url}/hooks/${p}`, signingSecret: SIGNING_SECRET });
    const { createReportSchedule: s } = await ctx.owner.CreateReportSchedule({ input: { definitionId, cron: '0 9 * * 1', timezone: 'UTC', formats: ['CSV'], recipients: [hook('old-team')] } });
    const file = [{ format: 'CSV' as const, fileName: 'r.csv', contentType: 'text/csv', chunks: [Buffer.from('a\r\n1\r\n')] }];
    const inFlight = await insertSucceededRun(node, s.id, 1, file);
    await ctx.owner.UpdateReportSchedule({ id: s.id, input: { version: s.version, recipients: [hook('new-team')] } });
    await node.database.db.transaction((tx) => runFinishedHooks(tx, { id: inFlight.runId, status: 'SUCCEEDED', scheduleId: s.id, requestedBy: null, rowCount: 1, artifactIds: inFlight.artifactIds }));
    const audit = await until(() => auditActions(node, s.id), (rows) => rows.some((a) => a.action === 'report_schedule.delivery_skipped'), 15_000);
    expect(audit.find((a) => a.action === 'report_schedule.delivery_skipped')?.metadata).toEqual({ runId: inFlight.runId, reason: 'the schedule changed after the run was queued (version 1, now 2)' });

    // A run fired from the schedule as it is now goes to the new recipients.
    const next = await insertSucceededRun(node, s.id, 1, file);
    await node.database.db.transaction((tx) => runFinishedHooks(tx, { id: next.runId, status: 'SUCCEEDED', scheduleId: s.id, requestedBy: null, rowCount: 1, artifactIds: next.artifactIds }));
    const delivered = await until(async () => sink.requests('/hooks/new-team'), (r) => r.length > 0, 15_000);
    expect(delivered).toHaveLength(1);
    expect(JSON.parse(delivered[0]!.body)).toMatchObject({ data: { report: { runId: next.runId } } });
    expect(sink.requests('/hooks/old-team')).toEqual([]);
  });

  it('a sealed webhook URL survives key rotation: after rotateEncryptionKey the run is still delivered to its full path', async () => {
    const node = ctx.node;
    const definitionId = await insertDefinition(node);
    const target = `${sink.url}/hooks/rotated/PathToken42`;
    const { createReportSchedule: s } = await ctx.owner.CreateReportSchedule({ input: { definitionId, cron: '0 9 * * 1', timezone: 'UTC', formats: ['CSV'], recipients: [{ kind: 'WEBHOOK', target, signingSecret: SIGNING_SECRET }] } });
    const before = await scheduleRow(node, s.id);
    const { rotateEncryptionKey: r } = await ctx.owner.RotateEncryptionKey();
    const after = await scheduleRow(node, s.id);
    expect(after.recipient_secrets_sealed).not.toBe(before.recipient_secrets_sealed);
    expect(after.recipient_secrets_sealed).toContain(r.keyId);
    const run = await insertSucceededRun(node, s.id, 1, [{ format: 'CSV', fileName: 'r.csv', contentType: 'text/csv', chunks: [Buffer.from('a\r\n1\r\n')] }]);
    await node.database.db.transaction((tx) => runFinishedHooks(tx, { id: run.runId, status: 'SUCCEEDED', scheduleId: s.id, requestedBy: null, rowCount: 1, artifactIds: run.artifactIds }));
    const delivered = await until(async () => sink.requests('/hooks/rotated/PathToken42'), (rows) => rows.length > 0, 15_000);
    expect(delivered).toHaveLength(1);
  });

  it('a Viewer (reports:read, no reports:schedule) does not read the credential in a webhook recipient\'s URL', async () => {
    const definitionId = await insertDefinition(ctx.node);
    const target = `${sink.url}/api/webhooks/1234/SuperSecretPathToken`;
    const { createReportSchedule: s } = await ctx.owner.CreateReportSchedule({
      input: { definitionId, cron: '0 9 * * 1', timezone: 'UTC', formats: ['CSV'], recipients: [{ kind: 'WEBHOOK', target, signingSecret: SIGNING_SECRET }] },
    });
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const { reportSchedule } = await viewer.client.ReportSchedule({ id: s.id });
    expect(JSON.stringify(reportSchedule.recipients)).not.toContain('SuperSecretPathToken');
  });
});
