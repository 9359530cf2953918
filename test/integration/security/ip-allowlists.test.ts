import { describe, expect, it } from 'vitest';
import { member, DEFAULT_PASSWORD } from '../../fixtures/seed';
import { allow } from '../../fixtures/grants';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { auditRows, failure } from '../auth/helpers';
import { customSet } from '../permissions/features.helpers';
import { EventStream, untilLive } from '../subscriptions/stream';
import { createKey, outcome } from './helpers';

// Test servers are reached from 127.0.0.1 (or ::ffff:127.0.0.1 on a dual-stack socket).
const ctx = useCluster();
const ELSEWHERE = ['10.0.0.0/8'];
const HERE = ['127.0.0.0/8', '::1/128'];

const securityEvents = (kind: string, userId: string) =>
  ctx.node.database.sql<{ n: number }[]>`select count(*)::int as n from security_events where kind = ${kind} and user_id = ${userId}`.then((r) => r[0]!.n);
const refusals = async (userId: string) => (await auditRows(ctx.owner, 'access.ip_refused')).filter((r) => r.actorId === userId);
const userList = async (id: string) => (await ctx.owner.UserIpAllowlist({ id })).user.ipAllowlist;

describe('API key CIDRs', () => {
  it('a key limited to 10.0.0.0/8 is refused from 127.0.0.1, audited, and raises API_KEY_OUTSIDE_CIDRS', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')], { allowedCidrs: ELSEWHERE });
    const refused = await failure(() => k.client.Me());
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/outside its allowed CIDRs/);
    const rows = await refusals(u.id);
    expect(rows).toHaveLength(1);
    expect((rows[0]!.metadata as { apiKeyId?: string }).apiKeyId).toBe(k.key.id);
    expect(await securityEvents('API_KEY_OUTSIDE_CIDRS', u.id)).toBe(1);
    // Nor over a WebSocket.
    const stream = ctx.track(new EventStream(k.client.UserChanged(), 'key outside CIDRs'));
    expect(await stream.next('refusal', 5_000).then(() => 'event', (e: { code?: string }) => String(e.code))).toBe('UNAUTHENTICATED');
  });

  it('a key limited to 127.0.0.0/8 is accepted; bad CIDRs are refused at creation', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')], { allowedCidrs: ['127.0.0.0/8', '2001:db8::/32'] });
    expect(k.key.allowedCidrs).toEqual(['127.0.0.0/8', '2001:db8::/32']);
    expect(await outcome(() => k.client.Me())).toBe('OK');
    for (const bad of ['10.0.0.0/33', 'not-an-ip', '::1/129', '1.2.3.4/8/1']) {
      const refused = await failure(() => createKey(ctx.node, u.client, [allow('users:read')], { allowedCidrs: [bad] }));
      expect(refused.code, bad).toBe('BAD_USER_INPUT');
    }
  });
});

describe('user IP allowlists', () => {
  it('refuses login and every request from outside the list, audits it and raises IP_NOT_ALLOWED', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    expect(await outcome(() => u.client.Me())).toBe('OK');
    expect(await ctx.owner.SetUserIpAllowlist({ userId: u.id, cidrs: ELSEWHERE })).toEqual({ setUserIpAllowlist: ELSEWHERE });
    // The existing session, at its very next request.
    const refused = await failure(() => u.client.Me());
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/IP/);
    expect((await failure(() => ctx.node.anonymous().Login({ email: u.email, password: DEFAULT_PASSWORD }))).code).toBe('FORBIDDEN');
    expect((await refusals(u.id)).map((r) => (r.metadata as { via: string }).via).sort()).toEqual(['login', 'request']);
    expect(await securityEvents('IP_NOT_ALLOWED', u.id)).toBe(2);

    await ctx.owner.SetUserIpAllowlist({ userId: u.id, cidrs: HERE });
    expect(await outcome(() => u.client.Me())).toBe('OK');
    await ctx.owner.SetUserIpAllowlist({ userId: u.id, cidrs: [] });
    expect(await userList(u.id)).toEqual([]);
    expect(await outcome(() => ctx.node.anonymous().Login({ email: u.email, password: DEFAULT_PASSWORD }))).toBe('OK');
    const updates = (await auditRows(ctx.owner, 'ip_allowlist.updated')).filter((r) => r.targetId === u.id);
    expect(updates).toHaveLength(3);
  });

  it('binds the owner\'s API keys too', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    await ctx.owner.SetUserIpAllowlist({ userId: u.id, cidrs: ELSEWHERE });
    expect(await outcome(() => k.client.Me())).toBe('FORBIDDEN');
    await ctx.owner.SetUserIpAllowlist({ userId: u.id, cidrs: [] });
    expect(await outcome(() => k.client.Me())).toBe('OK');
  });

  it('refuses a list that would lock the caller out of their current address, and changes nothing', async () => {
    const refused = await failure(() => ctx.owner.SetUserIpAllowlist({ userId: ctx.ownerId, cidrs: ELSEWHERE }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/lock you out/);
    expect(await userList(ctx.ownerId)).toEqual([]);
    expect(await ctx.owner.SetUserIpAllowlist({ userId: ctx.ownerId, cidrs: HERE })).toEqual({ setUserIpAllowlist: HERE });
    expect(await outcome(() => ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD }))).toBe('OK');
    await ctx.owner.SetUserIpAllowlist({ userId: ctx.ownerId, cidrs: [] });
  });
});

describe('permission set IP allowlists', () => {
  it('bind every direct holder of the set, at login and at the next request', async () => {
    const set = await customSet(ctx.owner, 'Restricted readers', [allow('users:read')]);
    const holder = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: holder.id, permissionSetId: set.id });
    const bystander = await member(ctx.node, ctx.owner, ['Viewer']);
    await ctx.owner.SetPermissionSetIpAllowlist({ permissionSetId: set.id, cidrs: ELSEWHERE });
    const refused = await failure(() => holder.client.Me());
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain(set.name);
    expect(await outcome(() => bystander.client.Me())).toBe('OK');
    expect(await outcome(() => ctx.node.anonymous().Login({ email: holder.email, password: DEFAULT_PASSWORD }))).toBe('FORBIDDEN');
    expect((await ctx.owner.PermissionSetIpAllowlist({ id: set.id })).permissionSet.ipAllowlist).toEqual(ELSEWHERE);

    await ctx.owner.SetPermissionSetIpAllowlist({ permissionSetId: set.id, cidrs: HERE });
    expect(await outcome(() => holder.client.Me())).toBe('OK');
    // Taking the set away lifts its restriction.
    await ctx.owner.SetPermissionSetIpAllowlist({ permissionSetId: set.id, cidrs: ELSEWHERE });
    await ctx.owner.RevokePermissionSet({ userId: holder.id, permissionSetId: set.id });
    expect(await outcome(() => holder.client.Me())).toBe('OK');
  });

  it('refuses restricting a set the caller holds to an address list without their own', async () => {
    const refused = await failure(() => ctx.owner.SetPermissionSetIpAllowlist({ permissionSetId: ctx.builtins.Owner, cidrs: ELSEWHERE }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect((await ctx.owner.PermissionSetIpAllowlist({ id: ctx.builtins.Owner })).permissionSet.ipAllowlist).toEqual([]);
  });

  it('ends the open subscriptions of holders at once, and refuses their new WebSocket connections', async () => {
    const set = await customSet(ctx.owner, 'Socket readers', [allow('users:read')]);
    const holder = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: holder.id, permissionSetId: set.id });
    const first = ctx.track(new EventStream(holder.client.UserChanged(), 'before'));
    // The socket is open (a subscription was accepted): prove it with one event.
    let n = 0;
    const poke = () => ctx.owner.UpdateUser({ id: holder.id, input: { name: `Poke ${(n += 1)}` } });
    await untilLive(first, poke, (e) => e.userChanged.user.id === holder.id);
    await ctx.owner.SetPermissionSetIpAllowlist({ permissionSetId: set.id, cidrs: ELSEWHERE });
    // The open subscription ends (the change is announced to it); the SDK then closes its idle
    // socket, so the next subscription opens a new connection, refused at connect.
    const ended = await first.next('end of stream', 5_000).then(
      () => 'event',
      (e: Error) => (/ended/.test(e.message) ? 'ended' : e.message),
    );
    expect(ended).toBe('ended');
    const second = ctx.track(new EventStream(holder.client.UserChanged(), 'after'));
    expect(await second.next('refusal', 5_000).then(() => 'event', (e: { code?: string }) => String(e.code))).toBe('UNAUTHENTICATED');
  });
});

describe('who may set allowlists', () => {
  it('needs security:allowlists: an Admin is refused, and nothing changes', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const target = await member(ctx.node, ctx.owner, ['Viewer']);
    expect((await failure(() => admin.client.SetUserIpAllowlist({ userId: target.id, cidrs: ELSEWHERE }))).code).toBe('FORBIDDEN');
    expect((await failure(() => admin.client.SetUserIpAllowlist({ userId: admin.id, cidrs: HERE }))).code).toBe('FORBIDDEN');
    expect((await failure(() => admin.client.SetPermissionSetIpAllowlist({ permissionSetId: ctx.builtins.Viewer, cidrs: ELSEWHERE }))).code).toBe('FORBIDDEN');
    expect(await userList(target.id)).toEqual([]);
    expect(await outcome(() => target.client.Me())).toBe('OK');
  });

  it('cannot act on a user or a set that outranks the caller', async () => {
    const set = await customSet(ctx.owner, 'Allowlist admins', [allow('security:allowlists'), allow('users:read')]);
    const secops = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: secops.id, permissionSetId: set.id });
    const plain = await member(ctx.node, ctx.owner, []);
    const admin = await member(ctx.node, ctx.owner, ['Admin']);

    expect((await failure(() => secops.client.SetUserIpAllowlist({ userId: ctx.ownerId, cidrs: ELSEWHERE }))).code).toBe('FORBIDDEN');
    expect((await failure(() => secops.client.SetUserIpAllowlist({ userId: admin.id, cidrs: ELSEWHERE }))).code).toBe('FORBIDDEN');
    expect((await failure(() => secops.client.SetPermissionSetIpAllowlist({ permissionSetId: ctx.builtins.Owner, cidrs: ELSEWHERE }))).code).toBe('FORBIDDEN');
    expect(await userList(ctx.ownerId)).toEqual([]);
    expect(await userList(admin.id)).toEqual([]);
    expect((await ctx.owner.PermissionSetIpAllowlist({ id: ctx.builtins.Owner })).permissionSet.ipAllowlist).toEqual([]);
    expect(await outcome(() => admin.client.Me())).toBe('OK');
    const denied = (await auditRows(ctx.owner, 'ip_allowlist.updated')).filter((r) => r.actorId === secops.id && r.outcome === 'DENIED');
    expect(denied.length).toBe(3);

    // Someone they do outrank is fine.
    expect(await secops.client.SetUserIpAllowlist({ userId: plain.id, cidrs: HERE })).toEqual({ setUserIpAllowlist: HERE });
    expect(await userList(plain.id)).toEqual(HERE);
  });

  it('shows ipAllowlist only to holders of security:allowlists or security:read', async () => {
    const target = await member(ctx.node, ctx.owner, ['Viewer']);
    await ctx.owner.SetUserIpAllowlist({ userId: target.id, cidrs: HERE });
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    expect((await viewer.client.UserIpAllowlist({ id: target.id })).user.ipAllowlist).toBeNull();
    expect((await admin.client.UserIpAllowlist({ id: target.id })).user.ipAllowlist).toEqual(HERE);
  });
});
