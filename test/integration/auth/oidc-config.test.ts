import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startOidcProvider, type OidcTestProvider } from '../../fixtures/oidc-provider';
import { uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useClusterPerTest } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { auditRows, failure } from './helpers';

const start = useClusterPerTest();
const providers: OidcTestProvider[] = [];
afterEach(async () => {
  await Promise.allSettled(providers.splice(0).map((p) => p.close()));
});

async function provider(opts: { port?: number } = {}) {
  const idp = await startOidcProvider(opts);
  providers.push(idp);
  return idp;
}

describe('OIDC configuration', () => {
  it('refuses an unknown identity when sign-up is off (the default), and creates nothing', async () => {
    const idp = await provider();
    const cluster = await start({ env: idp.env() });
    const node = cluster.nodes[0]!;
    const email = uniqueEmail('oidc-nosignup');
    const sub = `sub-${randomUUID()}`;
    idp.setAccount(sub, { email, email_verified: true });

    const { beginOidcLogin } = await node.anonymous().BeginOidcLogin();
    const callbackUrl = await idp.signIn(beginOidcLogin.authorizationUrl, sub);
    const err = await failure(() => node.anonymous().CompleteOidcLogin({ callbackUrl }));
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/sign-up through OIDC is disabled/);

    const [{ n }] = (await node.database.sql`select count(*)::int as n from users where lower(email) = ${email}`) as unknown as [{ n: number }];
    expect(n).toBe(0);
    const [{ links }] = (await node.database.sql`select count(*)::int as links from user_identities`) as unknown as [{ links: number }];
    expect(links).toBe(0);
    const owner = await node.owner();
    expect((await auditRows(owner, 'auth.oidc_login_failed')).map((r) => r.metadata)).toEqual([{ reason: 'signup_disabled' }]);
  });

  it('starts and serves without the provider, and discovers it on a later attempt once it is up', async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const cluster = await start({
      env: {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'control-plane-test',
        OIDC_CLIENT_SECRET: 'oidc-test-client-secret-0123456789abcdef',
        OIDC_REDIRECT_URI: 'http://app.example.test/auth/callback',
        OIDC_ALLOW_SIGNUP: 'true',
      },
    });
    const node = cluster.nodes[0]!;
    // Everything else works while the provider is down.
    const { login } = await node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    expect(login.user.email).toBe(OWNER_EMAIL);
    const down = await failure(() => node.anonymous().BeginOidcLogin());
    expect(down.code).toBe('INTERNAL');
    expect(down.message).toMatch(/identity provider is unavailable/);
    expect((await failure(() => node.anonymous().BeginOidcLogin())).code).toBe('INTERNAL');

    const idp = await provider({ port });
    expect(idp.issuer).toBe(issuer);
    const sub = `sub-${randomUUID()}`;
    const email = uniqueEmail('oidc-late');
    idp.setAccount(sub, { email, email_verified: true });
    const { beginOidcLogin } = await node.anonymous().BeginOidcLogin();
    const callbackUrl = await idp.signIn(beginOidcLogin.authorizationUrl, sub);
    const { completeOidcLogin } = await node.anonymous().CompleteOidcLogin({ callbackUrl, state: beginOidcLogin.state });
    expect(completeOidcLogin.user.email).toBe(email);
  });

  it('answers BAD_USER_INPUT when OIDC is not configured', async () => {
    const cluster = await start();
    const node = cluster.nodes[0]!;
    const begin = await failure(() => node.anonymous().BeginOidcLogin());
    expect(begin.code).toBe('BAD_USER_INPUT');
    expect(begin.message).toMatch(/not configured/);
    const complete = await failure(() => node.anonymous().CompleteOidcLogin({ callbackUrl: 'http://app.example.test/cb?code=x&state=y' }));
    expect(complete.code).toBe('BAD_USER_INPUT');
  });
});
