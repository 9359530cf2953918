import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { API_KEY_LENGTH, hashApiKeySecret, mintApiKeySecret, parseApiKeySecret } from '../../../src/services/auth/api-key-token';
import { cidrMatcher, parseCidr } from '../../../src/services/security/cidr';

describe('API key secrets', () => {
  it('round-trip the lookup id, and store only a hash', () => {
    for (let i = 0; i < 50; i += 1) {
      const id = v7();
      const { secret, hash } = mintApiKeySecret(id);
      expect(secret).toHaveLength(API_KEY_LENGTH);
      expect(secret.startsWith('cpk_')).toBe(true);
      expect(parseApiKeySecret(secret)).toEqual({ secretId: id });
      expect(hash).toBe(hashApiKeySecret(secret));
      expect(hash).not.toContain(secret.slice(4, 30));
    }
  });

  it('two secrets for one id differ (256 random bits each)', () => {
    const id = v7();
    expect(mintApiKeySecret(id).secret).not.toBe(mintApiKeySecret(id).secret);
  });

  it('reject any single-character change by checksum, and other shapes', () => {
    const { secret } = mintApiKeySecret(v7());
    let rejected = 0;
    for (let i = 4; i < secret.length; i += 1) {
      const swapped = secret.slice(0, i) + (secret[i] === 'Z' ? 'Y' : 'Z') + secret.slice(i + 1);
      if (parseApiKeySecret(swapped) === null) rejected += 1;
    }
    expect(rejected).toBe(secret.length - 4);
    for (const bad of ['', 'cpk_', `ghp_${secret.slice(4)}`, `${secret}0`, secret.replace(/.$/, '!')]) expect(parseApiKeySecret(bad)).toBeNull();
  });
});

describe('CIDR lists', () => {
  it('parse IPv4, IPv6 and single addresses, and refuse bad ones', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ ok: true, cidr: '10.0.0.0/8' });
    expect(parseCidr(' 192.168.1.7 ')).toEqual({ ok: true, cidr: '192.168.1.7/32' });
    expect(parseCidr('2001:DB8::/32')).toEqual({ ok: true, cidr: '2001:db8::/32' });
    for (const bad of ['10.0.0.0/33', '::/129', '10.0.0/8', 'x', '1.2.3.4/-1', '1.2.3.4/08a', '1.2.3.4/8/9']) expect(parseCidr(bad).ok, bad).toBe(false);
  });

  it('match IPv4, IPv6 and IPv4-mapped IPv6 clients, and fail closed on unknown addresses', () => {
    const match = cidrMatcher(['127.0.0.0/8', '2001:db8::/32']);
    expect(match('127.0.0.1')).toBe(true);
    expect(match('::ffff:127.0.0.1')).toBe(true);
    expect(match('::FFFF:127.9.9.9')).toBe(true);
    expect(match('2001:db8::1')).toBe(true);
    expect(match('10.0.0.1')).toBe(false);
    expect(match('::ffff:10.0.0.1')).toBe(false);
    expect(match('2001:db9::1')).toBe(false);
    expect(match(null)).toBe(false);
    expect(match('garbage')).toBe(false);
    expect(cidrMatcher([])('127.0.0.1')).toBe(false);
  });
});
