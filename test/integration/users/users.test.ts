import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { createUserWithSets, errorCode, uniqueEmail, DEFAULT_PASSWORD } from '../../fixtures/seed';

// Each test logs the owner in itself: the first one is about exactly that.
const ctx = useCluster({ owner: false });

describe('users', () => {
  it('owner can log in and read themselves', async () => {
    const owner = await ctx.node.owner();
    const { me } = await owner.Me();
    expect(me.email).toBe('owner@example.test');
    expect(me.permissionSets.map((s) => s.name)).toEqual(['Owner']);
  });

  it('creates a user, refuses a duplicate email case-insensitively', async () => {
    const owner = await ctx.node.owner();
    const email = uniqueEmail();
    const { createUser } = await owner.CreateUser({ input: { email, name: 'Ann', password: DEFAULT_PASSWORD } });
    expect(createUser.status).toBe('ACTIVE');
    expect(await errorCode(() => owner.CreateUser({ input: { email: email.toUpperCase(), name: 'Dup', password: DEFAULT_PASSWORD } }))).toBe('CONFLICT');
  });

  it('viewer cannot create users', async () => {
    const owner = await ctx.node.owner();
    const viewer = await createUserWithSets(owner, ['Viewer']);
    const client = await ctx.node.clientFor(viewer.email, viewer.password);
    expect(await errorCode(() => client.CreateUser({ input: { email: uniqueEmail(), name: 'x', password: DEFAULT_PASSWORD } }))).toBe('FORBIDDEN');
  });
});
