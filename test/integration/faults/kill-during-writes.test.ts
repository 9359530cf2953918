import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_PASSWORD } from '../../fixtures/seed';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk } from '../../fixtures/test-node';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';

const WRITERS = 40;

/**
 * A node killed with SIGKILL in the middle of concurrent writes: whatever committed is whole (the
 * row, its audit event and its events in the log), whatever did not left nothing, and the audit
 * hash chain still verifies.
 */
describe('kill -9 during concurrent mutations', () => {
  let database: IsolatedDatabase;
  let env: Record<string, string>;
  const servers: SpawnedServer[] = [];

  beforeAll(async () => {
    database = await createIsolatedDatabase(inject('databaseUrl'));
    env = { DATABASE_URL: database.url, AUTH_SECRET, ADMIN_EMAIL: OWNER_EMAIL, ADMIN_PASSWORD: OWNER_PASSWORD };
  });
  afterAll(async () => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await database?.drop();
  });

  it(`${WRITERS} concurrent writers whose transactions also read outside them all answer (no pool deadlock)`, async () => {
    const server = await spawnServer(env);
    servers.push(server);
    const { login } = await sdk.createClient({ url: server.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const owner = sdk.createClient({ url: server.url, token: login.accessToken });
    const tag = randomBytes(4).toString('hex');
    // updateUser compiles the target's permissions (outrank check) while its transaction is open.
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, i) =>
        owner
          .CreateUser({ input: { email: `pool-${tag}-${i}@example.test`, name: `pool ${i}`, password: DEFAULT_PASSWORD } })
          .then(({ createUser }) => owner.UpdateUser({ id: createUser.id, input: { name: `pool ${i} renamed` } })),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBe(WRITERS);
    await server.stop();
  });

  it('leaves no partial change: every user has its audit event and its log events, and the chain verifies', async () => {
    const victim = await spawnServer(env);
    servers.push(victim);
    const { login } = await sdk.createClient({ url: victim.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const owner = sdk.createClient({ url: victim.url, token: login.accessToken });
    const tag = randomBytes(4).toString('hex');
    let answered = 0;
    const writes = Array.from({ length: WRITERS }, (_, i) =>
      owner
        .CreateUser({ input: { email: `kill-${tag}-${i}@example.test`, name: `kill ${i}`, password: DEFAULT_PASSWORD } })
        .then(({ createUser }) => owner.UpdateUser({ id: createUser.id, input: { name: `kill ${i} renamed` } }))
        .then(() => (answered += 1)),
    );
    const settled = Promise.allSettled(writes);
    while (answered < WRITERS / 4) await new Promise((resolve) => setTimeout(resolve, 5));
    await victim.kill();
    const outcomes = await settled;
    const failed = outcomes.filter((o) => o.status === 'rejected').length;
    console.info(`[kill -9] ${WRITERS - failed} of ${WRITERS} writers finished before the kill, ${failed} cut off`);
    expect(failed, 'the kill landed while writes were still running').toBeGreaterThan(0);

    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      const users = await sql`select id, name from users where email like ${`kill-${tag}-%`}`;
      expect(users.length, 'some users were committed').toBeGreaterThanOrEqual(WRITERS / 4);
      for (const user of users) {
        const audit = await sql`select action from audit_logs where target_id = ${user.id} order by id`;
        const events = await sql`select payload->>'kind' as kind from event_log where topic = 'user.changed' and payload->'user'->>'id' = ${user.id} order by position`;
        const renamed = user.name.endsWith('renamed');
        expect(audit.map((a) => a.action), `audit of ${user.name}`).toEqual(renamed ? ['user.created', 'user.updated'] : ['user.created']);
        expect(events.map((e) => e.kind), `log events of ${user.name}`).toEqual(renamed ? ['CREATED', 'UPDATED'] : ['CREATED']);
      }
      // Every audit event of a committed change is in the log, and positions have no gap.
      const [{ missing }] = await sql`
        select count(*)::int as missing from audit_logs a
        where a.action in ('user.created', 'user.updated')
          and not exists (select 1 from event_log e where e.topic = 'audit.logged' and (e.payload->>'id')::bigint = a.id)`;
      expect(missing).toBe(0);
      const [{ count, min, max }] = await sql`select count(*)::int as count, min(position)::int as min, max(position)::int as max from event_log`;
      expect(count).toBe(max - min + 1);
    } finally {
      await sql.end();
    }

    const after = await spawnServer(env);
    servers.push(after);
    const again = await sdk.createClient({ url: after.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const { auditIntegrity } = await sdk.createClient({ url: after.url, token: again.login.accessToken }).AuditIntegrity();
    expect(auditIntegrity.verified, 'the audit hash chain verifies after the crash').toBe(true);
  });
});
