import { describe, expect, it } from 'vitest';
import { member } from '../../fixtures/seed';
import { allow, deny } from '../../fixtures/grants';
import { useCluster } from '../../fixtures/test-node';
import { auditRows, failure, withToken } from '../auth/helpers';
import { EventStream, untilLive } from '../subscriptions/stream';
import { createKey, inDays, outcome } from './helpers';

const ctx = useCluster();
const SELF = { kind: 'SELF' } as const;

const keyRows = (id: string) => ctx.node.database.sql<{ n: number }[]>`select count(*)::int as n from api_keys where owner_id = ${id}`;

describe('API keys: create, list, rotate, revoke', () => {
  it('creates a key whose secret is shown once, is recognisable, and authenticates as the owner', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    expect(k.secret).toMatch(/^cpk_[0-9A-Za-z]{71}$/);
    expect((await k.client.Users({ first: 1 })).users.edges.length).toBe(1);
    expect((await k.client.Me()).me.id).toBe(u.id);

    const { apiKeys } = await u.client.ApiKeys({ first: 10 });
    expect(apiKeys.edges.map((e) => e.node.id)).toEqual([k.key.id]);
    // Not readable again: neither in the listing nor stored in the clear anywhere.
    expect(JSON.stringify(apiKeys)).not.toContain(k.secret.slice(4));
    const stored = await ctx.node.database.sql`select * from api_key_secrets where api_key_id = ${k.key.id}`;
    expect(JSON.stringify(stored)).not.toContain(k.secret.slice(4));
    // The audit trail names the key but never holds the secret.
    const created = (await auditRows(ctx.owner, 'api_key.created')).find((r) => r.targetId === k.key.id)!;
    expect(created.actorId).toBe(u.id);
    expect(JSON.stringify(await auditRows(ctx.owner, 'api_key.created'))).not.toContain(k.secret.slice(4));
  });

  it('records lastUsedAt and lastUsedIp at most once a minute', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    expect((await u.client.ApiKeys({ first: 1 })).apiKeys.edges[0]!.node.lastUsedAt).toBeNull();
    await k.client.Me();
    const first = (await u.client.ApiKeys({ first: 1 })).apiKeys.edges[0]!.node;
    expect(first.lastUsedAt).not.toBeNull();
    expect(first.lastUsedIp).toMatch(/127\.0\.0\.1/);
    const statements = async () => {
      const before = ctx.node.database.statementCount();
      await k.client.Me();
      return ctx.node.database.statementCount() - before;
    };
    const withinMinute = await statements();
    expect((await u.client.ApiKeys({ first: 1 })).apiKeys.edges[0]!.node.lastUsedAt).toBe(first.lastUsedAt);
    // A minute later (as if), the next request writes once, and the one after it no longer does.
    await ctx.node.database.sql`update api_keys set last_used_at = now() - interval '2 minutes' where id = ${k.key.id}`;
    expect(await statements()).toBe(withinMinute + 1);
    expect(await statements()).toBe(withinMinute);
  });

  it('a revoked key is UNAUTHENTICATED at once, and the revocation is audited', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    expect(await outcome(() => k.client.Me())).toBe('OK');
    expect((await u.client.RevokeApiKey({ id: k.key.id })).revokeApiKey).toBe(true);
    const refused = await failure(() => k.client.Me());
    expect(refused.code).toBe('UNAUTHENTICATED');
    expect(refused.message).toMatch(/revoked/);
    expect((await u.client.ApiKeys({ first: 1 })).apiKeys.edges[0]!.node.revokedAt).not.toBeNull();
    expect((await auditRows(ctx.owner, 'api_key.revoked')).some((r) => r.targetId === k.key.id)).toBe(true);
    expect((await failure(() => u.client.RevokeApiKey({ id: k.key.id }))).code).toBe('CONFLICT');
  });

  it('an expired key is UNAUTHENTICATED', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    await ctx.node.database.sql`update api_keys set expires_at = now() - interval '1 second' where id = ${k.key.id}`;
    const refused = await failure(() => k.client.Me());
    expect(refused.code).toBe('UNAUTHENTICATED');
    expect(refused.message).toMatch(/expired/);
  });

  it('malformed, mistyped (bad checksum) and unknown secrets are UNAUTHENTICATED', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    const flipped = k.secret.slice(0, 40) + (k.secret[40] === 'a' ? 'b' : 'a') + k.secret.slice(41);
    for (const bad of ['cpk_short', flipped, `${k.secret}x`]) {
      expect((await failure(() => withToken(ctx.node, bad).Me())).code).toBe('UNAUTHENTICATED');
    }
  });

  it('rotation: the new secret works, the old one keeps working during the overlap, and overlap 0 ends it at once', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    const { rotateApiKey } = await u.client.RotateApiKey({ id: k.key.id, overlapSeconds: 3600 });
    expect(rotateApiKey.secret).not.toBe(k.secret);
    const second = withToken(ctx.node, rotateApiKey.secret);
    expect(await outcome(() => second.Me())).toBe('OK');
    expect(await outcome(() => k.client.Me())).toBe('OK');
    // The window ends (as an hour passing would): the old secret stops, the new one stays.
    await ctx.node.database.sql`update api_key_secrets set expires_at = now() - interval '1 second' where api_key_id = ${k.key.id} and expires_at is not null`;
    expect((await failure(() => k.client.Me())).message).toMatch(/rotated/);
    expect(await outcome(() => second.Me())).toBe('OK');

    const { rotateApiKey: third } = await u.client.RotateApiKey({ id: k.key.id, overlapSeconds: 0 });
    expect(await outcome(() => second.Me())).toBe('UNAUTHENTICATED');
    expect(await outcome(() => withToken(ctx.node, third.secret).Me())).toBe('OK');
    const rotated = (await auditRows(ctx.owner, 'api_key.rotated')).filter((r) => r.targetId === k.key.id);
    expect(rotated).toHaveLength(2);
    expect(JSON.stringify(rotated)).not.toContain(third.secret.slice(4));
  });

  it('rotation overlap is bounded (7 days) and only the owner may rotate', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    expect((await failure(() => u.client.RotateApiKey({ id: k.key.id, overlapSeconds: 8 * 86_400 }))).code).toBe('BAD_USER_INPUT');
    expect((await failure(() => ctx.owner.RotateApiKey({ id: k.key.id, overlapSeconds: 0 }))).code).toBe('FORBIDDEN');
    expect(await outcome(() => k.client.Me())).toBe('OK');
  });

  it('expiry is mandatory and at most a year ahead', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const tooLate = await failure(() => u.client.CreateApiKey({ input: { name: 'x', grants: [allow('users:read')], expiresAt: inDays(400) } }));
    expect(tooLate.code).toBe('BAD_USER_INPUT');
    const past = await failure(() => u.client.CreateApiKey({ input: { name: 'x', grants: [allow('users:read')], expiresAt: inDays(-1) } }));
    expect(past.code).toBe('BAD_USER_INPUT');
    expect((await keyRows(u.id))[0]!.n).toBe(0);
  });
});

describe('API keys: no more than the owner', () => {
  it('a key asking for more than its creator holds is refused and nothing is created', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    for (const grants of [[allow('users:write')], [allow('*')], [allow('users:read'), allow('audit:read')]]) {
      const refused = await failure(() => u.client.CreateApiKey({ input: { name: 'grab', grants, expiresAt: inDays(1) } }));
      expect(refused.code).toBe('FORBIDDEN');
    }
    expect((await keyRows(u.id))[0]!.n).toBe(0);
    expect((await auditRows(ctx.owner, 'api_key.created')).some((r) => r.targetId === u.id && r.outcome === 'DENIED')).toBe(true);
  });

  it('a key cannot create keys, and holds only what it was given', async () => {
    const u = await member(ctx.node, ctx.owner, ['Developer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read'), allow('apiKeys:write', SELF), allow('apiKeys:read', SELF)]);
    expect(await outcome(() => k.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    expect(await outcome(() => u.client.AuditLogs({ first: 1 }))).toBe('OK');
    const refused = await failure(() => k.client.CreateApiKey({ input: { name: 'child', grants: [allow('users:read')], expiresAt: inDays(1) } }));
    expect(refused.code).toBe('FORBIDDEN');
    expect((await keyRows(u.id))[0]!.n).toBe(1);
  });

  it('operations open to any signed-in user stay within the key\'s grants (password, delegations)', async () => {
    const u = await member(ctx.node, ctx.owner, ['Admin']);
    const peer = await member(ctx.node, ctx.owner, ['Viewer']);
    const { delegatePermissions } = await u.client.DelegatePermissions({
      input: { delegateeId: peer.id, expiresAt: inDays(1), grants: [allow('sessions:read')] },
    });
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    const password = await failure(() => k.client.ChangePassword({ currentPassword: u.password, newPassword: 'a-new-password-456' }));
    expect(password.code).toBe('FORBIDDEN');
    expect(await outcome(() => ctx.node.anonymous().Login({ email: u.email, password: u.password }))).toBe('OK');
    expect(await outcome(() => k.client.RevokeDelegation({ id: delegatePermissions.id }))).toBe('FORBIDDEN');
    expect((await u.client.Delegations({ userId: peer.id })).delegations.find((d) => d.id === delegatePermissions.id)?.revokedAt).toBeNull();
  });

  it('a DENY in the key restricts it', async () => {
    const u = await member(ctx.node, ctx.owner, ['Developer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read'), deny('users:readEmail')]);
    const { me } = await k.client.Me();
    expect(me.email).toBeNull();
  });

  it('an owner stripped of a right, or suspended, takes it from the key at the next request', async () => {
    const u = await member(ctx.node, ctx.owner, ['Developer']);
    const k = await createKey(ctx.node, u.client, [allow('audit:read'), allow('users:read')]);
    expect(await outcome(() => k.client.AuditLogs({ first: 1 }))).toBe('OK');
    await ctx.owner.RevokePermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
    await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Viewer });
    expect(await outcome(() => k.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    expect(await outcome(() => k.client.Users({ first: 1 }))).toBe('OK');
    await ctx.owner.SuspendUser({ id: u.id });
    expect(await outcome(() => k.client.Users({ first: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('another user sees and revokes keys only with apiKeys rights over the owner', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    const peer = await member(ctx.node, ctx.owner, ['Viewer']);
    expect(await outcome(() => peer.client.ApiKeys({ first: 5, userId: u.id }))).toBe('FORBIDDEN');
    expect(await outcome(() => peer.client.RevokeApiKey({ id: k.key.id }))).toBe('FORBIDDEN');
    expect(await outcome(() => k.client.Me())).toBe('OK');
    // Admin holds apiKeys:read on ALL; the owner (everything) may revoke.
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    expect((await admin.client.ApiKeys({ first: 5, userId: u.id })).apiKeys.edges.map((e) => e.node.id)).toEqual([k.key.id]);
    expect(await outcome(() => admin.client.RevokeApiKey({ id: k.key.id }))).toBe('FORBIDDEN');
    expect((await ctx.owner.RevokeApiKey({ id: k.key.id })).revokeApiKey).toBe(true);
    expect(await outcome(() => k.client.Me())).toBe('UNAUTHENTICATED');
  });
});

describe('API keys: sessions, audit, WebSocket', () => {
  it('a key has no session: logout is refused with a clear error', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read'), allow('sessions:read', SELF)]);
    const refused = await failure(() => k.client.Logout());
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/API key/);
    expect((await k.client.Sessions({ first: 5 })).sessions.edges.every((e) => !e.node.current)).toBe(true);
  });

  it('every audit row a key causes carries metadata.apiKeyId', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read'), allow('apiKeys:write', SELF)]);
    // A denial and a change, both caused by the key.
    expect(await outcome(() => k.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    await k.client.RevokeApiKey({ id: k.key.id });
    const denied = (await auditRows(ctx.owner, 'access.denied')).filter((r) => r.actorId === u.id);
    const revoked = (await auditRows(ctx.owner, 'api_key.revoked')).filter((r) => r.targetId === k.key.id);
    expect(denied.length).toBeGreaterThan(0);
    expect(revoked).toHaveLength(1);
    for (const row of [...denied, ...revoked]) expect((row.metadata as { apiKeyId?: string }).apiKeyId).toBe(k.key.id);
  });

  it('authenticates a WebSocket subscription, and revoking the key closes it', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    const stream = ctx.track(new EventStream(k.client.UserChanged(), 'key userChanged'));
    let n = 0;
    const poke = () => ctx.owner.UpdateUser({ id: u.id, input: { name: `Poked ${(n += 1)}` } });
    await untilLive(stream, poke, (e) => e.userChanged.user.id === u.id);
    await u.client.RevokeApiKey({ id: k.key.id });
    const ended = await stream.next('end after revocation', 5_000).then(
      () => 'event',
      (e: { code?: string; message?: string }) => e.code ?? e.message,
    );
    expect(ended).toBe('SESSION_ENDED');
  });

  it('refuses a WebSocket connection with a revoked key', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const k = await createKey(ctx.node, u.client, [allow('users:read')]);
    await u.client.RevokeApiKey({ id: k.key.id });
    const stream = ctx.track(new EventStream(k.client.UserChanged(), 'revoked key'));
    const result = await stream.next('refusal', 5_000).then(
      () => 'event',
      (e: { code?: string }) => String(e.code),
    );
    expect(result).toBe('UNAUTHENTICATED');
  });
});
