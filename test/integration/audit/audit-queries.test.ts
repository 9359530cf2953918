import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { createUserWithSets, errorCode, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster();
let admin: ControlPlaneClient;
let adminId: string;
let developer: ControlPlaneClient;
let viewer: ControlPlaneClient;
/** A user renamed RENAMES times by the admin, bracketed by database timestamps. */
let subject: { id: string; originalName: string };
let between: { start: string; middle: string; end: string };
const RENAMES = 5;

const dbNow = async () => {
  // The database clock stamps occurred_at, so the window is taken from it too (ms precision, UTC).
  const [row] = await ctx.node.database.sql<[{ now: string }]>`
    select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as now`;
  return row.now;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const login = (role: 'Admin' | 'Developer' | 'Viewer') => member(ctx.node, ctx.owner, [role], { prefix: role.toLowerCase() });
  const a = await login('Admin');
  admin = a.client;
  adminId = a.id;
  developer = (await login('Developer')).client;
  viewer = (await login('Viewer')).client;

  const s = await createUserWithSets(ctx.owner, ['Viewer'], { prefix: 'subject' });
  subject = { id: s.user.id, originalName: s.user.name };
  const start = await dbNow();
  await pause(20);
  for (let i = 1; i <= RENAMES; i += 1) {
    await admin.UpdateUser({ id: subject.id, input: { name: `Rename ${i}` } });
    if (i === 2) {
      await pause(20);
      between = { start, middle: await dbNow(), end: '' };
      await pause(20);
    }
  }
  await pause(20);
  between.end = await dbNow();
});

type Page = Awaited<ReturnType<ControlPlaneClient['AuditLogs']>>['auditLogs'];

async function collect(client: ControlPlaneClient, filter: NonNullable<Parameters<ControlPlaneClient['AuditLogs']>[0]>['filter'], first = 2) {
  const nodes: Page['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const res: { auditLogs: Page } = await client.AuditLogs({ first, after, filter });
    nodes.push(...res.auditLogs.edges.map((e) => e.node));
    if (!res.auditLogs.pageInfo.hasNextPage) return nodes;
    after = res.auditLogs.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('auditLogs access', () => {
  it('Viewer is FORBIDDEN; anonymous is UNAUTHENTICATED', async () => {
    expect(await errorCode(() => viewer.AuditLogs({ first: 5 }))).toBe('FORBIDDEN');
    expect(await errorCode(() => ctx.node.anonymous().AuditLogs({ first: 5 }))).toBe('UNAUTHENTICATED');
  });

  it('Developer sees which fields changed but not their values; Admin sees before and after', async () => {
    const filter = { targetType: 'user', targetId: subject.id, action: 'user.updated' };
    const [forDev] = (await developer.AuditLogs({ first: 1, filter })).auditLogs.edges;
    const [forAdmin] = (await admin.AuditLogs({ first: 1, filter })).auditLogs.edges;
    expect(forDev!.node.id).toBe(forAdmin!.node.id);
    expect(Object.keys(forDev!.node.changes!)).toEqual(['name']);
    expect(forDev!.node.changes!.name).toEqual({});
    expect(JSON.stringify(forDev!.node.changes)).not.toContain('Rename');
    expect(forAdmin!.node.changes).toEqual({ name: { before: `Rename ${RENAMES - 1}`, after: `Rename ${RENAMES}` } });
  });

  it('first is bounded and cursors are checked', async () => {
    expect(await errorCode(() => admin.AuditLogs({ first: 0 }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => admin.AuditLogs({ first: 101 }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => admin.AuditLogs({ first: 5, after: 'garbage' }))).toBe('BAD_USER_INPUT');
    const { users } = await admin.Users({ first: 1 });
    expect(await errorCode(() => admin.AuditLogs({ first: 5, after: users.edges[0]!.cursor }))).toBe('BAD_USER_INPUT');
  });
});

describe('auditLogs filters and pagination', () => {
  it('targetType + targetId: the subject history, newest first, complete through pages of 2', async () => {
    const rows = await collect(admin, { targetType: 'user', targetId: subject.id });
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual([...Array(RENAMES).fill('user.updated'), 'permission_set.assigned', 'user.created']);
    expect(rows.every((r) => r.targetId === subject.id && r.targetType === 'user')).toBe(true);
    const ids = rows.map((r) => Number(r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const times = rows.map((r) => Date.parse(r.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('page sizes do not change the result (1, 3, 100)', async () => {
    const filter = { targetId: subject.id };
    const reference = (await collect(admin, filter, 100)).map((r) => r.id);
    for (const first of [1, 3]) expect((await collect(admin, filter, first)).map((r) => r.id), String(first)).toEqual(reference);
  });

  it('actorId: only that actor, including its updates of the subject', async () => {
    const rows = await collect(admin, { actorId: adminId }, 50);
    expect(rows.length).toBeGreaterThanOrEqual(RENAMES);
    expect(rows.every((r) => r.actorId === adminId && r.actorType === 'USER')).toBe(true);
    expect(rows.filter((r) => r.action === 'user.updated' && r.targetId === subject.id)).toHaveLength(RENAMES);
  });

  it('action: only that action', async () => {
    const rows = await collect(admin, { action: 'user.created' }, 50);
    // Admin, Developer, Viewer and the subject: the bootstrap owner is system.owner_created instead.
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.action === 'user.created')).toBe(true);
    expect((await admin.AuditLogs({ filter: { action: 'no.such.action' } })).auditLogs.edges).toEqual([]);
  });

  it('from / to bound the time window, inclusive of the events inside it', async () => {
    const filter = { targetId: subject.id, action: 'user.updated' };
    const early = await collect(admin, { ...filter, from: between.start, to: between.middle });
    const late = await collect(admin, { ...filter, from: between.middle, to: between.end });
    expect(early.map((r) => r.changes!.name)).toEqual([
      { before: 'Rename 1', after: 'Rename 2' },
      { before: subject.originalName, after: 'Rename 1' },
    ]);
    expect(late).toHaveLength(RENAMES - 2);
    for (const r of early) expect(Date.parse(r.occurredAt)).toBeLessThanOrEqual(Date.parse(between.middle));
    for (const r of late) expect(Date.parse(r.occurredAt)).toBeGreaterThanOrEqual(Date.parse(between.middle));
    expect(await collect(admin, { ...filter, to: between.start })).toEqual([]);
  });

  it('filters combine (AND) and paging keeps the filter', async () => {
    const rows = await collect(admin, { actorId: adminId, action: 'user.updated', targetType: 'user', targetId: subject.id }, 2);
    expect(rows).toHaveLength(RENAMES);
  });

  it('a new event appears at the head; an old cursor still continues where it was', async () => {
    const filter = { targetId: subject.id };
    const first = await admin.AuditLogs({ first: 2, filter });
    await admin.UpdateUser({ id: subject.id, input: { name: 'Latest' } });
    const head = await admin.AuditLogs({ first: 1, filter });
    expect(head.auditLogs.edges[0]!.node.changes).toMatchObject({ name: { after: 'Latest' } });
    const next = await admin.AuditLogs({ first: 2, after: first.auditLogs.pageInfo.endCursor, filter });
    const seen = new Set(first.auditLogs.edges.map((e) => e.node.id));
    expect(next.auditLogs.edges.every((e) => !seen.has(e.node.id))).toBe(true);
    expect(Number(next.auditLogs.edges[0]!.node.id)).toBeLessThan(Number(first.auditLogs.edges[1]!.node.id));
  });
});
