import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startNode, type RunningNode } from '../src/server/node';
import { createClient } from '../sdk';
import { databaseUrl, startPostgresServer } from '../test/setup/pg-server';
import { ensureRedisServer, startRedisServer } from '../test/setup/redis-server';
import postgres from 'postgres';

export const OWNER = { email: 'bench-owner@example.test', password: 'bench-owner-password' };

/**
 * Real parts for benchmarks: PostgreSQL (DATABASE_URL, or a throw-away embedded one) and Redis
 * (REDIS_URL, or a redis-server on a free port), with `nodes` API servers in this process.
 */
export async function startBenchCluster(nodes: number) {
  const pg = process.env.DATABASE_URL ? null : await startPostgresServer();
  const redis = process.env.REDIS_URL ? null : await startRedisServer(await ensureRedisServer());
  let dbUrl = process.env.DATABASE_URL!;
  if (pg) {
    const admin = postgres(pg.serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe('create database bench');
    await admin.end();
    dbUrl = databaseUrl(pg.serverUrl, 'bench');
  }
  const running: RunningNode[] = [];
  const redisPrefix = `bench${Date.now()}:`;
  for (let i = 0; i < nodes; i += 1) {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      REDIS_URL: process.env.REDIS_URL ?? redis!.url,
      REDIS_PREFIX: redisPrefix,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      ADMIN_EMAIL: OWNER.email,
      ADMIN_PASSWORD: OWNER.password,
      LOG_LEVEL: 'silent',
      LOGIN_MAX_FAILURES_PER_IP: '100000',
    });
    running.push(await startNode(config, createLogger(config.LOG_LEVEL)));
  }
  const login = async (node: RunningNode, email: string, password: string) => {
    const { login } = await createClient({ url: node.url }).Login({ email, password });
    return { token: login.accessToken, client: createClient({ url: node.url, wsUrl: node.wsUrl, token: login.accessToken }) };
  };
  return {
    nodes: running,
    login,
    async close() {
      for (const node of running) await node.close();
      await redis?.stop();
      await pg?.stop();
    },
  };
}
