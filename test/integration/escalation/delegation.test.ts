import { beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR, allow, allowed, deny, escalationEnv, expectDeniedAudit, expectRefused, inMs, labels, setsOf, type Actor, type GrantInput } from './helpers';

// Attacks on delegatePermissions / revokeDelegation.
const env = escalationEnv();

const delegate = (from: Actor, to: string, grants: GrantInput[], expiresAt: string | null = inMs(HOUR)) =>
  from.client.DelegatePermissions({ input: { delegateeId: to, grants, expiresAt: expiresAt as string } });
const liveDelegations = async (userId: string) =>
  (await env.owner.Delegations({ userId })).delegations.filter((d) => !d.revokedAt && d.delegateeId === userId);

describe('delegating what one does not hold', () => {
  let admin: Actor;
  let b: string;
  beforeAll(async () => {
    admin = await env.actor(['Admin']);
    b = await env.target();
  });

  it.each<[string, GrantInput]>([
    ['*', allow('*')],
    ['permissionSets:write', allow('permissionSets:write')],
    ['permissionSets:*', allow('permissionSets:*')],
  ])('an Admin delegating %s is FORBIDDEN; nothing is delegated', async (_label, grant) => {
    await expectRefused(() => delegate(admin, b, [grant]));
    expect(await liveDelegations(b)).toEqual([]);
    expect(await allowed(env.owner, b, 'permissionSets:write')).toBe(false);
  });

  it('a payments-scoped user delegating users:write on ALL or team=core is FORBIDDEN', async () => {
    const scoped = await env.actorWith([allow('permissionSets:delegate'), allow('users:write', labels({ team: 'payments' }))]);
    await expectRefused(() => delegate(scoped, b, [allow('users:write')]));
    await expectRefused(() => delegate(scoped, b, [allow('users:write', labels({ team: 'core' }))]));
    expect(await liveDelegations(b)).toEqual([]);
    await expectDeniedAudit(env.owner, scoped.id, 'DelegatePermissions');
  });

  it('a DENY delegated onto the Owner by an Admin is refused (delegations only lend ALLOWs)', async () => {
    await expectRefused(() => delegate(admin, env.ownerId, [deny('*')]), 'BAD_USER_INPUT');
    expect(await liveDelegations(env.ownerId)).toEqual([]);
    expect(await allowed(env.owner, env.ownerId, 'users:write', { type: 'users', id: admin.id })).toBe(true);
  });
});

describe('delegation input rules', () => {
  let admin: Actor;
  let b: string;
  beforeAll(async () => {
    admin = await env.actor(['Admin']);
    b = await env.target();
  });

  it.each<[string, string | null]>([
    ['without expiry', null],
    ['with expiry in the past', inMs(-60_000)],
    ['with expiry over 90 days ahead', inMs(91 * DAY)],
  ])('%s is BAD_USER_INPUT', async (_label, expiresAt) => {
    await expectRefused(() => delegate(admin, b, [allow('audit:read')], expiresAt), 'BAD_USER_INPUT');
    expect(await liveDelegations(b)).toEqual([]);
  });

  it('to oneself is BAD_USER_INPUT', async () => {
    await expectRefused(() => delegate(admin, admin.id, [allow('audit:read')]), 'BAD_USER_INPUT');
    expect(await liveDelegations(admin.id)).toEqual([]);
  });
});

describe('a delegated grant never outlasts the window the delegator gave it', () => {
  // Either the server refuses windows on delegated grants, or it must honour them.
  it('validUntil 2 s ahead (delegation 1 h): B holds nothing after 2 s', async () => {
    const a = await env.actor(['Admin']);
    const b = await env.actor([]);
    const attempt = await delegate(a, b.id, [allow('audit:read', { kind: 'ALL' }, { validUntil: inMs(2_000) })]).catch((e: { code?: string }) => e);
    if ('code' in attempt) return expect(attempt.code).toBe('BAD_USER_INPUT');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(false);
    await expectRefused(() => b.client.AuditLogs({ first: 1 }));
  });

  it('validFrom 1 h ahead: B holds nothing now', async () => {
    const a = await env.actor(['Admin']);
    const b = await env.actor([]);
    const attempt = await delegate(a, b.id, [allow('audit:read', { kind: 'ALL' }, { validFrom: inMs(HOUR) })], inMs(2 * HOUR)).catch((e: { code?: string }) => e);
    if ('code' in attempt) return expect(attempt.code).toBe('BAD_USER_INPUT');
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(false);
    await expectRefused(() => b.client.AuditLogs({ first: 1 }));
  });
});

describe('delegation is never transitive', () => {
  it('B (holding permissionSets:delegate) cannot re-delegate what A delegated to it', async () => {
    const a = await env.actor(['Admin']);
    const b = await env.actorWith([allow('permissionSets:delegate'), allow('users:read')]);
    const c = await env.actor([]);
    await delegate(a, b.id, [allow('audit:read')]);
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(true);
    await expectRefused(() => delegate(b, c.id, [allow('audit:read')]));
    expect(await liveDelegations(c.id)).toEqual([]);
    expect(await allowed(env.owner, c.id, 'audit:read')).toBe(false);
    await expectRefused(() => c.client.AuditLogs({ first: 1 }));
  });

  it('a delegated permissionSets:delegate does not let B pass on A\'s other delegated rights either', async () => {
    const a = await env.actor(['Admin']);
    const b = await env.actor([]);
    const c = await env.target();
    await delegate(a, b.id, [allow('permissionSets:delegate'), allow('audit:read')]);
    await expectRefused(() => delegate(b, c, [allow('audit:read')]));
    expect(await liveDelegations(c)).toEqual([]);
  });

  it('B cannot grant or assign a delegated right either', async () => {
    const a = await env.actor(['Admin']);
    const b = await env.actorWith([allow('permissionSets:assign'), allow('users:read')]);
    const c = await env.target();
    await delegate(a, b.id, [allow('audit:read')]);
    await expectRefused(() => b.client.GrantPermission({ userId: c, grant: allow('audit:read') }));
    await expectRefused(() => b.client.AssignPermissionSet({ userId: c, permissionSetId: env.builtins.Developer }));
    expect(await setsOf(env.owner, c)).toEqual([]);
  });
});

describe('delegation is evaluated live', () => {
  it('after the Owner revokes A\'s set, B\'s delegated access is denied on the next request', async () => {
    const a = await env.actor(['Developer']);
    await env.owner.AssignPermissionSet({ userId: a.id, permissionSetId: env.builtins.Admin });
    const b = await env.actor([]);
    await delegate(a, b.id, [allow('audit:read'), allow('users:write')]);
    const victim = await env.target();
    expect(await allowed(env.owner, b.id, 'users:write', { type: 'users', id: victim })).toBe(true);
    await b.client.UpdateUser({ id: victim, input: { name: 'renamed by delegation' } });

    await env.owner.RevokePermissionSet({ userId: a.id, permissionSetId: env.builtins.Admin });
    expect(await allowed(env.owner, b.id, 'users:write', { type: 'users', id: victim })).toBe(false);
    await expectRefused(() => b.client.UpdateUser({ id: victim, input: { name: 'again' } }));
    // A still holds audit:read through Developer, so that part of the delegation still works.
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(true);
    await b.client.AuditLogs({ first: 1 });
  });

  it('a DENY the Owner adds to A cuts B off too', async () => {
    const a = await env.actor(['Admin']);
    const b = await env.actor([]);
    await delegate(a, b.id, [allow('audit:read')]);
    await b.client.AuditLogs({ first: 1 });
    await env.owner.GrantPermission({ userId: a.id, grant: deny('audit:read') });
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(false);
    await expectRefused(() => b.client.AuditLogs({ first: 1 }));
  });
});

describe('revokeDelegation', () => {
  let a: Actor;
  let b: Actor;
  let delegationId: string;
  beforeAll(async () => {
    a = await env.actor(['Admin']);
    b = await env.actor([]);
    delegationId = (await delegate(a, b.id, [allow('audit:read')])).delegatePermissions.id;
  });

  it('a third party without assign permission cannot revoke it; it stays live', async () => {
    const third = await env.actor(['Developer']);
    await expectRefused(() => third.client.RevokeDelegation({ id: delegationId }));
    expect((await liveDelegations(b.id)).map((d) => d.id)).toEqual([delegationId]);
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(true);
    await expectDeniedAudit(env.owner, third.id, 'RevokeDelegation');
  });

  it('an assigner scoped to another team cannot revoke it', async () => {
    const scoped = await env.actorWith([allow('permissionSets:assign', labels({ team: 'elsewhere' }))]);
    await expectRefused(() => scoped.client.RevokeDelegation({ id: delegationId }));
    expect(await liveDelegations(b.id)).toHaveLength(1);
  });

  it('the delegatee may end it (control), and then loses the access', async () => {
    expect((await b.client.RevokeDelegation({ id: delegationId })).revokeDelegation).toBe(true);
    expect(await allowed(env.owner, b.id, 'audit:read')).toBe(false);
    await expectRefused(() => b.client.AuditLogs({ first: 1 }));
  });
});
