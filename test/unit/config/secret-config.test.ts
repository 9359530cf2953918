import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import type * as SecretsModule from '../../../src/config-secrets';
import type * as LoggerModule from '../../../src/logger';
import { loadServerModule } from '../../fixtures/load';

const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { redactConfig, SECRET_CONFIG_KEYS } = loadServerModule<typeof SecretsModule>('../../src/config-secrets.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');

const SECRETS = {
  AUTH_SECRET: 'auth-secret-0123456789-0123456789-abcdef',
  ADMIN_PASSWORD: 'admin-password-long-enough',
  METRICS_TOKEN: 'metrics-token-0123456789',
  DATABASE_URL: 'postgres://app:db-password-xyz@db.internal:5432/app',
  REDIS_URL: 'redis://:redis-password-xyz@cache.internal:6379',
  PROMETHEUS_URL: 'https://ops:prom-password-xyz@mimir.internal/prometheus',
  PROMETHEUS_BEARER_TOKEN: undefined as string | undefined,
  OIDC_CLIENT_SECRET: 'oidc-client-secret-xyz',
};
const VALUES = ['auth-secret-0123456789', 'admin-password-long-enough', 'metrics-token-0123456789', 'db-password-xyz', 'redis-password-xyz', 'prom-password-xyz', 'oidc-client-secret-xyz'];

function memoryLog() {
  const out: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString('utf8'));
      done();
    },
  });
  return { log: createLogger('info', destination as never), text: () => out.join('') };
}

describe('secret configuration values', () => {
  it('are censored wherever a config object is logged: whole, nested, or picked', async () => {
    const config = loadConfig({ ...SECRETS, PROMETHEUS_TENANT: 'team-a' } as NodeJS.ProcessEnv);
    const { log, text } = memoryLog();
    log.info(config, 'top level');
    log.info({ config }, 'nested');
    log.info({ prometheus: { PROMETHEUS_URL: config.PROMETHEUS_URL, PROMETHEUS_TENANT: config.PROMETHEUS_TENANT } }, 'picked');
    await new Promise((r) => setImmediate(r));
    const written = text();
    expect(written.split('\n').filter(Boolean)).toHaveLength(3);
    for (const v of VALUES) expect(written).not.toContain(v);
    expect(written).toContain('"PROMETHEUS_URL":"[redacted]"');
    // Not a secret: still readable in a log.
    expect(written).toContain('"PROMETHEUS_TENANT":"team-a"');
  });

  it('redactConfig masks every set secret and leaves the rest', () => {
    const config = loadConfig({ ...SECRETS } as NodeJS.ProcessEnv);
    const shown = redactConfig(config);
    for (const v of VALUES) expect(JSON.stringify(shown)).not.toContain(v);
    expect(shown.AUTH_SECRET).toBe('[redacted]');
    expect(shown.PROMETHEUS_BEARER_TOKEN).toBeUndefined();
    expect(shown.PORT).toBe(config.PORT);
    expect(SECRET_CONFIG_KEYS).toContain('PROMETHEUS_BEARER_TOKEN');
  });

  it('PROMETHEUS_URL: http(s) only; credentials in it or a bearer token, not both; errors never repeat the value', () => {
    expect(() => loadConfig({ PROMETHEUS_URL: 'ftp://ops:prom-password-xyz@mimir.internal' })).toThrow(/PROMETHEUS_URL: must be an http/);
    let message = '';
    try {
      loadConfig({ PROMETHEUS_URL: SECRETS.PROMETHEUS_URL, PROMETHEUS_BEARER_TOKEN: 'tok-123456' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/PROMETHEUS_BEARER_TOKEN: set it or credentials in PROMETHEUS_URL, not both/);
    expect(message).not.toContain('prom-password-xyz');
    expect(message).not.toContain('tok-123456');
    expect(loadConfig({ PROMETHEUS_URL: 'https://mimir.internal/prometheus', PROMETHEUS_BEARER_TOKEN: 'tok-123456' }).PROMETHEUS_BEARER_TOKEN).toBe('tok-123456');
  });
});
