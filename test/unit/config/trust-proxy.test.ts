import { describe, expect, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import type * as ClientIp from '../../../src/server/client-ip';
import { loadServerModule } from '../../fixtures/load';

const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { compileTrust } = loadServerModule<typeof ClientIp>('../../src/server/client-ip.ts');

describe('TRUST_PROXY', () => {
  it('refuses true, which would believe a client-chosen X-Forwarded-For', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/hop count/);
  });

  it('takes false, a hop count or proxy addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).TRUST_PROXY).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(() => loadConfig({ TRUST_PROXY: 'a b' })).toThrow(/TRUST_PROXY/);
  });

  it('a hop count trusts that many proxies nearest the server, never the client end', () => {
    const trust = compileTrust(1);
    expect(trust('10.0.0.1', 0)).toBe(true);
    expect(trust('6.6.6.6', 1)).toBe(false);
    const list = compileTrust(['10.1.0.0/16']);
    expect(list('10.1.2.3', 0)).toBe(true);
    expect(list('10.2.0.1', 0)).toBe(false);
    expect(compileTrust(false)('127.0.0.1', 0)).toBe(false);
  });
});
