import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { createUserWithSets, errorCode, failure, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet, deny, inSeconds, sleep } from './features.helpers';

// Decisions end to end: what checkPermission says must be what a real operation does.
const ctx = useCluster();

const checkOf = async (userId: string, action: string, resource: { type: string; id?: string; labels?: Record<string, string> }) =>
  (await ctx.owner.CheckPermission({ userId, action, resource })).checkPermission;

const rename = (client: ControlPlaneClient, id: string, name: string) => client.UpdateUser({ id, input: { name } });
const nameOf = async (id: string) => (await ctx.owner.User({ id })).user.name;

describe('explicit deny', () => {
  it('a DENY in an inherited set beats a direct ALLOW, in checkPermission and in updateUser', async () => {
    const guard = await customSet(ctx.owner, 'Lead guard', [deny('users:write', { kind: 'LABELS', labels: { role: 'lead' } })]);
    const team = await customSet(ctx.owner, 'Team', [allow('users:read')], [guard.id]);
    const h = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: h.id, permissionSetId: team.id });
    const { grantPermission: direct } = await ctx.owner.GrantPermission({ userId: h.id, grant: allow('users:write') });
    const lead = await createUserWithSets(ctx.owner, [], { labels: { role: 'lead', team: 'core' } });
    const plain = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' } });

    expect((await rename(h.client, plain.user.id, 'Renamed by h')).updateUser.name).toBe('Renamed by h');
    expect(await errorCode(() => rename(h.client, lead.user.id, 'Nope'))).toBe('FORBIDDEN');
    expect(await nameOf(lead.user.id)).not.toBe('Nope');

    const denied = await checkOf(h.id, 'users:write', { type: 'users', id: lead.user.id });
    expect(denied).toMatchObject({ allowed: false, reason: 'EXPLICIT_DENY' });
    expect(denied.blockingDeny).toMatchObject({ effect: 'DENY', action: 'users:write', source: { kind: 'SET', setName: guard.name, path: [team.name, guard.name] } });
    expect(denied.deciding?.source).toMatchObject({ kind: 'DIRECT', grantId: direct.id });
    expect((await checkOf(h.id, 'users:write', { type: 'users', id: plain.user.id })).allowed).toBe(true);

    // The DENY goes with the set: the direct ALLOW then reaches the lead too.
    await ctx.owner.RevokePermissionSet({ userId: h.id, permissionSetId: team.id });
    expect((await rename(h.client, lead.user.id, 'Now allowed')).updateUser.name).toBe('Now allowed');
  });

  it('a direct DENY takes away even the baseline SELF read', async () => {
    const h = await member(ctx.node, ctx.owner, []);
    expect((await h.client.User({ id: h.id })).user.id).toBe(h.id);
    await ctx.owner.GrantPermission({ userId: h.id, grant: deny('users:read', { kind: 'SELF' }) });
    expect(await errorCode(() => h.client.User({ id: h.id }))).toBe('FORBIDDEN');
    expect((await checkOf(h.id, 'users:read', { type: 'users', id: h.id })).blockingDeny?.source.kind).toBe('DIRECT');
  });
});

describe('resource scopes', () => {
  it('users:write on team=payments edits payments users only, and cannot move one out of the team', async () => {
    const set = await customSet(ctx.owner, 'Payments writers', [allow('users:write', { kind: 'LABELS', labels: { team: 'payments' } })]);
    const h = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: h.id, permissionSetId: set.id });
    const payments = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments', env: 'prod' } });
    const core = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' } });

    expect((await rename(h.client, payments.user.id, 'Payments person')).updateUser.name).toBe('Payments person');
    expect(await errorCode(() => rename(h.client, core.user.id, 'Hijacked'))).toBe('FORBIDDEN');
    expect(await nameOf(core.user.id)).not.toBe('Hijacked');
    expect(await errorCode(() => h.client.UpdateUser({ id: payments.user.id, input: { labels: { team: 'core' } } }))).toBe('FORBIDDEN');
    expect((await ctx.owner.User({ id: payments.user.id })).user.labels).toEqual({ team: 'payments', env: 'prod' });

    expect(await checkOf(h.id, 'users:write', { type: 'users', id: payments.user.id })).toMatchObject({ allowed: true, reason: 'ALLOWED' });
    expect(await checkOf(h.id, 'users:write', { type: 'users', id: core.user.id })).toMatchObject({ allowed: false, reason: 'NO_MATCHING_ALLOW' });
    // Labels given in the check are used as they are (e.g. for a user about to be created).
    expect((await checkOf(h.id, 'users:write', { type: 'users', labels: { team: 'payments' } })).allowed).toBe(true);
    expect((await checkOf(h.id, 'users:write', { type: 'users', labels: { team: 'paymentsX' } })).allowed).toBe(false);
  });

  it('users:* on team=payments covers every users action there; a DENY in the same set carves out leads', async () => {
    const set = await customSet(ctx.owner, 'Payments admins', [
      allow('users:*', { kind: 'LABELS', labels: { team: 'payments' } }),
      deny('users:write', { kind: 'LABELS', labels: { role: 'lead' } }),
    ]);
    const h = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: h.id, permissionSetId: set.id });
    const member1 = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments' } });
    const lead = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments', role: 'lead' } });
    const core = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' } });

    expect((await h.client.User({ id: member1.user.id })).user.email).toBe(member1.email);
    expect((await h.client.User({ id: lead.user.id })).user.email).toBe(lead.email);
    expect(await errorCode(() => h.client.User({ id: core.user.id }))).toBe('FORBIDDEN');
    expect((await rename(h.client, member1.user.id, 'Payments member')).updateUser.name).toBe('Payments member');
    expect(await errorCode(() => rename(h.client, lead.user.id, 'Lead'))).toBe('FORBIDDEN');
    const leadCheck = await checkOf(h.id, 'users:write', { type: 'users', id: lead.user.id });
    expect(leadCheck).toMatchObject({ allowed: false, reason: 'EXPLICIT_DENY' });
    expect(leadCheck.deciding).toMatchObject({ action: 'users:*', scope: { kind: 'LABELS', labels: { team: 'payments' } } });
    expect(leadCheck.blockingDeny).toMatchObject({ action: 'users:write', scope: { kind: 'LABELS', labels: { role: 'lead' } } });
    // A payments admin may create payments users, and no others.
    const input = (team: string) => ({ input: { email: `${team}-${Date.now()}@example.test`, name: `New ${team}`, password: 'correct-horse-battery', labels: { team } } });
    expect((await h.client.CreateUser(input('payments'))).createUser.labels).toEqual({ team: 'payments' });
    expect(await errorCode(() => h.client.CreateUser(input('core')))).toBe('FORBIDDEN');
  });

  it('a selector with two labels needs both', async () => {
    const h = await member(ctx.node, ctx.owner, []);
    await ctx.owner.GrantPermission({ userId: h.id, grant: allow('users:write', { kind: 'LABELS', labels: { team: 'payments', env: 'prod' } }) });
    const prod = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments', env: 'prod' } });
    const staging = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments', env: 'staging' } });
    expect((await rename(h.client, prod.user.id, 'Prod')).updateUser.name).toBe('Prod');
    expect(await errorCode(() => rename(h.client, staging.user.id, 'Staging'))).toBe('FORBIDDEN');
  });

  it('users list for a reader scoped to team=payments returns only payments users, with totalCount matching', async () => {
    await createUserWithSets(ctx.owner, [], { labels: { team: 'payments' } });
    await createUserWithSets(ctx.owner, [], { labels: { team: 'core' } });
    await createUserWithSets(ctx.owner, []);
    const set = await customSet(ctx.owner, 'Payments readers', [allow('users:read', { kind: 'LABELS', labels: { team: 'payments' } })]);
    const reader = await member(ctx.node, ctx.owner, [], { labels: { team: 'payments' } });
    await ctx.owner.AssignPermissionSet({ userId: reader.id, permissionSetId: set.id });

    const everyone = (await ctx.owner.Users({ first: 100 })).users;
    expect(everyone.pageInfo.hasNextPage).toBe(false);
    const expected = everyone.edges.filter((e) => (e.node.labels as Record<string, string>).team === 'payments').map((e) => e.node.id);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(everyone.totalCount).toBeGreaterThan(expected.length);

    const seen = (await reader.client.Users({ first: 100 })).users;
    expect(seen.edges.map((e) => e.node.id).sort()).toEqual([...expected].sort());
    expect(seen.totalCount).toBe(expected.length);
    const page = (await reader.client.Users({ first: 1 })).users;
    expect(page.edges).toHaveLength(1);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const core = everyone.edges.find((e) => (e.node.labels as Record<string, string>).team === 'core')!;
    expect(await errorCode(() => reader.client.User({ id: core.node.id }))).toBe('FORBIDDEN');
  });

  it('an IDS scope reaches exactly the listed users', async () => {
    const h = await member(ctx.node, ctx.owner, []);
    const [inList, outside] = await Promise.all([createUserWithSets(ctx.owner, []), createUserWithSets(ctx.owner, [])]);
    await ctx.owner.GrantPermission({ userId: h.id, grant: allow('users:write', { kind: 'IDS', ids: [inList.user.id] }) });
    expect((await rename(h.client, inList.user.id, 'Listed')).updateUser.name).toBe('Listed');
    expect(await errorCode(() => rename(h.client, outside.user.id, 'Unlisted'))).toBe('FORBIDDEN');
    expect((await checkOf(h.id, 'users:write', { type: 'users', id: inList.user.id })).deciding?.scope).toMatchObject({ kind: 'IDS', ids: [inList.user.id] });
    expect((await checkOf(h.id, 'users:write', { type: 'users', id: outside.user.id })).allowed).toBe(false);
  });

  it('a SELF scope reaches the holder’s own record only', async () => {
    const h = await member(ctx.node, ctx.owner, []);
    const other = await createUserWithSets(ctx.owner, []);
    // Baseline: read oneself (with email), nobody else; no write, even on oneself.
    expect((await h.client.User({ id: h.id })).user.email).toBe(h.email);
    expect(await errorCode(() => h.client.User({ id: other.user.id }))).toBe('FORBIDDEN');
    expect(await errorCode(() => rename(h.client, h.id, 'Me myself'))).toBe('FORBIDDEN');
    expect((await checkOf(h.id, 'users:read', { type: 'users', id: h.id })).deciding?.source.kind).toBe('BASELINE');

    await ctx.owner.GrantPermission({ userId: h.id, grant: allow('users:write', { kind: 'SELF' }) });
    expect((await rename(h.client, h.id, 'Me myself')).updateUser.name).toBe('Me myself');
    expect(await errorCode(() => rename(h.client, other.user.id, 'Not me'))).toBe('FORBIDDEN');
    expect((await checkOf(h.id, 'users:write', { type: 'users', id: other.user.id })).allowed).toBe(false);
  });
});

describe('time', () => {
  it('a time-limited assignment works until expiresAt, then the right is gone', async () => {
    const set = await customSet(ctx.owner, 'Temporary audit', [allow('audit:read')]);
    const h = await member(ctx.node, ctx.owner, []);
    const expiresAt = inSeconds(2);
    await ctx.owner.AssignPermissionSet({ userId: h.id, permissionSetId: set.id, expiresAt });
    expect((await h.client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);
    const before = await checkOf(h.id, 'audit:read', { type: 'audit' });
    expect(before.allowed).toBe(true);
    expect(Date.parse(before.deciding!.source.expiresAt!)).toBe(Date.parse(expiresAt));
    expect(before.explanation).toContain('assignment expires');

    await sleep(Date.parse(expiresAt) - Date.now() + 300);
    expect(await errorCode(() => h.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    expect(await checkOf(h.id, 'audit:read', { type: 'audit' })).toMatchObject({ allowed: false, reason: 'NO_MATCHING_ALLOW' });
    expect((await ctx.owner.User({ id: h.id })).user.permissionSets).toEqual([]);
  });

  it('a grant’s validFrom and validUntil open and close it', async () => {
    const h = await member(ctx.node, ctx.owner, []);
    const target = await createUserWithSets(ctx.owner, []);
    const opensAt = inSeconds(1.5);
    const closesAt = inSeconds(1.5);
    await ctx.owner.GrantPermission({ userId: h.id, grant: allow('audit:read', { kind: 'ALL' }, { validFrom: opensAt }) });
    await ctx.owner.GrantPermission({ userId: h.id, grant: allow('users:write', { kind: 'ALL' }, { validUntil: closesAt }) });

    expect(await errorCode(() => h.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    expect((await rename(h.client, target.user.id, 'While valid')).updateUser.name).toBe('While valid');
    expect((await checkOf(h.id, 'users:write', { type: 'users', id: target.user.id })).explanation).toContain(`until ${new Date(closesAt).toISOString()}`);

    await sleep(Math.max(Date.parse(opensAt), Date.parse(closesAt)) - Date.now() + 300);
    expect((await h.client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);
    expect(await errorCode(() => rename(h.client, target.user.id, 'Too late'))).toBe('FORBIDDEN');
    expect(await nameOf(target.user.id)).toBe('While valid');
  });

  it('a window that ends before it starts is BAD_USER_INPUT on validUntil', async () => {
    const { user } = await createUserWithSets(ctx.owner, []);
    const f = await failure(() =>
      ctx.owner.GrantPermission({ userId: user.id, grant: allow('audit:read', { kind: 'ALL' }, { validFrom: inSeconds(60), validUntil: inSeconds(30) }) }),
    );
    expect(f).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grant.validUntil' });
  });
});
