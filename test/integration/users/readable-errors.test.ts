import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, createUserWithSets, failure, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster();
let admin: ControlPlaneClient;

beforeAll(async () => {
  admin = (await member(ctx.node, ctx.owner, ['Admin'], { prefix: 'admin' })).client;
});

const target = async () => (await createUserWithSets(ctx.owner, ['Viewer'], { prefix: 'target' })).user.id;

describe('refused status changes say why in a sentence', () => {
  it('suspend, reactivate, delete and restore each explain the state that blocks them', async () => {
    const id = await target();
    await admin.SuspendUser({ id });
    const again = await failure(() => admin.SuspendUser({ id }));
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'This user is already suspended' });
    expect((await failure(() => admin.RestoreUser({ id }))).message).toBe('This user is suspended, not deleted; use reactivateUser');

    await admin.ReactivateUser({ id });
    expect((await failure(() => admin.ReactivateUser({ id }))).message).toBe(
      'This user is already active; only a suspended user can be reactivated',
    );
    expect((await failure(() => admin.RestoreUser({ id }))).message).toBe('This user is not deleted, so there is nothing to restore');

    await admin.DeleteUser({ id });
    expect((await failure(() => admin.DeleteUser({ id }))).message).toBe('This user is already deleted');
    expect((await failure(() => admin.SuspendUser({ id }))).message).toBe('This user is deleted; restore them before suspending them');
    expect((await failure(() => admin.ReactivateUser({ id }))).message).toBe('This user is deleted; use restoreUser to bring them back');
  });
});

describe('validation messages name the field as a person writes it', () => {
  const newUser = (extra: Record<string, unknown>) => ({
    email: uniqueEmail(),
    name: 'Someone',
    password: DEFAULT_PASSWORD,
    ...extra,
  });

  it('a bad permission set id: input.permissionSetIds[0] is not a permission set id (field keeps its dotted path)', async () => {
    const refused = await failure(() => ctx.owner.CreateUser({ input: newUser({ permissionSetIds: [ctx.builtins.Viewer, 'not-an-id'] }) }));
    expect(refused).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.permissionSetIds[1] is not a permission set id',
      field: 'input.permissionSetIds.1',
    });
  });

  it("zod's own wording is rephrased: empty name, too many labels, a bad label key", async () => {
    expect((await failure(() => ctx.owner.CreateUser({ input: newUser({ name: '   ' }) }))).message).toBe('input.name must not be empty');
    const labels = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, 'v']));
    expect((await failure(() => ctx.owner.CreateUser({ input: newUser({ labels }) }))).message).toBe('input.labels must have at most 32 labels');
    const badKey = await failure(() => ctx.owner.CreateUser({ input: newUser({ labels: { 'team name': 'x' } }) }));
    expect(badKey.message).toBe('input.labels key "team name" must be 1-63 letters, digits, _ . or -, starting with a letter or digit');
    expect(badKey.field).toBe('input.labels.team name');
  });

  it('numbers out of range and nested grant fields read as sentences', async () => {
    const policy = await failure(() =>
      ctx.owner.CreateRateLimitPolicy({
        input: { name: 'p', subjectKind: 'IP', subjectValue: '192.0.2.1', requestsPerWindow: 0, windowSeconds: 60 },
      }),
    );
    expect(policy).toEqual({ code: 'BAD_USER_INPUT', message: 'input.requestsPerWindow must be at least 1', field: 'input.requestsPerWindow' });

    const grant = await failure(() =>
      ctx.owner.CreatePermissionSet({
        input: { name: `Bad ${uniqueEmail()}`, grants: [{ effect: 'ALLOW', action: 'users:read', scope: { kind: 'IDS', ids: [] } }] },
      }),
    );
    expect(grant).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.grants[0].scope.ids must list at least one id for an IDS scope',
      field: 'input.grants.0.scope.ids',
    });
  });

  it('no message carries a dotted index or zod\'s "Too small"/"Invalid input" wording', async () => {
    const messages = [
      (await failure(() => ctx.owner.CreateUser({ input: newUser({ permissionSetIds: ['x'] }) }))).message,
      (await failure(() => ctx.owner.CreateUser({ input: newUser({ password: 'short' }) }))).message,
      (await failure(() => ctx.owner.CreateUser({ input: newUser({ email: 'not-an-email' }) }))).message,
    ];
    expect(messages).toEqual([
      'input.permissionSetIds[0] is not a permission set id',
      expect.stringMatching(/^input\.password must be at least \d+ characters$/),
      'input.email must be a valid email address',
    ]);
  });
});

describe('permission refusals name the resource in words', () => {
  it('a user holding only the baseline reading someone else is told which permission on what', async () => {
    const plain = (await member(ctx.node, ctx.owner, [], { prefix: 'plain' })).client;
    const refused = await failure(() => plain.User({ id: ctx.ownerId }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Missing permission users:read on this user' });
  });
});
