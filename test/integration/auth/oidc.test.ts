import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { startOidcProvider, type AccountClaims, type OidcTestProvider } from '../../fixtures/oidc-provider';
import { createUserWithSets, uniqueEmail } from '../../fixtures/seed';
import { filledIn, startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { auditRows, failure, login, withToken } from './helpers';

// Not useCluster: the nodes' configuration needs the provider's address, known only once it listens.
let idp: OidcTestProvider;
let cluster: TestCluster | undefined;
let owner: ControlPlaneClient;
beforeAll(async () => {
  idp = await startOidcProvider();
  cluster = await startCluster({
    env: idp.env({
      OIDC_ALLOW_SIGNUP: 'true',
      OIDC_GROUP_SETS: JSON.stringify({ 'platform-devs': 'Developer', ghosts: 'No Such Set' }),
    }),
  });
  owner = await cluster.nodes[0]!.owner();
});
afterAll(async () => {
  await cluster?.close();
  await idp?.close();
});
const ctx = {
  get node(): TestNode {
    return filledIn(cluster, 'cluster').nodes[0]!;
  },
  get owner(): ControlPlaneClient {
    return filledIn(owner, 'owner');
  },
};

/** A new account at the provider, with a subject no test has used. */
function account(claims: AccountClaims): string {
  const sub = `sub-${randomUUID()}`;
  idp.setAccount(sub, claims);
  return sub;
}

/** begin -> the provider's login and consent -> the callback URL the browser would land on. */
async function callbackFor(node: TestNode, sub: string) {
  const { beginOidcLogin } = await node.anonymous().BeginOidcLogin();
  const callbackUrl = await idp.signIn(beginOidcLogin.authorizationUrl, sub);
  return { ...beginOidcLogin, callbackUrl };
}

async function signIn(node: TestNode, sub: string) {
  const { callbackUrl, state } = await callbackFor(node, sub);
  const { completeOidcLogin } = await node.anonymous().CompleteOidcLogin({ callbackUrl, state });
  return { ...completeOidcLogin, callbackUrl, client: withToken(node, completeOidcLogin.accessToken) };
}

const rowsOf = async (node: TestNode, query: string, ...params: string[]) =>
  node.database.sql.unsafe(query, params) as Promise<Array<Record<string, unknown>>>;

const identitiesOf = (node: TestNode, userId: string) =>
  rowsOf(node, 'select issuer, subject, email from user_identities where user_id = $1', userId);

const sessionCount = async (node: TestNode, userId: string) =>
  Number((await rowsOf(node, 'select count(*)::int as n from sessions where user_id = $1', userId))[0]!.n);

const usersWithEmail = async (node: TestNode, email: string) =>
  Number((await rowsOf(node, 'select count(*)::int as n from users where lower(email) = lower($1)', email))[0]!.n);

async function failedReasons(subjectOrUser?: string) {
  const rows = await auditRows(ctx.owner, 'auth.oidc_login_failed');
  return rows.filter((r) => !subjectOrUser || r.targetId === subjectOrUser).map((r) => (r.metadata as { reason: string }).reason);
}

describe('beginOidcLogin', () => {
  it('returns an authorization URL with PKCE (S256), state and nonce, and keeps the verifier server-side', async () => {
    const { beginOidcLogin } = await ctx.node.anonymous().BeginOidcLogin();
    const url = new URL(beginOidcLogin.authorizationUrl);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('client_id')).toBe(idp.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(idp.redirectUri);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(beginOidcLogin.state);
    expect(url.searchParams.get('nonce')).toBeTruthy();

    const [row] = await rowsOf(ctx.node, 'select nonce, code_verifier, expires_at from oidc_login_states where state = $1', beginOidcLogin.state);
    expect(row).toBeDefined();
    expect(row!.nonce).toBe(url.searchParams.get('nonce'));
    // Only the challenge travels; the verifier never leaves the server.
    expect(beginOidcLogin.authorizationUrl).not.toContain(String(row!.code_verifier));
    const ttl = new Date(row!.expires_at as string).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
  });
});

describe('completeOidcLogin: who signs in', () => {
  it('creates the user on first sign-in when sign-up is allowed, with a usable session', async () => {
    const email = uniqueEmail('oidc-new');
    const sub = account({ email, email_verified: true, name: 'Ada Lovelace' });
    const payload = await signIn(ctx.node, sub);

    expect(payload.user).toMatchObject({ email, name: 'Ada Lovelace' });
    const { me } = await payload.client.Me();
    expect(me.id).toBe(payload.user.id);
    expect(me.lastLoginAt).not.toBeNull();
    expect(await identitiesOf(ctx.node, me.id)).toEqual([{ issuer: idp.issuer, subject: sub, email }]);
    // The refresh token works like a password login's.
    const { refreshSession } = await ctx.node.anonymous().RefreshSession({ refreshToken: payload.refreshToken });
    expect(refreshSession.user.id).toBe(me.id);
    // The stored hash is a real argon2 hash of a password nobody knows.
    const [cred] = await rowsOf(ctx.node, 'select password_hash from users where id = $1', me.id);
    expect(String(cred!.password_hash)).toMatch(/^\$argon2id\$/);

    const created = (await auditRows(ctx.owner, 'user.created')).find((r) => r.targetId === me.id);
    expect(created).toMatchObject({ actorType: 'SYSTEM', metadata: { source: 'oidc', issuer: idp.issuer } });
    const succeeded = (await auditRows(ctx.owner, 'auth.oidc_login_succeeded')).filter((r) => r.actorId === me.id);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.metadata).toMatchObject({ issuer: idp.issuer, subject: sub, matchedBy: 'signup' });
  });

  it('links the second sign-in to the same user by the stored identity, even after the email changed', async () => {
    const sub = account({ email: uniqueEmail('oidc-twice'), email_verified: true });
    const first = await signIn(ctx.node, sub);
    // The identity link decides, not the email: a changed (even unverified) email still finds the user.
    idp.setAccount(sub, { email: uniqueEmail('oidc-renamed'), email_verified: false });
    const second = await signIn(ctx.node, sub);

    expect(second.user.id).toBe(first.user.id);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(await identitiesOf(ctx.node, first.user.id)).toHaveLength(1);
    expect(await sessionCount(ctx.node, first.user.id)).toBe(2);
    const matched = (await auditRows(ctx.owner, 'auth.oidc_login_succeeded'))
      .filter((r) => r.actorId === first.user.id)
      .map((r) => (r.metadata as { matchedBy: string }).matchedBy);
    expect(matched).toEqual(['identity', 'signup']);
  });

  it('creates one user and one link when the first two sign-ins of an identity complete at once', async () => {
    const email = uniqueEmail('oidc-race');
    const sub = account({ email, email_verified: true });
    const [a, b] = await Promise.all([callbackFor(ctx.node, sub), callbackFor(ctx.node, sub)]);
    const results = await Promise.all(
      [a, b].map(({ callbackUrl, state }) => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl, state })),
    );
    expect(results[0]!.completeOidcLogin.user.id).toBe(results[1]!.completeOidcLogin.user.id);
    expect(await usersWithEmail(ctx.node, email)).toBe(1);
    const userId = results[0]!.completeOidcLogin.user.id;
    expect(await identitiesOf(ctx.node, userId)).toHaveLength(1);
    expect(await sessionCount(ctx.node, userId)).toBe(2);
  });

  it('matches an existing user by verified email and links it; the password still works', async () => {
    const existing = await createUserWithSets(ctx.owner, ['Viewer']);
    const sub = account({ email: existing.email.toUpperCase(), email_verified: true });
    const payload = await signIn(ctx.node, sub);

    expect(payload.user.id).toBe(existing.user.id);
    expect(await usersWithEmail(ctx.node, existing.email)).toBe(1);
    expect(await identitiesOf(ctx.node, existing.user.id)).toEqual([{ issuer: idp.issuer, subject: sub, email: existing.email.toUpperCase() }]);
    expect((await login(ctx.node, existing.email, existing.password)).user.id).toBe(existing.user.id);
    const row = (await auditRows(ctx.owner, 'auth.oidc_login_succeeded')).find((r) => r.actorId === existing.user.id);
    expect(row!.metadata).toMatchObject({ matchedBy: 'email' });
  });

  it('refuses an unverified email: it neither links an existing user nor creates one', async () => {
    const existing = await createUserWithSets(ctx.owner, ['Viewer']);
    const linkAttempt = await callbackFor(ctx.node, account({ email: existing.email, email_verified: false }));
    const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: linkAttempt.callbackUrl }));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/not verified this email/);

    const fresh = uniqueEmail('oidc-unverified');
    const createAttempt = await callbackFor(ctx.node, account({ email: fresh, email_verified: false }));
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: createAttempt.callbackUrl }))).code).toBe(
      'UNAUTHENTICATED',
    );

    expect(await identitiesOf(ctx.node, existing.user.id)).toEqual([]);
    expect(await sessionCount(ctx.node, existing.user.id)).toBe(0);
    expect(await usersWithEmail(ctx.node, fresh)).toBe(0);
    const reasons = await failedReasons();
    expect(reasons.filter((r) => r === 'email_not_verified').length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a suspended user, whether found by identity link or by email, and issues no session', async () => {
    const linked = await createUserWithSets(ctx.owner, ['Viewer']);
    const linkedSub = account({ email: linked.email, email_verified: true });
    await signIn(ctx.node, linkedSub);
    const unlinked = await createUserWithSets(ctx.owner, ['Viewer']);
    const unlinkedSub = account({ email: unlinked.email, email_verified: true });
    await ctx.owner.SuspendUser({ id: linked.user.id });
    await ctx.owner.SuspendUser({ id: unlinked.user.id });
    const sessionsBefore = await sessionCount(ctx.node, linked.user.id);

    for (const sub of [linkedSub, unlinkedSub]) {
      const { callbackUrl } = await callbackFor(ctx.node, sub);
      const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl }));
      expect(err.code).toBe('UNAUTHENTICATED');
      expect(err.message).toMatch(/suspended or deleted/);
    }
    expect(await sessionCount(ctx.node, linked.user.id)).toBe(sessionsBefore);
    expect(await sessionCount(ctx.node, unlinked.user.id)).toBe(0);
    // Refused before linking: the suspended account did not gain an identity.
    expect(await identitiesOf(ctx.node, unlinked.user.id)).toEqual([]);
    expect(await failedReasons(linked.user.id)).toEqual(['inactive_user']);
    expect(await failedReasons(unlinked.user.id)).toEqual(['inactive_user']);
  });

  it('refuses a deleted user', async () => {
    const gone = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.DeleteUser({ id: gone.user.id });
    const { callbackUrl } = await callbackFor(ctx.node, account({ email: gone.email, email_verified: true }));
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl }))).code).toBe('UNAUTHENTICATED');
    expect(await sessionCount(ctx.node, gone.user.id)).toBe(0);
  });
});

describe('completeOidcLogin: state, nonce and PKCE', () => {
  it('refuses an ID token whose nonce does not match the stored one', async () => {
    const email = uniqueEmail('oidc-nonce');
    const { callbackUrl, state } = await callbackFor(ctx.node, account({ email, email_verified: true }));
    await rowsOf(ctx.node, "update oidc_login_states set nonce = 'tampered-nonce' where state = $1", state);

    const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl, state }));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(await usersWithEmail(ctx.node, email)).toBe(0);
    const rows = await auditRows(ctx.owner, 'auth.oidc_login_failed');
    const row = rows.find((r) => String((r.metadata as { detail?: string }).detail).includes('claim:nonce'));
    expect(row?.metadata).toMatchObject({ reason: 'code_exchange_failed' });
    // The stored (expected) and presented nonces are not copied into the trail.
    expect(JSON.stringify(row)).not.toContain('tampered-nonce');
  });

  it("refuses a callback replayed against another sign-in's state (its verifier and nonce do not fit the code)", async () => {
    const email = uniqueEmail('oidc-swap');
    const victim = await callbackFor(ctx.node, account({ email, email_verified: true }));
    const { beginOidcLogin: other } = await ctx.node.anonymous().BeginOidcLogin();
    const swapped = new URL(victim.callbackUrl);
    swapped.searchParams.set('state', other.state);

    const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: swapped.href }));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(await usersWithEmail(ctx.node, email)).toBe(0);
    // The other sign-in's state was spent by the attempt.
    expect(await rowsOf(ctx.node, 'select 1 from oidc_login_states where state = $1', other.state)).toHaveLength(0);
  });

  it('refuses a reused state: a callback works once', async () => {
    const payload = await signIn(ctx.node, account({ email: uniqueEmail('oidc-reuse'), email_verified: true }));
    const sessions = await sessionCount(ctx.node, payload.user.id);
    const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: payload.callbackUrl }));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/expired or already used/);
    expect(await sessionCount(ctx.node, payload.user.id)).toBe(sessions);
  });

  it('refuses an unknown state, an expired state, and a state other than the one the client kept', async () => {
    const unknown = new URL(idp.redirectUri);
    unknown.searchParams.set('code', 'made-up-code');
    unknown.searchParams.set('state', 'never-issued-state');
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: unknown.href }))).code).toBe('UNAUTHENTICATED');

    const expiredEmail = uniqueEmail('oidc-expired');
    const expired = await callbackFor(ctx.node, account({ email: expiredEmail, email_verified: true }));
    await rowsOf(ctx.node, "update oidc_login_states set expires_at = now() - interval '1 second' where state = $1", expired.state);
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: expired.callbackUrl }))).code).toBe('UNAUTHENTICATED');
    expect(await usersWithEmail(ctx.node, expiredEmail)).toBe(0);

    const keptEmail = uniqueEmail('oidc-csrf');
    const foreign = await callbackFor(ctx.node, account({ email: keptEmail, email_verified: true }));
    const { beginOidcLogin: mine } = await ctx.node.anonymous().BeginOidcLogin();
    const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: foreign.callbackUrl, state: mine.state }));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(await usersWithEmail(ctx.node, keptEmail)).toBe(0);
    // Refused before it was looked up: the foreign state is still unspent.
    expect(await rowsOf(ctx.node, 'select 1 from oidc_login_states where state = $1', foreign.state)).toHaveLength(1);

    const odd = new URL(idp.redirectUri);
    odd.search = '?code=c&state=%00abc';
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: odd.href }))).code).toBe('UNAUTHENTICATED');
    const missing = `${idp.redirectUri}?code=c`;
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: missing }))).code).toBe('UNAUTHENTICATED');

    const reasons = await failedReasons();
    for (const reason of ['unknown_state', 'expired_state', 'state_mismatch', 'missing_state']) expect(reasons).toContain(reason);
  });

  it('refuses a callback URL that is not the configured redirect URI', async () => {
    const { callbackUrl } = await callbackFor(ctx.node, account({ email: uniqueEmail('oidc-redirect'), email_verified: true }));
    const elsewhere = callbackUrl.replace('app.example.test', 'evil.example.test');
    const err = await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: elsewhere }));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect((await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl: 'not a url' }))).code).toBe('BAD_USER_INPUT');
  });
});

describe('groups and audit', () => {
  it('adds the permission sets mapped from groups, once, and keeps them', async () => {
    const sub = account({ email: uniqueEmail('oidc-groups'), email_verified: true, groups: ['platform-devs', 'unmapped', 'ghosts'] });
    const first = await signIn(ctx.node, sub);
    const { user } = await ctx.owner.User({ id: first.user.id });
    expect(user!.permissionSets.map((s) => s.name)).toEqual(['Developer']);

    await signIn(ctx.node, sub);
    const assigned = (await auditRows(ctx.owner, 'permission_set.assigned')).filter((r) => r.targetId === first.user.id);
    expect(assigned).toHaveLength(1);
    expect(assigned[0]).toMatchObject({ actorType: 'SYSTEM', metadata: { source: 'oidc_groups', group: 'platform-devs' } });
    const succeeded = (await auditRows(ctx.owner, 'auth.oidc_login_succeeded')).filter((r) => r.actorId === first.user.id);
    expect(succeeded.map((r) => (r.metadata as { permissionSetsAdded?: string[] }).permissionSetsAdded)).toEqual([undefined, ['Developer']]);
    // The new set is in force on the very next request.
    const { permissionSets } = await first.client.PermissionSets({ first: 10 });
    expect(permissionSets.edges.length).toBeGreaterThan(0);
  });

  it('keeps tokens, codes, verifiers and the client secret out of the audit trail', async () => {
    const payload = await signIn(ctx.node, account({ email: uniqueEmail('oidc-audit'), email_verified: true }));
    const { callbackUrl, state } = await callbackFor(ctx.node, account({ email: uniqueEmail('oidc-audit'), email_verified: false }));
    await failure(() => ctx.node.anonymous().CompleteOidcLogin({ callbackUrl, state }));

    const rows = [
      ...(await auditRows(ctx.owner, 'auth.oidc_login_succeeded')),
      ...(await auditRows(ctx.owner, 'auth.oidc_login_failed')),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify(rows);
    const secrets = [
      payload.accessToken,
      payload.refreshToken,
      new URL(payload.callbackUrl).searchParams.get('code')!,
      new URL(callbackUrl).searchParams.get('code')!,
      idp.clientSecret,
    ];
    for (const secret of secrets) expect(everything).not.toContain(secret);
    const verifiers = await rowsOf(ctx.node, 'select code_verifier from oidc_login_states');
    for (const v of verifiers) expect(everything).not.toContain(String(v.code_verifier));
  });
});
