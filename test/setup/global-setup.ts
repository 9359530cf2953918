import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { checkPostgres, databaseUrl, startPostgresServer, type RunningPostgres } from './pg-server';
import { checkRedis, ensureRedisServer, startRedisServer, type RunningRedis } from './redis-server';

/** Shared database for tests that do not create an isolated one (see reset-db.ts). */
const TEST_DATABASE = 'control_plane_test';

/**
 * vitest globalSetup: one real PostgreSQL and one real redis-server for the whole run, handed to
 * test files as inject('databaseUrl') / inject('redisUrl') and process.env.TEST_DATABASE_URL /
 * TEST_REDIS_URL. DATABASE_URL / REDIS_URL, when set, are used instead of starting anything.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  let pg: RunningPostgres | undefined;
  let redis: RunningRedis | undefined;

  const teardown = async (): Promise<void> => {
    const stopping = Date.now();
    // Stop both even if one of them fails, then report every failure.
    const results = await Promise.allSettled([redis?.stop(), pg?.stop()]);
    if (process.env.TEST_SETUP_TIMING) {
      process.stderr.write(`[test setup] PostgreSQL + Redis stopped in ${Date.now() - stopping} ms\n`);
    }
    redis = undefined;
    pg = undefined;
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (errors.length > 0) throw new AggregateError(errors, 'test teardown: stopping PostgreSQL/Redis failed');
  };

  // Start both at once: initdb and the Redis binary lookup (or install) do not depend on each
  // other. allSettled, not all: a failure must not leave the other one starting unobserved.
  const [db, kv] = await Promise.allSettled([
    (async () => {
      if (process.env.DATABASE_URL) {
        await checkPostgres(process.env.DATABASE_URL);
        return process.env.DATABASE_URL;
      }
      pg = await startPostgresServer();
      await createDatabase(pg.serverUrl, TEST_DATABASE);
      return databaseUrl(pg.serverUrl, TEST_DATABASE);
    })(),
    (async () => {
      if (process.env.REDIS_URL) {
        await checkRedis(process.env.REDIS_URL);
        return process.env.REDIS_URL;
      }
      redis = await startRedisServer(await ensureRedisServer());
      return redis.url;
    })(),
  ]);
  if (db.status === 'rejected' || kv.status === 'rejected') {
    // vitest never calls a teardown that was not returned: stop whatever did start.
    await teardown().catch(() => undefined);
    const errors = [db, kv].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    throw errors.length === 1 ? errors[0] : new AggregateError(errors, 'test setup: PostgreSQL and Redis both failed');
  }

  process.env.TEST_DATABASE_URL = db.value;
  process.env.TEST_REDIS_URL = kv.value;
  project.provide('databaseUrl', db.value);
  project.provide('redisUrl', kv.value);
  if (process.env.TEST_SETUP_TIMING) {
    process.stderr.write(`[test setup] PostgreSQL + Redis ready in ${Date.now() - started} ms\n`);
  }
  return teardown;
}

async function createDatabase(serverUrl: string, name: string): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}
