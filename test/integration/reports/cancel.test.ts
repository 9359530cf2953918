import { describe, expect, it } from 'vitest';
import { errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { EventStream } from '../subscriptions/stream';
import { definition, finished } from './helpers';

const ctx = useCluster({ env: { WORKER_POLL_INTERVAL_MS: '200' } });

describe('cancelling a report run', () => {
  it('a long audit export cancelled at its first progress ends CANCELLED with no files', async () => {
    const sql = ctx.node.database.sql;
    // 200,000 audit rows in the last day: long enough an export to cancel in the middle.
    await sql`insert into audit_logs (occurred_at, actor_type, action, outcome)
      select now() - (g % 80000) * interval '1 second', 'SYSTEM', 'test.bulk', 'SUCCESS' from generate_series(1, 200000) g`;
    const d = await definition(ctx.owner, ['audit']);
    const { runReport } = await ctx.owner.RunReport({ definitionId: d.id, formats: ['JSON'] });
    const stream = ctx.track(new EventStream(ctx.owner.ReportRunChanged({ runId: runReport.id }), 'reportRunChanged'));
    const writing = await stream.next('progress while writing', 15_000, (e) => e.reportRunChanged.stage.startsWith('writing'));
    expect(writing.reportRunChanged.status).toBe('RUNNING');
    const { cancelReportRun } = await ctx.owner.CancelReportRun({ id: runReport.id });
    expect(cancelReportRun.cancelRequestedAt).not.toBeNull();
    const rest = await stream.end('the cancellation', 15_000);
    const last = rest.events.at(-1)!.reportRunChanged;
    expect(last.status).toBe('CANCELLED');
    const all = [writing, ...rest.events].map((e) => e.reportRunChanged.progressPercent);
    for (let i = 1; i < all.length; i++) expect(all[i]!).toBeGreaterThanOrEqual(all[i - 1]!);

    const run = await finished(ctx.owner, runReport.id);
    expect(run.status).toBe('CANCELLED');
    expect(run.artifacts).toEqual([]);
    expect(run.rowCount).toBeLessThan(200_000);
    const files = await sql`select 1 from report_artifacts where run_id = ${runReport.id}`;
    expect(files).toHaveLength(0);
    const audit = await sql<Array<{ action: string }>>`select action from audit_logs where target_id = ${runReport.id} order by id`;
    expect(audit.map((a) => a.action)).toEqual(['report_run.started', 'report_run.cancel_requested', 'report_run.finished']);
    expect(await errorCode(() => ctx.owner.CancelReportRun({ id: runReport.id }))).toBe('CONFLICT');
  });

  it('the same export left to finish reports its progress while writing, not only at the stages', async () => {
    const d = await definition(ctx.owner, ['audit']);
    const { runReport } = await ctx.owner.RunReport({ definitionId: d.id, formats: ['CSV'] });
    const outcome = await ctx.track(new EventStream(ctx.owner.ReportRunChanged({ runId: runReport.id }), 'reportRunChanged')).end('the export', 60_000);
    const seen = outcome.events.map((e) => e.reportRunChanged);
    expect(seen.at(-1)!.status).toBe('SUCCEEDED');
    // Rows written move the bar between the stage marks (10 % collected, 95 % written).
    const between = seen.filter((s) => s.stage === 'writing CSV' && s.progressPercent > 10 && s.progressPercent < 95);
    expect(between.length).toBeGreaterThanOrEqual(1);
    expect(seen.at(-1)!.rowCount).toBeGreaterThanOrEqual(200_000);
  });
});
