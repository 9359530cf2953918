import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startNode, type RunningNode } from '../src/server/node';
import { createClient } from '../sdk/node';
import { databaseUrl, startPostgresServer } from '../test/setup/pg-server';
import { ensureRedisServer, startRedisServer } from '../test/setup/redis-server';
import postgres from 'postgres';

export const OWNER = { email: 'bench-owner@example.test', password: 'bench-owner-password' };

export const AUTH_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

export interface BenchInfra {
  databaseUrl: string;
  redisUrl: string;
  close(): Promise<void>;
}

/**
 * PostgreSQL (DATABASE_URL, or a throw-away embedded one with a `bench` database) and Redis
 * (REDIS_URL, or a redis-server on a free port), shared by every bench of one run.
 */
export async function startBenchInfra(): Promise<BenchInfra> {
  const pg = process.env.DATABASE_URL ? null : await startPostgresServer();
  const redis = process.env.REDIS_URL ? null : await startRedisServer(await ensureRedisServer());
  let dbUrl = process.env.DATABASE_URL!;
  if (pg) {
    const admin = postgres(pg.serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe('create database bench');
    await admin.end();
    dbUrl = databaseUrl(pg.serverUrl, 'bench');
  }
  return {
    databaseUrl: dbUrl,
    redisUrl: process.env.REDIS_URL ?? redis!.url,
    async close() {
      await redis?.stop();
      await pg?.stop();
    },
  };
}

/** `nodes` API servers in this process, on `infra` (started here, and stopped by close(), when not given). */
export async function startBenchCluster(nodes: number, shared?: BenchInfra) {
  const infra = shared ?? (await startBenchInfra());
  const dbUrl = infra.databaseUrl;
  const running: RunningNode[] = [];
  const redisPrefix = `bench${Date.now()}:`;
  for (let i = 0; i < nodes; i += 1) {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      REDIS_URL: infra.redisUrl,
      REDIS_PREFIX: redisPrefix,
      AUTH_SECRET,
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
      if (!shared) await infra.close();
    },
  };
}
