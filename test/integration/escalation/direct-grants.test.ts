import { beforeAll, describe, expect, it } from 'vitest';
import { ALL, HOUR, allow, allowed, deny, escalationEnv, expectDeniedAudit, expectRefused, ids, inMs, labels, type Actor, type GrantInput } from './helpers';

// Attacks on grantPermission / revokeGrant (grants held directly, outside any set).
const env = escalationEnv();

const directGrants = async (userId: string) =>
  (await env.owner.EffectivePermissions({ userId })).effectivePermissions
    .filter((g) => g.source.kind === 'DIRECT')
    .map((g) => `${g.effect} ${g.action}`)
    .sort();

describe('an Admin granting directly', () => {
  let admin: Actor;
  let victim: string;
  beforeAll(async () => {
    admin = await env.actor(['Admin']);
    victim = await env.target({ sets: ['Viewer'] });
  });

  it.each<[string, GrantInput]>([
    ['*', allow('*')],
    ['permissionSets:write', allow('permissionSets:write')],
    ['permissionSets:*', allow('permissionSets:*')],
    ['permissionSets:write on one set id', allow('permissionSets:write', ids('00000000-0000-4000-8000-000000000001'))],
  ])('granting %s to another user is FORBIDDEN', async (_label, grant) => {
    await expectRefused(() => admin.client.GrantPermission({ userId: victim, grant }));
    expect(await directGrants(victim)).toEqual([]);
    expect(await allowed(env.owner, victim, 'permissionSets:write')).toBe(false);
  });

  it('granting itself permissionSets:write or * is FORBIDDEN; it still cannot write sets', async () => {
    await expectRefused(() => admin.client.GrantPermission({ userId: admin.id, grant: allow('permissionSets:write') }));
    await expectRefused(() => admin.client.GrantPermission({ userId: admin.id, grant: allow('*') }));
    expect(await directGrants(admin.id)).toEqual([]);
    await expectRefused(() => admin.client.CreatePermissionSet({ input: { name: 'nope' } }));
    await expectDeniedAudit(env.owner, admin.id, 'GrantPermission');
  });

  it('a DENY on the Owner is FORBIDDEN (the Owner outranks it); the Owner is unaffected', async () => {
    await expectRefused(() => admin.client.GrantPermission({ userId: env.ownerId, grant: deny('*') }));
    await expectRefused(() => admin.client.GrantPermission({ userId: env.ownerId, grant: deny('users:write') }));
    expect(await directGrants(env.ownerId)).toEqual([]);
    expect(await allowed(env.owner, env.ownerId, 'users:write', { type: 'users', id: admin.id })).toBe(true);
  });

  it('granting something it holds works (control)', async () => {
    await admin.client.GrantPermission({ userId: victim, grant: allow('audit:read') });
    expect(await directGrants(victim)).toEqual(['ALLOW audit:read']);
  });
});

describe('a granter scoped to team=payments', () => {
  let granter: Actor;
  let paymentsUser: string;
  beforeAll(async () => {
    granter = await env.actorWith([allow('permissionSets:assign'), allow('users:write', labels({ team: 'payments' }))], { labels: { team: 'payments' } });
    paymentsUser = await env.target({ labels: { team: 'payments' } });
  });

  it.each<[string, GrantInput['scope']]>([
    ['ALL', ALL],
    ['team=core', labels({ team: 'core' })],
    ['SELF', { kind: 'SELF' }],
  ])('granting users:write on %s to itself is FORBIDDEN', async (_label, scope) => {
    await expectRefused(() => granter.client.GrantPermission({ userId: granter.id, grant: allow('users:write', scope) }));
    expect(await directGrants(granter.id)).toEqual([]);
  });

  it('granting users:write ALL to a payments colleague is FORBIDDEN', async () => {
    await expectRefused(() => granter.client.GrantPermission({ userId: paymentsUser, grant: allow('users:write') }));
    expect(await directGrants(paymentsUser)).toEqual([]);
  });

  it('granting a permanent copy of a grant it holds only for an hour is FORBIDDEN', async () => {
    await env.owner.GrantPermission({ userId: granter.id, grant: allow('audit:read', ALL, { validUntil: inMs(HOUR) }) });
    await expectRefused(() => granter.client.GrantPermission({ userId: paymentsUser, grant: allow('audit:read') }));
    await expectRefused(() => granter.client.GrantPermission({ userId: paymentsUser, grant: allow('audit:read', ALL, { validUntil: inMs(2 * HOUR) }) }));
    expect(await directGrants(paymentsUser)).toEqual([]);
  });
});

describe('revokeGrant', () => {
  it('revoking a grant whose action it does not hold is FORBIDDEN; the grant stays', async () => {
    const admin = await env.actor(['Admin']);
    const holder = await env.target();
    const { grantPermission } = await env.owner.GrantPermission({ userId: holder, grant: allow('permissionSets:write', ids(holder)) });
    await expectRefused(() => admin.client.RevokeGrant({ id: grantPermission.id! }));
    expect(await directGrants(holder)).toEqual(['ALLOW permissionSets:write']);
  });

  it('revoking a grant on the Owner is FORBIDDEN', async () => {
    const admin = await env.actor(['Admin']);
    const { grantPermission } = await env.owner.GrantPermission({ userId: env.ownerId, grant: allow('audit:read') });
    await expectRefused(() => admin.client.RevokeGrant({ id: grantPermission.id! }));
    expect(await directGrants(env.ownerId)).toEqual(['ALLOW audit:read']);
    await env.owner.RevokeGrant({ id: grantPermission.id! });
  });

  it('an Admin cannot revoke a DENY the Owner placed on it (lifting it would widen its own rights)', async () => {
    const admin = await env.actor(['Admin']);
    const lead = await env.target({ labels: { role: 'lead' } });
    const { grantPermission: restriction } = await env.owner.GrantPermission({ userId: admin.id, grant: deny('users:write', labels({ role: 'lead' })) });
    await expectRefused(() => admin.client.RevokeGrant({ id: restriction.id! }));
    expect(await directGrants(admin.id)).toEqual(['DENY users:write']);
    expect(await allowed(env.owner, admin.id, 'users:write', { type: 'users', id: lead })).toBe(false);
    await expectRefused(() => admin.client.SuspendUser({ id: lead }));
  });

  it('an Admin cannot revoke a DENY on another user for an action it lacks', async () => {
    const admin = await env.actor(['Admin']);
    const holder = await env.target();
    const { grantPermission } = await env.owner.GrantPermission({ userId: holder, grant: deny('permissionSets:write') });
    await expectRefused(() => admin.client.RevokeGrant({ id: grantPermission.id! }));
    expect(await directGrants(holder)).toEqual(['DENY permissionSets:write']);
  });

  it('an unprivileged user cannot revoke even its own DENY', async () => {
    const plain = await env.actor(['Viewer']);
    const { grantPermission } = await env.owner.GrantPermission({ userId: plain.id, grant: deny('users:read') });
    await expectRefused(() => plain.client.RevokeGrant({ id: grantPermission.id! }));
    expect(await directGrants(plain.id)).toEqual(['DENY users:read']);
  });

  it('an Admin who holds the action may revoke a DENY on a peer (control)', async () => {
    const admin = await env.actor(['Admin']);
    const peer = await env.target({ sets: ['Developer'] });
    const { grantPermission } = await env.owner.GrantPermission({ userId: peer, grant: deny('audit:read') });
    expect((await admin.client.RevokeGrant({ id: grantPermission.id! })).revokeGrant).toBe(true);
    expect(await directGrants(peer)).toEqual([]);
  });
});
