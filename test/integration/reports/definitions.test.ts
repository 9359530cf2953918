import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCode, failure, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster();
let n = 0;
const name = (prefix: string) => `${prefix} ${++n} ${Date.now()}`;

describe('report definitions', () => {
  it('lists the five templates with their default sections and parameters', async () => {
    const { reportTemplates } = await ctx.owner.ReportTemplates();
    expect(reportTemplates.map((t) => t.key)).toEqual(['DAILY_SUMMARY', 'WEEKLY_PERFORMANCE', 'MONTHLY_COMPREHENSIVE', 'ACCESS_REVIEW', 'SECURITY_EVENTS']);
    const weekly = reportTemplates.find((t) => t.key === 'WEEKLY_PERFORMANCE')!;
    expect(weekly.parameters).toMatchObject({ range: 'PREVIOUS_WEEK', granularity: 'DAY', timezone: 'UTC' });
    expect(reportTemplates.find((t) => t.key === 'MONTHLY_COMPREHENSIVE')!.sections).toHaveLength(7);
  });

  it('create takes template defaults, update is optimistic, clone copies, delete removes; each audited', async () => {
    const { createReportDefinition: d } = await ctx.owner.CreateReportDefinition({
      input: { name: name('Weekly'), template: 'WEEKLY_PERFORMANCE', parameters: { timezone: 'Europe/Berlin' } },
    });
    expect(d.parameters).toMatchObject({ range: 'PREVIOUS_WEEK', granularity: 'DAY', timezone: 'Europe/Berlin', labels: {} });
    expect(d.sections).toEqual(['apiMetrics', 'alerts', 'authentication', 'users']);
    expect(d.version).toBe(1);
    expect(d.ownerId).toBe(ctx.ownerId);

    const { updateReportDefinition: u } = await ctx.owner.UpdateReportDefinition({
      id: d.id,
      version: 1,
      input: { parameters: { range: 'CUSTOM', from: '2026-11-01T00:00:00Z', to: '2026-11-15T00:00:00Z' }, sections: ['users', 'audit'] },
    });
    expect(u.version).toBe(2);
    expect(u.parameters).toMatchObject({ range: 'CUSTOM', from: '2026-11-01T00:00:00.000Z', to: '2026-11-15T00:00:00.000Z', timezone: 'Europe/Berlin' });
    expect(u.sections).toEqual(['users', 'audit']);
    // A stale version is refused.
    expect(await errorCode(() => ctx.owner.UpdateReportDefinition({ id: d.id, version: 1, input: { name: 'stale' } }))).toBe('CONFLICT');
    // Back to a preset: from/to go.
    const { updateReportDefinition: preset } = await ctx.owner.UpdateReportDefinition({ id: d.id, version: 2, input: { parameters: { range: 'LAST_7_DAYS' } } });
    expect(preset.parameters.from).toBeNull();
    expect(preset.parameters.range).toBe('LAST_7_DAYS');

    const cloneName = name('Clone');
    const { cloneReportDefinition: c } = await ctx.owner.CloneReportDefinition({ id: d.id, name: cloneName });
    expect(c.id).not.toBe(d.id);
    expect(c).toMatchObject({ name: cloneName, template: 'WEEKLY_PERFORMANCE', sections: ['users', 'audit'], version: 1 });
    expect(c.parameters).toEqual(preset.parameters);
    expect(await errorCode(() => ctx.owner.CloneReportDefinition({ id: d.id, name: cloneName }))).toBe('CONFLICT');

    const { reportDefinitions } = await ctx.owner.ReportDefinitions({ first: 100 });
    expect(reportDefinitions.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([d.id, c.id]));
    expect(reportDefinitions.totalCount).toBe(reportDefinitions.edges.length);
    // Newest first.
    const ids = reportDefinitions.edges.map((e) => e.node.id);
    expect(ids.indexOf(c.id)).toBeLessThan(ids.indexOf(d.id));
    const listed = reportDefinitions.edges.find((e) => e.node.id === c.id)!.node;
    expect(listed).toEqual(c);

    await ctx.owner.DeleteReportDefinition({ id: c.id });
    expect(await errorCode(() => ctx.owner.ReportDefinition({ id: c.id }))).toBe('NOT_FOUND');

    const { auditLogs } = await ctx.owner.AuditLogs({ first: 20, filter: { targetType: 'report_definition' } });
    const actions = auditLogs.edges.map((e) => `${e.node.action}:${e.node.targetId}`);
    expect(actions).toEqual(
      expect.arrayContaining([`report_definition.created:${d.id}`, `report_definition.updated:${d.id}`, `report_definition.cloned:${c.id}`, `report_definition.deleted:${c.id}`]),
    );
    expect(actions.filter((a) => a === `report_definition.updated:${d.id}`)).toHaveLength(2);
  });

  it('refuses bad parameters as BAD_USER_INPUT naming the field', async () => {
    const create = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      failure(() => ctx.owner.CreateReportDefinition({ input: { name: name('Bad'), template: 'DAILY_SUMMARY', parameters, ...extra } }));
    expect(await create({ range: 'CUSTOM', to: '2026-11-02T00:00:00Z' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parameters.from' });
    expect(await create({ range: 'CUSTOM', from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parameters.to' });
    expect(await create({ range: 'CUSTOM', from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', granularity: 'MONTH' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parameters.to',
    });
    expect(await create({ range: 'LAST_7_DAYS', from: '2026-11-02T00:00:00Z' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parameters.from' });
    expect(await create({ timezone: 'Mars/Olympus_Mons' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parameters.timezone' });
    expect(await create({ range: 'LAST_90_DAYS', granularity: 'HOUR' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parameters.granularity' });
    expect(await create({ labels: { 'bad key!': 'x' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await create({}, { sections: ['users', 'nope'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sections.1' });
    expect(await create({}, { sections: ['users', 'users'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sections' });
    expect(await create({}, { name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await errorCode(() => ctx.owner.ReportDefinition({ id: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });

  it('reports:read reads, reports:write is needed to change', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer'], { prefix: 'report-viewer' });
    const { createReportDefinition: d } = await ctx.owner.CreateReportDefinition({ input: { name: name('Shared'), template: 'ACCESS_REVIEW' } });
    expect((await viewer.client.ReportDefinition({ id: d.id })).reportDefinition.name).toBe(d.name);
    expect(await errorCode(() => viewer.client.CreateReportDefinition({ input: { name: name('Nope'), template: 'ACCESS_REVIEW' } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.UpdateReportDefinition({ id: d.id, version: 1, input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.DeleteReportDefinition({ id: d.id }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.RunReport({ definitionId: d.id, formats: ['JSON'] }))).toBe('FORBIDDEN');
  });

  it('a page of definitions is one lean statement, whatever its size, with only the selected columns', async () => {
    for (let i = 0; i < 12; i++) await ctx.owner.CreateReportDefinition({ input: { name: name('Lean'), template: 'DAILY_SUMMARY' } });
    const page = (first: number) =>
      ctx.owner.request<{ reportDefinitions: { edges: Array<{ node: { name: string; sections: string[] } }> } }>(
        parse(`query { reportDefinitions(first: ${first}) { edges { node { id name sections } } } }`),
      );
    const during = async (fn: () => Promise<unknown>) => {
      const seen: string[] = [];
      const stop = ctx.node.database.onStatement((q) => seen.push(q));
      try {
        await fn();
      } finally {
        stop();
      }
      return seen;
    };
    await page(2);
    const small = await during(() => page(2));
    let large: Awaited<ReturnType<typeof page>> | undefined;
    const big = await during(async () => (large = await page(12)));
    expect(large!.reportDefinitions.edges).toHaveLength(12);
    expect(large!.reportDefinitions.edges.every((e) => e.node.sections.length === 5)).toBe(true);
    expect(big.length).toBe(small.length);
    const reads = big.filter((s) => /from "report_definitions"/.test(s));
    expect(reads).toHaveLength(1);
    expect(reads[0]).not.toMatch(/"parameters"|"description"/);
  });
});
