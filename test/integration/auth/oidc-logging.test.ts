import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import type * as LoggerModule from '../../../src/logger';
import type * as NodeModule from '../../../src/server/node';
import type { RunningNode } from '../../../src/server/node';
import { loadServerModule } from '../../fixtures/load';
import { startOidcProvider, type OidcTestProvider } from '../../fixtures/oidc-provider';
import { uniqueEmail } from '../../fixtures/seed';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk } from '../../fixtures/test-node';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { failure } from './helpers';

const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { startNode } = loadServerModule<typeof NodeModule>('../../src/server/node.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');

/**
 * A node whose log (at trace level, through the server's own redaction and serializers) is kept
 * in memory, so the test can prove that no secret of the OIDC flow reaches it.
 */
let idp: OidcTestProvider;
let db: IsolatedDatabase;
let node: RunningNode;
const lines: string[] = [];

beforeAll(async () => {
  idp = await startOidcProvider();
  db = await createIsolatedDatabase(inject('databaseUrl'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER_EMAIL,
    ADMIN_PASSWORD: OWNER_PASSWORD,
    LOG_LEVEL: 'trace',
    ...idp.env({ OIDC_ALLOW_SIGNUP: 'true', OIDC_GROUP_SETS: '{"devs":"Developer","x":"Missing Set"}' }),
  });
  // The server's own logger (same redaction, same serializers), writing into memory.
  node = await startNode(config, createLogger('trace', { write: (l: string) => void lines.push(l) }));
});
afterAll(async () => {
  await node?.close();
  await db?.drop();
  await idp?.close();
});

describe('OIDC and the log', () => {
  it('warns once at start about a mapped set that does not exist', () => {
    const warnings = lines.filter((l) => l.includes('OIDC_GROUP_SETS names a permission set that does not exist'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Missing Set');
  });

  it('never logs the client secret, tokens, codes, nonces or verifiers', async () => {
    const client = sdk.createClient({ url: node.url });
    const sub = `sub-${randomUUID()}`;
    idp.setAccount(sub, { email: uniqueEmail('oidc-log'), email_verified: true, groups: ['devs'] });
    const { beginOidcLogin } = await client.BeginOidcLogin();
    const callbackUrl = await idp.signIn(beginOidcLogin.authorizationUrl, sub);
    const { completeOidcLogin } = await client.CompleteOidcLogin({ callbackUrl, state: beginOidcLogin.state });
    // And a failure, which goes through error handling.
    await failure(() => client.CompleteOidcLogin({ callbackUrl }));
    const nonce = new URL(beginOidcLogin.authorizationUrl).searchParams.get('nonce')!;

    const output = lines.join('');
    expect(output.length).toBeGreaterThan(0);
    for (const secret of [
      idp.clientSecret,
      completeOidcLogin.accessToken,
      completeOidcLogin.refreshToken,
      new URL(callbackUrl).searchParams.get('code')!,
      nonce,
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
