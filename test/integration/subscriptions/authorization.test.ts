import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import { EventStream, untilLive } from './stream';
import { useTwoProcesses } from './two-processes';

const ctx = useTwoProcesses();
let poke: { id: string; poke: () => Promise<unknown> };

function open<T>(iterable: AsyncIterable<T>, label: string): EventStream<T> {
  return ctx.track(new EventStream(iterable, label));
}

const codeOf = (error: unknown) => (error as { code?: string } | undefined)?.code;

/** Opens UserChanged for `client` and waits until it is live (warm-up events are renames of the poke user). */
async function liveUserChanged(client: ControlPlaneClient, label: string) {
  const stream = open(client.UserChanged(), label);
  await untilLive(stream, poke.poke, (e) => e.userChanged.user.id === poke.id);
  return stream;
}

async function liveAuditLogged(client: ControlPlaneClient, label: string) {
  const stream = open(client.AuditLogged(), label);
  await untilLive(stream, poke.poke, (e) => e.auditLogged.targetId === poke.id);
  return stream;
}

beforeAll(async () => {
  poke = await ctx.processes.pokeUser();
});

describe('subscriptions are authorized when opened', () => {
  it('refuses AuditLogged to a Viewer at once with FORBIDDEN, before any event happens, and records the denial', async () => {
    const viewer = await ctx.processes.member(['Viewer'], ctx.processes.a);
    const refused = open(viewer.client.AuditLogged(), 'Viewer AuditLogged on A');
    // No mutation runs while we wait: a refusal that only came with the next event would time out here.
    const outcome = await refused.end('opening AuditLogged as a Viewer', 3_000);
    expect(outcome.events).toEqual([]);
    expect(outcome.error, 'the subscription should fail, not complete quietly').toBeDefined();
    expect(codeOf(outcome.error)).toBe('FORBIDDEN');

    const { auditLogs } = await ctx.ownerA.AuditLogs({ first: 10, after: null, filter: { actorId: viewer.id, action: 'access.denied' } });
    expect(auditLogs.edges.map((e) => e.node.outcome)).toContain('DENIED');
    // The refusal concerns that subscription only: the same socket still serves what the Viewer may read.
    await liveUserChanged(viewer.client, 'Viewer UserChanged after a refusal');
  });

  it('closes an anonymous WebSocket with 4401, and one with an invalid token too', async () => {
    for (const [who, client] of [
      ['anonymous', ctx.processes.clientOn(ctx.processes.a)],
      ['invalid token', ctx.processes.clientOn(ctx.processes.a, 'not-a-real-token')],
    ] as const) {
      const outcome = await open(client.UserChanged(), `${who} UserChanged`).end(`connecting ${who}`, 3_000);
      expect(outcome.events, who).toEqual([]);
      expect(codeOf(outcome.error), who).toBe('UNAUTHENTICATED');
    }
  });
});

describe('events are filtered per subscriber', () => {
  it('a Viewer receives user changes with other users’ email hidden; a Developer sees it; everyone sees their own', async () => {
    const viewer = await ctx.processes.member(['Viewer'], ctx.processes.a);
    const developer = await ctx.processes.member(['Developer'], ctx.processes.a);
    const viewerStream = await liveUserChanged(viewer.client, 'Viewer UserChanged on A');
    const developerStream = await liveUserChanged(developer.client, 'Developer UserChanged on A');

    const email = uniqueEmail('visible');
    const { createUser: subject } = await ctx.ownerB.CreateUser({ input: { email, name: 'Subject', password: DEFAULT_PASSWORD } });
    const isSubject = (e: { userChanged: { user: { id: string } } }) => e.userChanged.user.id === subject.id;
    const seenByViewer = await viewerStream.next('subject CREATED (Viewer)', 5_000, isSubject);
    const seenByDeveloper = await developerStream.next('subject CREATED (Developer)', 5_000, isSubject);
    expect(seenByViewer.userChanged).toMatchObject({ kind: 'CREATED', user: { id: subject.id, name: 'Subject', email: null } });
    expect(seenByDeveloper.userChanged).toMatchObject({ kind: 'CREATED', user: { id: subject.id, email } });

    await ctx.ownerB.UpdateUser({ id: viewer.id, input: { name: 'Viewer renamed' } });
    const own = await viewerStream.next('own UPDATED (Viewer)', 5_000, (e) => e.userChanged.user.id === viewer.id);
    expect(own.userChanged.user).toMatchObject({ name: 'Viewer renamed', email: viewer.email });
  });

  it('uses the subscriber’s current permissions for each event: email disappears once Developer is revoked', async () => {
    const member = await ctx.processes.member(['Viewer', 'Developer'], ctx.processes.a);
    const stream = await liveUserChanged(member.client, 'Viewer+Developer UserChanged on A');
    const { createUser: subject } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('fields'), name: 'Before', password: DEFAULT_PASSWORD } });
    const isSubject = (e: { userChanged: { user: { id: string } } }) => e.userChanged.user.id === subject.id;
    expect((await stream.next('CREATED with email', 5_000, isSubject)).userChanged.user.email).toBe(subject.email);

    await ctx.ownerB.RevokePermissionSet({ userId: member.id, permissionSetId: ctx.processes.setIds.Developer });
    await ctx.ownerB.UpdateUser({ id: subject.id, input: { name: 'After' } });
    // Still a Viewer, so the stream goes on, but users:readEmail is gone.
    const after = await stream.next('UPDATED after the revocation', 5_000, isSubject);
    expect(after.userChanged.user).toMatchObject({ name: 'After', email: null });
  });

  it('resolves each event’s fields afresh: permission sets assigned since the last event show up', async () => {
    const stream = await liveUserChanged(ctx.ownerA, 'owner UserChanged on A (fields)');
    const { createUser: subject } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('sets'), name: 'No sets', password: DEFAULT_PASSWORD } });
    const isSubject = (e: { userChanged: { user: { id: string } } }) => e.userChanged.user.id === subject.id;
    expect((await stream.next('CREATED', 5_000, isSubject)).userChanged.user.permissionSets).toEqual([]);

    await ctx.ownerB.AssignPermissionSet({ userId: subject.id, permissionSetId: ctx.processes.setIds.Viewer, expiresAt: null });
    await ctx.ownerB.UpdateUser({ id: subject.id, input: { name: 'One set' } });
    const updated = await stream.next('UPDATED', 5_000, isSubject);
    expect(updated.userChanged.user.permissionSets.map((s) => s.name)).toEqual(['Viewer']);
  });
});

describe('subscriptions end when the right to them ends', () => {
  it('disconnects a subscriber on A whose session is logged out on B', async () => {
    const member = await ctx.processes.member(['Viewer'], ctx.processes.a);
    const stream = await liveUserChanged(member.client, 'Viewer UserChanged on A (logout)');
    expect((await ctx.processes.clientOn(ctx.processes.b, member.accessToken).Logout()).logout).toBe(true);
    const outcome = await stream.end('logout on B', 3_000);
    console.info(`[subscriptions] logout on B -> subscription on A ended after ${outcome.afterMs} ms (${codeOf(outcome.error) ?? 'completed'})`);
    expect(outcome.events.filter((e) => e.userChanged.user.id !== poke.id)).toEqual([]);
    if (outcome.error) expect(['UNAUTHENTICATED', 'SESSION_ENDED']).toContain(codeOf(outcome.error));
  });

  it('disconnects a subscriber on A when the owner suspends them on B', async () => {
    const member = await ctx.processes.member(['Developer'], ctx.processes.a);
    const stream = await liveAuditLogged(member.client, 'Developer AuditLogged on A (suspend)');
    await ctx.ownerB.SuspendUser({ id: member.id });
    const outcome = await stream.end('suspension on B', 3_000);
    console.info(`[subscriptions] suspend on B -> subscription on A ended after ${outcome.afterMs} ms (${codeOf(outcome.error) ?? 'completed'})`);
    expect(outcome.events.map((e) => e.auditLogged.action)).not.toContain('user.suspended');
    if (outcome.error) expect(['UNAUTHENTICATED', 'SESSION_ENDED']).toContain(codeOf(outcome.error));
  });

  it('ends AuditLogged on A when Developer is revoked on B, and delivers nothing after that', async () => {
    const member = await ctx.processes.member(['Developer'], ctx.processes.a);
    const stream = await liveAuditLogged(member.client, 'Developer AuditLogged on A (revoke)');
    await ctx.ownerB.RevokePermissionSet({ userId: member.id, permissionSetId: ctx.processes.setIds.Developer });
    const outcome = await stream.end('RevokePermissionSet on B', 3_000);
    console.info(`[subscriptions] revoke on B -> subscription on A ended after ${outcome.afterMs} ms (${codeOf(outcome.error) ?? 'completed'})`);
    // The revocation's own audit event is committed with it: the member no longer may read it.
    expect(outcome.events.map((e) => e.auditLogged.action)).toEqual([]);

    // Events keep flowing to others, and the member cannot open the stream again.
    await liveAuditLogged(ctx.ownerA, 'owner AuditLogged on A (after revoke)');
    const again = await open(member.client.AuditLogged(), 'member AuditLogged again').end('reopening without audit:read', 3_000);
    expect(codeOf(again.error)).toBe('FORBIDDEN');
  });
});
