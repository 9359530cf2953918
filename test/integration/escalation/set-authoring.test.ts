import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../../fixtures/seed';
import {
  ALL, HOUR, allow, allowed, deny, escalationEnv, expectDeniedAudit, expectRefused, ids, inMs, labels, setNames, snapshotSet,
  type Actor, type SetActor, type GrantInput,
} from './helpers';

// Attacks on createPermissionSet / updatePermissionSet / clonePermissionSet / deletePermissionSet
// by users who may write sets but hold less than what they try to put in them.
const env = escalationEnv();
const name = () => uniqueEmail('evil-set');

describe('an Admin (no permissionSets:write) cannot author sets', () => {
  let admin: Actor;
  let victimSet: string;
  beforeAll(async () => {
    admin = await env.actor(['Admin']);
    victimSet = await env.customSet([allow('users:read')]);
  });

  it('create, update, clone and delete are all FORBIDDEN, and nothing changes', async () => {
    const before = await setNames(env.owner);
    const snap = await snapshotSet(env.owner, victimSet);
    await expectRefused(() => admin.client.CreatePermissionSet({ input: { name: name(), grants: [allow('users:read')] } }));
    await expectRefused(() => admin.client.UpdatePermissionSet({ id: victimSet, input: { name: 'hijacked', grants: [allow('*')] } }));
    await expectRefused(() => admin.client.ClonePermissionSet({ id: victimSet, name: name() }));
    await expectRefused(() => admin.client.ClonePermissionSet({ id: env.builtins.Owner, name: name() }));
    await expectRefused(() => admin.client.DeletePermissionSet({ id: victimSet, force: true }));
    expect(await setNames(env.owner)).toEqual(before);
    expect(await snapshotSet(env.owner, victimSet)).toEqual(snap);
    expect(await allowed(env.owner, admin.id, 'permissionSets:write', { type: 'permissionSets', id: victimSet })).toBe(false);
    await expectDeniedAudit(env.owner, admin.id, 'CreatePermissionSet');
    await expectDeniedAudit(env.owner, admin.id, 'DeletePermissionSet');
  });
});

describe('a set writer without audit:read cannot mint it', () => {
  let writer: SetActor;
  beforeAll(async () => {
    writer = await env.actorWith([allow('permissionSets:write'), allow('permissionSets:read'), allow('users:read')]);
  });

  it.each<[string, GrantInput]>([
    ['audit:read', allow('audit:read')],
    ['audit:*', allow('audit:*')],
    ['*', allow('*')],
    ['permissionSets:* (includes assign)', allow('permissionSets:*')],
    ['audit:read on a single id', allow('audit:read', ids('some-audit-id'))],
  ])('create with %s is FORBIDDEN and no set appears', async (_label, grant) => {
    const before = await setNames(env.owner);
    const setName = name();
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: setName, grants: [allow('users:read'), grant] } }));
    expect(await setNames(env.owner)).toEqual(before);
  });

  it('the refusal is audited as access.denied', async () => {
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('audit:read')] } }));
    await expectDeniedAudit(env.owner, writer.id, 'CreatePermissionSet');
  });

  it('creating a set it fully holds works (control)', async () => {
    const { createPermissionSet } = await writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('users:read')] } });
    expect(createPermissionSet.grants.map((g) => g.action)).toEqual(['users:read']);
  });

  it('update of its own set to add audit:read / audit:* / * is FORBIDDEN; the set is unchanged', async () => {
    const { createPermissionSet: own } = await writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('users:read')] } });
    const snap = await snapshotSet(env.owner, own.id);
    for (const grant of [allow('audit:read'), allow('audit:*'), allow('*')]) {
      await expectRefused(() => writer.client.UpdatePermissionSet({ id: own.id, input: { grants: [allow('users:read'), grant] } }));
    }
    expect(await snapshotSet(env.owner, own.id)).toEqual(snap);
  });

  it('update of a set it already holds (assigned by the Owner) to add audit:read is FORBIDDEN; it still cannot read audit', async () => {
    const snap = await snapshotSet(env.owner, writer.setId);
    await expectRefused(() =>
      writer.client.UpdatePermissionSet({ id: writer.setId, input: { grants: [...snap.grants.map(({ effect, action, scope }) => ({ effect, action, scope: toInput(scope) })), allow('audit:read')] } }),
    );
    expect(await snapshotSet(env.owner, writer.setId)).toEqual(snap);
    expect(await allowed(env.owner, writer.id, 'audit:read')).toBe(false);
    await expectRefused(() => writer.client.AuditLogs({ first: 1 }));
  });

  it('even renaming a set that grants something it lacks is FORBIDDEN (it may not reshape it)', async () => {
    const setId = await env.customSet([allow('audit:read')]);
    const snap = await snapshotSet(env.owner, setId);
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: setId, input: { name: name(), description: 'mine now' } }));
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: setId, input: { grants: [allow('users:read')] } }));
    expect(await snapshotSet(env.owner, setId)).toEqual(snap);
  });

  it('clone of a set it does not fully hold (Admin, Developer, a custom audit set) is FORBIDDEN', async () => {
    const before = await setNames(env.owner);
    const auditSet = await env.customSet([allow('users:read'), allow('audit:read')]);
    for (const id of [env.builtins.Admin, env.builtins.Developer, env.builtins.Owner, auditSet]) {
      await expectRefused(() => writer.client.ClonePermissionSet({ id, name: name() }));
    }
    expect(await setNames(env.owner)).toEqual([...before, (await snapshotSet(env.owner, auditSet)).name].sort());
  });

  it('delete of a set granting what it lacks is FORBIDDEN; the set survives', async () => {
    const setId = await env.customSet([allow('audit:read')]);
    await expectRefused(() => writer.client.DeletePermissionSet({ id: setId, force: true }));
    expect((await snapshotSet(env.owner, setId)).grants).toHaveLength(1);
  });
});

describe('a set writer scoped to one set id', () => {
  it('cannot create, clone, or edit any other set', async () => {
    const mine = await env.customSet([allow('users:read')]);
    const other = await env.customSet([allow('users:read')]);
    const writer = await env.actorWith([allow('permissionSets:write', ids(mine)), allow('users:read'), allow('permissionSets:read')]);
    const before = await setNames(env.owner);
    const snap = await snapshotSet(env.owner, other);
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: name() } }));
    await expectRefused(() => writer.client.ClonePermissionSet({ id: mine, name: name() }));
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: other, input: { description: 'mine now' } }));
    await expectRefused(() => writer.client.DeletePermissionSet({ id: other }));
    expect(await setNames(env.owner)).toEqual(before);
    expect(await snapshotSet(env.owner, other)).toEqual(snap);
    await writer.client.UpdatePermissionSet({ id: mine, input: { description: 'allowed (control)' } });
  });
});

describe('a set writer scoped to team=payments cannot widen the scope', () => {
  let writer: Actor;
  let coreUser: string;
  let paymentsUser: string;
  beforeAll(async () => {
    writer = await env.actorWith([allow('permissionSets:write'), allow('users:write', labels({ team: 'payments' }))]);
    coreUser = await env.target({ labels: { team: 'core' } });
    paymentsUser = await env.target({ labels: { team: 'payments' } });
  });

  it.each<[string, GrantInput['scope']]>([
    ['ALL', ALL],
    ['team=core', labels({ team: 'core' })],
    ['IDS of a core user', ids('00000000-0000-4000-8000-000000000000')],
    ['a different key (env=prod)', labels({ env: 'prod' })],
    ['SELF', { kind: 'SELF' }],
  ])('users:write on %s is FORBIDDEN', async (_label, scope) => {
    const before = await setNames(env.owner);
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('users:write', scope)] } }));
    expect(await setNames(env.owner)).toEqual(before);
  });

  it('IDS of a real core user is FORBIDDEN, and the writer still cannot write that user', async () => {
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('users:write', ids(coreUser))] } }));
    expect(await allowed(env.owner, writer.id, 'users:write', { type: 'users', id: coreUser })).toBe(false);
    await expectRefused(() => writer.client.UpdateUser({ id: coreUser, input: { name: 'pwned' } }));
  });

  it('narrowing is fine: team=payments plus env=prod (control)', async () => {
    const { createPermissionSet } = await writer.client.CreatePermissionSet({
      input: { name: name(), grants: [allow('users:write', labels({ team: 'payments', env: 'prod' }))] },
    });
    expect(createPermissionSet.grants).toHaveLength(1);
    expect(await allowed(env.owner, writer.id, 'users:write', { type: 'users', id: paymentsUser })).toBe(true);
  });

  it('widening its own narrow set to ALL by update is FORBIDDEN', async () => {
    const { createPermissionSet: own } = await writer.client.CreatePermissionSet({
      input: { name: name(), grants: [allow('users:write', labels({ team: 'payments' }))] },
    });
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: own.id, input: { grants: [allow('users:write', ALL)] } }));
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: own.id, input: { grants: [allow('users:write', labels({ team: 'core' }))] } }));
    expect((await snapshotSet(env.owner, own.id)).grants[0]!.scope).toMatchObject({ kind: 'LABELS', labels: { team: 'payments' } });
  });
});

describe('a set writer with a time-limited grant cannot outlast it', () => {
  let writer: Actor;
  beforeAll(async () => {
    writer = await env.actorWith([allow('permissionSets:write'), allow('users:read')]);
    await env.owner.GrantPermission({ userId: writer.id, grant: allow('audit:read', ALL, { validUntil: inMs(HOUR) }) });
  });

  it.each<[string, Partial<GrantInput>]>([
    ['no end', {}],
    ['ending after its own grant', { validUntil: inMs(2 * HOUR) }],
    ['starting later and ending after it', { validFrom: inMs(HOUR / 2), validUntil: inMs(3 * HOUR) }],
  ])('an ALLOW audit:read with %s is FORBIDDEN', async (_label, window) => {
    const before = await setNames(env.owner);
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('audit:read', ALL, window)] } }));
    expect(await setNames(env.owner)).toEqual(before);
  });

  it('an ALLOW ending before its own grant ends is accepted (control)', async () => {
    const { createPermissionSet } = await writer.client.CreatePermissionSet({
      input: { name: name(), grants: [allow('audit:read', ALL, { validUntil: inMs(HOUR / 2) })] },
    });
    expect(createPermissionSet.grants[0]!.validUntil).toBeTruthy();
  });

  it('a DENY needs no cover (it only restricts)', async () => {
    const { createPermissionSet } = await writer.client.CreatePermissionSet({ input: { name: name(), grants: [deny('*')] } });
    expect(createPermissionSet.grants[0]!.effect).toBe('DENY');
  });
});

function toInput(scope: { kind: string; ids?: string[] | null; labels?: unknown }): GrantInput['scope'] {
  return { kind: scope.kind as GrantInput['scope']['kind'], ...(scope.ids && { ids: scope.ids }), ...(scope.labels ? { labels: scope.labels as Record<string, string> } : {}) };
}
