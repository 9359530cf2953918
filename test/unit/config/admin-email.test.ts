import { describe, expect, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import { loadServerModule } from '../../fixtures/load';

const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');

describe('ADMIN_EMAIL', () => {
  it('accepts the built-in default spelled out, as compose files and charts set it', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'admin@localhost' }).ADMIN_EMAIL).toBe('admin@localhost');
  });

  it('accepts an ordinary address and refuses what is not one, naming the variable', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'ops@example.com' }).ADMIN_EMAIL).toBe('ops@example.com');
    expect(() => loadConfig({ ADMIN_EMAIL: 'not-an-address' })).toThrow(/ADMIN_EMAIL/);
  });
});
