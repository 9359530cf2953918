import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ROOT,
  configKeys,
  emittedPath,
  interpolate,
  interpolatedNames,
  loadConfig,
  readRepoFile,
  runHealthcheck,
} from './deploy-fixtures';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; disable?: boolean };
}

const composeText = readRepoFile('compose.yaml');
const envExample = readRepoFile('deploy/compose/env.example');
/** The .env a user writes from env.example: its defaults, and fresh values where it asks for one. */
const dotEnv: Record<string, string> = Object.fromEntries(
  [...envExample.matchAll(/^([A-Z_][A-Z0-9_]*)=(.*)$/gm)].map(([, k, v]) => [k!, v!]),
);
const filled: Record<string, string> = {
  ...dotEnv,
  POSTGRES_PASSWORD: randomBytes(12).toString('hex'),
  AUTH_SECRET: randomBytes(48).toString('base64'),
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  ADMIN_EMAIL: 'owner@example.com',
  ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
};
const compose = parse(interpolate(composeText, filled), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const api = ['api-1', 'api-2'].map((name) => services[name]!);
const apiEnv = api[0]!.environment!;
const imageEnvPort = /ENV[\s\S]*?PORT=(\d+)/.exec(readRepoFile('Dockerfile'))![1]!;
const nginx = readRepoFile('deploy/compose/nginx.conf');

describe('config keys read from src/config.ts', () => {
  it('include every setting the running config module returns', () => {
    const keys = configKeys();
    const loaded = Object.keys(loadConfig({})).filter((k) => /^[A-Z][A-Z0-9_]*$/.test(k));
    expect(loaded.length).toBeGreaterThan(30);
    for (const k of loaded) expect(keys.has(k), k).toBe(true);
    for (const k of ['DATABASE_URL', 'REDIS_URL', 'AUTH_SECRET', 'ENCRYPTION_KEY', 'TRUST_PROXY']) expect(keys.has(k)).toBe(true);
  });
});

describe('compose.yaml', () => {
  it('has PostgreSQL 17, Redis 7, a migration job, two API nodes and a proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'migrate', 'postgres', 'proxy', 'redis']);
    expect(services.postgres!.image).toMatch(/^postgres:17(\b|$)/);
    expect(services.redis!.image).toMatch(/^redis:7(\b|$)/);
    // One image, built from this repository, for the nodes and the migration.
    for (const s of [...api, services.migrate!]) {
      expect(s.build).toBe('.');
      expect(s.image).toBe(api[0]!.image);
    }
  });

  it('refuses to start until the secrets are set, and names them in env.example', () => {
    expect(() => interpolate(composeText, dotEnv)).toThrow(/required variable (POSTGRES_PASSWORD|AUTH_SECRET|ENCRYPTION_KEY|ADMIN_EMAIL|ADMIN_PASSWORD)/);
    for (const required of ['POSTGRES_PASSWORD', 'AUTH_SECRET', 'ENCRYPTION_KEY', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) {
      expect(composeText).toMatch(new RegExp(`\\$\\{${required}:\\?`));
      expect(dotEnv[required], `${required} is left empty for the user to fill`).toBe('');
    }
    for (const name of interpolatedNames(composeText)) expect(envExample, `${name} in env.example`).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });

  it('runs the migration CLI as built into dist/, once, before the nodes', () => {
    const migrate = services.migrate!;
    expect(migrate.command).toEqual(['node', emittedPath('src/db/migrate.cli.ts')]);
    expect(migrate.command![1]).toBe('dist/db/migrate.cli.js');
    expect(readRepoFile('package.json')).toContain('"db:migrate": "tsx src/db/migrate.cli.ts"');
    expect(migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(migrate.environment!.DATABASE_URL).toBe(apiEnv.DATABASE_URL);
    expect(migrate.healthcheck).toEqual({ disable: true });
  });

  it('starts each API node after healthy PostgreSQL and Redis and a successful migration', () => {
    for (const node of api) {
      expect(node.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    expect(services.proxy!.depends_on).toEqual({
      'api-1': { condition: 'service_healthy' },
      'api-2': { condition: 'service_healthy' },
    });
  });

  it('gives both nodes the same settings, all of them known to the config schema and valid', () => {
    expect(api[1]!.environment).toEqual(apiEnv);
    const keys = configKeys();
    const everyEnv = Object.entries(services)
      .filter(([name]) => !['postgres', 'redis', 'proxy'].includes(name))
      .flatMap(([, s]) => Object.keys(s.environment ?? {}));
    for (const k of everyEnv) expect(keys.has(k), `${k} is not a setting in src/config.ts`).toBe(true);

    expect(apiEnv.AUTH_SECRET).toBe(filled.AUTH_SECRET);
    expect(apiEnv.ENCRYPTION_KEY).toBe(filled.ENCRYPTION_KEY);
    const config = loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: imageEnvPort, ...apiEnv });
    expect(config.TRUST_PROXY).toBe(1);
    const db = new URL(config.DATABASE_URL!);
    expect(db.hostname).toBe('postgres');
    expect(db.username).toBe(services.postgres!.environment!.POSTGRES_USER);
    expect(decodeURIComponent(db.password)).toBe(services.postgres!.environment!.POSTGRES_PASSWORD);
    expect(db.pathname).toBe(`/${services.postgres!.environment!.POSTGRES_DB}`);
    expect(new URL(config.REDIS_URL!).hostname).toBe('redis');
    expect(loadConfig({ ...services.migrate!.environment }).DATABASE_URL).toBe(config.DATABASE_URL);
  });

  it('has a health check on every long-running service; the nodes report ready through /readyz', async () => {
    for (const name of ['postgres', 'redis', 'api-1', 'api-2', 'proxy']) {
      expect(services[name]!.healthcheck?.test[0], name).toBe('CMD');
    }
    expect(services.postgres!.healthcheck!.test).toContain('pg_isready');
    expect(services.redis!.healthcheck!.test).toEqual(['CMD', 'redis-cli', 'ping']);
    const argv = api[0]!.healthcheck!.test.slice(1);
    expect(await runHealthcheck(argv, '/readyz', 200)).toEqual({ code: 0, hits: ['/readyz'] });
    expect((await runHealthcheck(argv, '/readyz', 503)).code).toBe(1);
  });

  it('publishes only the proxy, whose nginx balances /graphql over both nodes with WebSocket upgrade', () => {
    for (const name of ['api-1', 'api-2', 'migrate', 'postgres', 'redis']) expect(services[name]!.ports, name).toBeUndefined();
    expect(services.proxy!.ports).toEqual(['4000:8080']);
    const listen = /^\s*listen\s+(\d+);/m.exec(nginx)![1];
    expect(listen).toBe('8080');

    const [source, target] = services.proxy!.volumes![0]!.split(':');
    expect(existsSync(path.join(ROOT, source!))).toBe(true);
    expect(target).toBe('/etc/nginx/nginx.conf');

    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginx)!;
    const servers = [...upstream[2]!.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers).toEqual([`api-1:${imageEnvPort}`, `api-2:${imageEnvPort}`]);
    for (const node of api) expect(node.expose).toEqual([imageEnvPort]);

    const graphql = /location \/graphql \{([^}]*)\}/.exec(nginx)![1]!;
    expect(graphql).toContain(`proxy_pass http://${upstream[1]};`);
    expect(nginx).toMatch(/proxy_http_version 1\.1;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginx).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(nginx).toMatch(/map \$http_upgrade \$connection_upgrade \{\s*default upgrade;/);
    // TRUST_PROXY=1 believes exactly the entry this proxy appends.
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
  });
});
