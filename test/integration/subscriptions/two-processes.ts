import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, builtinSetIds, createUserWithSets, uniqueEmail, type BuiltinSetName } from '../../fixtures/seed';
import { Closer, filledIn, sdk, type Closable } from '../../fixtures/test-node';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';

const OWNER_EMAIL = 'owner@subscriptions.test';
const OWNER_PASSWORD = 'owner-password-subscriptions';
const AUTH_SECRET = `sub-secret-${randomBytes(16).toString('hex')}`;

export interface Member {
  id: string;
  email: string;
  accessToken: string;
  /** Authenticated with this member's session, talking to the process it logged in on. */
  client: ControlPlaneClient;
}

/**
 * Two API server processes (A and B) sharing one fresh PostgreSQL database and one Redis (under a
 * prefix of their own), as two deployments behind a load balancer would.
 */
export interface TwoProcesses {
  a: SpawnedServer;
  b: SpawnedServer;
  setIds: Record<BuiltinSetName, string>;
  /** Both processes' REDIS_PREFIX: their pub/sub channels are `<prefix><topic>`. */
  redisPrefix: string;
  /** The owner, logged in on each process. */
  ownerOn(server: SpawnedServer): Promise<ControlPlaneClient>;
  /** A client for `server` carrying `token` (or none). Closed by stop(). */
  clientOn(server: SpawnedServer, token?: string): ControlPlaneClient;
  /** Creates a user holding `sets` (through B) and logs them in on `server`. */
  member(sets: BuiltinSetName[], server: SpawnedServer): Promise<Member>;
  /** A user that exists only to be renamed, so that a fresh subscription can be proven live. */
  pokeUser(): Promise<{ id: string; poke: () => Promise<unknown> }>;
  stop(): Promise<void>;
}

export async function startTwoProcesses(): Promise<TwoProcesses> {
  const database: IsolatedDatabase = await createIsolatedDatabase(inject('databaseUrl'));
  const redisPrefix = `sub-${randomBytes(6).toString('hex')}:`;
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: redisPrefix,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER_EMAIL,
    ADMIN_PASSWORD: OWNER_PASSWORD,
  };
  const started = await Promise.allSettled([spawnServer(env), spawnServer(env)]);
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (servers.length < 2) {
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
    throw started.find((s) => s.status === 'rejected')!.reason;
  }
  const [a, b] = servers as [SpawnedServer, SpawnedServer];

  const clients = new Closer();
  const clientOn = (server: SpawnedServer, token?: string) =>
    clients.track(sdk.createClient({ url: server.url, wsUrl: server.wsUrl, token: token ?? null }));
  const logIn = async (server: SpawnedServer, email: string, password: string) => {
    const { login } = await clientOn(server).Login({ email, password });
    return { id: login.user.id, accessToken: login.accessToken, client: clientOn(server, login.accessToken) };
  };
  const ownerOn = async (server: SpawnedServer) => (await logIn(server, OWNER_EMAIL, OWNER_PASSWORD)).client;

  const ownerB = await ownerOn(b);
  const setIds = await builtinSetIds(ownerB);

  return {
    a,
    b,
    setIds,
    redisPrefix,
    ownerOn,
    clientOn,
    async member(sets, server) {
      const { email, password } = await createUserWithSets(ownerB, sets, { prefix: sets.join('-').toLowerCase() || 'nobody' });
      return { email, ...(await logIn(server, email, password)) };
    },
    async pokeUser() {
      const { createUser } = await ownerB.CreateUser({ input: { email: uniqueEmail('poke'), name: 'poke 0', password: DEFAULT_PASSWORD } });
      let count = 0;
      return { id: createUser.id, poke: () => ownerB.UpdateUser({ id: createUser.id, input: { name: `poke ${(count += 1)}` } }) };
    },
    async stop() {
      await clients.closeAll();
      await Promise.allSettled([a.stop(), b.stop()]);
      await database.drop();
    },
  };
}

/**
 * The two processes for the whole test file, with the owner logged in on each: registers
 * `beforeAll` (start them) and `afterAll` (close whatever was tracked, then stop them). Like
 * useCluster(), read the properties only inside tests and hooks.
 */
export function useTwoProcesses() {
  const resources = new Closer();
  let processes: TwoProcesses | undefined;
  let owners: [ControlPlaneClient, ControlPlaneClient] | undefined;
  beforeAll(async () => {
    processes = await startTwoProcesses();
    owners = await Promise.all([processes.ownerOn(processes.a), processes.ownerOn(processes.b)]);
  });
  afterAll(async () => {
    await resources.closeAll();
    await processes?.stop();
  });
  return {
    get processes(): TwoProcesses {
      return filledIn(processes, 'useTwoProcesses(): processes');
    },
    /** The owner, logged in on A. */
    get ownerA(): ControlPlaneClient {
      return filledIn(owners, 'useTwoProcesses(): ownerA')[0];
    },
    /** The owner, logged in on B. */
    get ownerB(): ControlPlaneClient {
      return filledIn(owners, 'useTwoProcesses(): ownerB')[1];
    },
    /** Closes `resource` after the file's tests, before the processes stop. Returns it. */
    track<T extends Closable>(resource: T): T {
      return resources.track(resource);
    },
  };
}
