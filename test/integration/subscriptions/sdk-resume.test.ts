import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ControlPlaneClient, UserChangedSubscription } from '../../../sdk';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk } from '../../fixtures/test-node';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';
import { EventStream, untilLive } from './stream';

/**
 * The SDK's own reconnect: a server process stops (its sockets close with 1001) and comes back on
 * the same address; a subscription resumes after the last cursor it saw, so the events committed
 * on the other node meanwhile arrive once, in order.
 */
describe('the SDK resumes subscriptions by itself', () => {
  let database: IsolatedDatabase;
  let env: Record<string, string>;
  let a: SpawnedServer;
  let b: SpawnedServer;
  const clients: ControlPlaneClient[] = [];

  beforeAll(async () => {
    database = await createIsolatedDatabase(inject('databaseUrl'));
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: `resume-${randomBytes(4).toString('hex')}:`,
      AUTH_SECRET,
      ADMIN_EMAIL: OWNER_EMAIL,
      ADMIN_PASSWORD: OWNER_PASSWORD,
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  const ownerOn = async (server: SpawnedServer) => {
    const { login } = await sdk.createClient({ url: server.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const client = sdk.createClient({ url: server.url, wsUrl: server.wsUrl, token: login.accessToken });
    clients.push(client);
    return client;
  };

  it('after the server restarts, the events committed elsewhere meanwhile arrive once and in order, then live ones', async () => {
    const onA = await ownerOn(a);
    const onB = await ownerOn(b);
    const subject = (await onA.CreateUser({ input: { email: uniqueEmail('resume'), name: 'resume 0', password: DEFAULT_PASSWORD } })).createUser;
    const about = (e: UserChangedSubscription) => e.userChanged.user.id === subject.id;
    const stream = new EventStream(onB.UserChanged({}), 'UserChanged on B');
    let n = 0;
    await untilLive(stream, () => onA.UpdateUser({ id: subject.id, input: { name: `warm ${(n += 1)}` } }), about);

    const port = b.port;
    await b.stop();
    for (let i = 1; i <= 3; i += 1) await onA.UpdateUser({ id: subject.id, input: { name: `while B was down ${i}` } });
    b = await spawnServer(env, { port });
    await onA.UpdateUser({ id: subject.id, input: { name: 'once B is back' } });

    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      names.push((await stream.next(`event ${i + 1} after the restart`, 40_000, (e) => about(e) && !e.userChanged.user.name.startsWith('warm'))).userChanged.user.name);
    }
    expect(names).toEqual(['while B was down 1', 'while B was down 2', 'while B was down 3', 'once B is back']);
    await stream.close();
  }, 90_000);
});
