import { beforeAll, describe, expect, it } from 'vitest';
import { ALL, HOUR, allow, allowed, deny, escalationEnv, expectDeniedAudit, expectRefused, inMs, labels, setsOf, type Actor } from './helpers';

// Attacks on assignPermissionSet / revokePermissionSet, and assignment expiry.
const env = escalationEnv();

describe('an Admin cannot assign what it does not hold', () => {
  let admin: Actor;
  let victim: string;
  let writeSet: string;
  beforeAll(async () => {
    admin = await env.actor(['Admin']);
    victim = await env.target({ sets: ['Viewer'] });
    writeSet = await env.customSet([allow('users:read'), allow('permissionSets:write')]);
  });

  it('assigning Owner to another user is FORBIDDEN; their sets are unchanged', async () => {
    await expectRefused(() => admin.client.AssignPermissionSet({ userId: victim, permissionSetId: env.builtins.Owner }));
    expect(await setsOf(env.owner, victim)).toEqual(['Viewer']);
    expect(await allowed(env.owner, victim, 'permissionSets:write')).toBe(false);
    await expectDeniedAudit(env.owner, admin.id, 'AssignPermissionSet');
  });

  it('assigning Owner to itself is FORBIDDEN; it still cannot write sets', async () => {
    await expectRefused(() => admin.client.AssignPermissionSet({ userId: admin.id, permissionSetId: env.builtins.Owner }));
    expect(await setsOf(env.owner, admin.id)).toEqual(['Admin']);
    expect(await allowed(env.owner, admin.id, 'permissionSets:write')).toBe(false);
    await expectRefused(() => admin.client.CreatePermissionSet({ input: { name: 'nope' } }));
  });

  it('assigning a custom set containing permissionSets:write (to itself or others) is FORBIDDEN', async () => {
    await expectRefused(() => admin.client.AssignPermissionSet({ userId: victim, permissionSetId: writeSet }));
    await expectRefused(() => admin.client.AssignPermissionSet({ userId: admin.id, permissionSetId: writeSet }));
    expect(await setsOf(env.owner, victim)).toEqual(['Viewer']);
    expect(await setsOf(env.owner, admin.id)).toEqual(['Admin']);
  });

  it('assigning it with a short expiry does not help (still FORBIDDEN)', async () => {
    await expectRefused(() => admin.client.AssignPermissionSet({ userId: admin.id, permissionSetId: writeSet, expiresAt: inMs(60_000) }));
    expect(await setsOf(env.owner, admin.id)).toEqual(['Admin']);
  });

  it('creating a user pre-assigned Owner is FORBIDDEN and creates nobody', async () => {
    const email = `owner-clone-${Date.now()}@example.test`;
    await expectRefused(() =>
      admin.client.CreateUser({ input: { email, name: 'x', password: 'correct-horse-battery', permissionSetIds: [env.builtins.Owner] } }),
    );
    const { users } = await env.owner.Users({ first: 100 });
    expect(users.edges.some((e) => e.node.email === email)).toBe(false);
  });

  it('revoking the Owner set from the Owner is FORBIDDEN; the Owner keeps it', async () => {
    await expectRefused(() => admin.client.RevokePermissionSet({ userId: env.ownerId, permissionSetId: env.builtins.Owner }));
    expect(await setsOf(env.owner, env.ownerId)).toContain('Owner');
    expect(await allowed(env.owner, env.ownerId, 'permissionSets:write')).toBe(true);
  });

  it('assigning Admin to a peer works (control)', async () => {
    const peer = await env.target();
    await admin.client.AssignPermissionSet({ userId: peer, permissionSetId: env.builtins.Admin });
    expect(await setsOf(env.owner, peer)).toEqual(['Admin']);
  });
});

describe('an assigner scoped to team=payments', () => {
  let assigner: Actor;
  let coreUser: string;
  let paymentsUser: string;
  beforeAll(async () => {
    assigner = await env.actorWith([allow('permissionSets:assign', labels({ team: 'payments' })), allow('users:read'), allow('permissionSets:read'), allow('alerts:read'), allow('metrics:read'), allow('reports:read')]);
    coreUser = await env.target({ labels: { team: 'core' } });
    paymentsUser = await env.target({ labels: { team: 'payments' } });
  });

  it('cannot assign to a team=core user', async () => {
    await expectRefused(() => assigner.client.AssignPermissionSet({ userId: coreUser, permissionSetId: env.builtins.Viewer }));
    expect(await setsOf(env.owner, coreUser)).toEqual([]);
  });

  it('cannot assign a set granting more than it holds, even in its own team', async () => {
    await expectRefused(() => assigner.client.AssignPermissionSet({ userId: paymentsUser, permissionSetId: env.builtins.Developer }));
    expect(await setsOf(env.owner, paymentsUser)).toEqual([]);
  });

  it('cannot hand out an unscoped assign right to a user in its team', async () => {
    const wide = await env.customSet([allow('permissionSets:assign', ALL)]);
    await expectRefused(() => assigner.client.AssignPermissionSet({ userId: paymentsUser, permissionSetId: wide }));
    expect(await allowed(env.owner, paymentsUser, 'permissionSets:assign', { type: 'permissionSets' })).toBe(false);
  });

  it('cannot revoke a set from a team=core user', async () => {
    const viewerCore = await env.target({ labels: { team: 'core' }, sets: ['Viewer'] });
    await expectRefused(() => assigner.client.RevokePermissionSet({ userId: viewerCore, permissionSetId: env.builtins.Viewer }));
    expect(await setsOf(env.owner, viewerCore)).toEqual(['Viewer']);
  });

  it('may assign Viewer in its own team (control)', async () => {
    await assigner.client.AssignPermissionSet({ userId: paymentsUser, permissionSetId: env.builtins.Viewer });
    expect(await setsOf(env.owner, paymentsUser)).toEqual(['Viewer']);
  });
});

describe('lifting a restriction by revoking it', () => {
  it('an Admin cannot revoke from itself a set that DENYs it something (here permissionSets:delegate)', async () => {
    const restriction = await env.customSet([deny('permissionSets:delegate'), deny('audit:readValues')]);
    const admin = await env.actor(['Admin']);
    await env.owner.AssignPermissionSet({ userId: admin.id, permissionSetId: restriction });
    expect(await allowed(env.owner, admin.id, 'audit:readValues')).toBe(false);
    await expectRefused(() => admin.client.RevokePermissionSet({ userId: admin.id, permissionSetId: restriction }));
    expect(await setsOf(env.owner, admin.id)).toHaveLength(2);
    expect(await allowed(env.owner, admin.id, 'audit:readValues')).toBe(false);
  });

  it('another Admin who holds what the DENY blocks may revoke it (control)', async () => {
    const restriction = await env.customSet([deny('audit:readValues')]);
    const target = await env.actor(['Developer']);
    await env.owner.AssignPermissionSet({ userId: target.id, permissionSetId: restriction });
    const admin = await env.actor(['Admin']);
    await admin.client.RevokePermissionSet({ userId: target.id, permissionSetId: restriction });
    expect(await setsOf(env.owner, target.id)).toEqual(['Developer']);
  });
});

describe('assignment expiry', () => {
  it('expiresAt in the past is BAD_USER_INPUT, even for the Owner', async () => {
    const u = await env.target();
    await expectRefused(() => env.owner.AssignPermissionSet({ userId: u, permissionSetId: env.builtins.Viewer, expiresAt: inMs(-60_000) }), 'BAD_USER_INPUT');
    expect(await setsOf(env.owner, u)).toEqual([]);
  });

  it('an Admin holding Admin for an hour cannot assign Admin for longer', async () => {
    const temp = await env.actor([]);
    await env.owner.AssignPermissionSet({ userId: temp.id, permissionSetId: env.builtins.Admin, expiresAt: inMs(HOUR) });
    const u = await env.target();
    await expectRefused(() => temp.client.AssignPermissionSet({ userId: u, permissionSetId: env.builtins.Admin }));
    await expectRefused(() => temp.client.AssignPermissionSet({ userId: u, permissionSetId: env.builtins.Admin, expiresAt: inMs(2 * HOUR) }));
    expect(await setsOf(env.owner, u)).toEqual([]);
    await temp.client.AssignPermissionSet({ userId: u, permissionSetId: env.builtins.Admin, expiresAt: inMs(HOUR / 2) });
    expect(await setsOf(env.owner, u)).toEqual(['Admin']);
  });

  it('a set assigned for ~2 s stops working once that passes', async () => {
    const auditSet = await env.customSet([allow('audit:read')]);
    const u = await env.actor([]);
    await env.owner.AssignPermissionSet({ userId: u.id, permissionSetId: auditSet, expiresAt: inMs(2_000) });
    expect(await allowed(env.owner, u.id, 'audit:read')).toBe(true);
    await u.client.AuditLogs({ first: 1 });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await allowed(env.owner, u.id, 'audit:read')).toBe(false);
    await expectRefused(() => u.client.AuditLogs({ first: 1 }));
  });
});
