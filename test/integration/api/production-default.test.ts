import { afterAll, describe, expect, it, inject } from 'vitest';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD } from '../../fixtures/test-node';
import { rawPost } from './http.helpers';

// A real process started with NODE_ENV unset: our config defaults to production, and Express and
// Apollo (which read NODE_ENV themselves) must see production too.
let db: IsolatedDatabase | undefined;
let server: SpawnedServer | undefined;
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('NODE_ENV unset means production everywhere', () => {
  it('serves only the self-hosted explorer, leaks no field suggestions and no stack traces', async () => {
    db = await createIsolatedDatabase(inject('databaseUrl'));
    server = await spawnServer(
      { DATABASE_URL: db.url, AUTH_SECRET, ADMIN_EMAIL: OWNER_EMAIL, ADMIN_PASSWORD: OWNER_PASSWORD },
      { unset: ['NODE_ENV'] },
    );
    // A browser gets our own GraphiQL page (test/integration/api/explorer.test.ts), never Apollo's
    // CDN-loaded landing page: nothing in it names another host.
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/embeddable-sandbox|apollographql\.com|https?:\/\//i);

    const typo = await rawPost(server.url, { query: '{ mee { id } }' });
    expect(typo.body?.errors?.[0]?.message).toMatch(/Cannot query field "mee"/);
    expect(typo.text).not.toMatch(/Did you mean/);
    expect(typo.text).not.toMatch(/stacktrace/);

    const introspection = await rawPost(server.url, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.body?.data?.__schema ?? null).toBeNull();
    expect(introspection.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
