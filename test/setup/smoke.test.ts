import { inject, expect, test } from 'vitest';
import postgres from 'postgres';
import Redis from 'ioredis';
import { createIsolatedDatabase } from './reset-db';

test('real postgres and redis', async () => {
  const dbUrl = inject('databaseUrl');
  const redisUrl = inject('redisUrl');
  console.log('urls', dbUrl.replace(/:[^:@]*@/, ':***@'), redisUrl, 'env', process.env.TEST_DATABASE_URL === dbUrl, process.env.TEST_REDIS_URL === redisUrl, 'NODE_OPTIONS', process.env.NODE_OPTIONS, Object.keys(process.env).filter(k=>k.startsWith('VITEST')));
  const iso = await createIsolatedDatabase(dbUrl);
  const sql = postgres(iso.url, { max: 2 });
  const [row] = await sql`select 1 as one, current_database() as db`;
  expect(row.one).toBe(1);
  expect(row.db).toMatch(/^cp_[0-9a-f]{16}$/);
  // keep a connection open: drop() must terminate it
  const dropStart = Date.now();
  await iso.drop();
  console.log('drop ms', Date.now() - dropStart);
  await sql.end({ timeout: 1 }).catch(() => undefined);
  const base = postgres(dbUrl, { max: 1 });
  const left = await base`select count(*)::int as n from pg_database where datname = ${row.db}`;
  expect(left[0].n).toBe(0);
  await base.end();
  const redis = new Redis(redisUrl);
  expect(await redis.ping()).toBe('PONG');
  await redis.set('k', 'v');
  expect(await redis.get('k')).toBe('v');
  redis.disconnect();
});

test('many isolated databases at once', async () => {
  const t = Date.now();
  const dbs = await Promise.all(Array.from({ length: 8 }, () => createIsolatedDatabase(inject('databaseUrl'))));
  console.log('8 dbs ms', Date.now() - t);
  await Promise.all(dbs.map((d) => d.drop()));
});
