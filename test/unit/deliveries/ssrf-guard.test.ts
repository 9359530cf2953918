import { describe, expect, it } from 'vitest';
import { assertAllowedHost, blockedReason, guardedLookup } from '../../../src/services/deliveries/ssrf-guard';

describe('SSRF guard: address ranges', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    // IPv4 hidden in IPv6: mapped, NAT64 and 6to4 forms reach the same internal hosts.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:c0a8:0101::1', 'private'],
    ['[::1]', 'loopback'],
  ])('%s is refused (%s)', (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'])(
    '%s is a public address',
    (address) => {
      expect(blockedReason(address)).toBeNull();
    },
  );

  it('refuses literal internal hosts and localhost names before any connection, unless allowed', () => {
    expect(() => assertAllowedHost('127.0.0.1', false)).toThrow(/loopback/);
    expect(() => assertAllowedHost('[::1]', false)).toThrow(/loopback/);
    expect(() => assertAllowedHost('localhost', false)).toThrow(/loopback/);
    expect(() => assertAllowedHost('api.localhost', false)).toThrow(/loopback/);
    expect(() => assertAllowedHost('169.254.169.254', false)).toThrow(/ALLOW_PRIVATE_TARGETS/);
    expect(() => assertAllowedHost('127.0.0.1', true)).not.toThrow();
    expect(() => assertAllowedHost('hooks.example.com', false)).not.toThrow();
  });

  it('the lookup hook refuses a name that resolves to an internal address, and passes it when allowed', async () => {
    const lookupOf = (allow: boolean, all: boolean) =>
      new Promise<{ err: Error | null; address: unknown }>((resolve) => guardedLookup(allow)('localhost', { all }, (err, address) => resolve({ err, address })));
    const refused = await lookupOf(false, false);
    expect(refused.err?.message).toMatch(/refused to connect to localhost .*loopback/);
    const allowed = await lookupOf(true, false);
    expect(allowed.err).toBeNull();
    expect(blockedReason(allowed.address as string)).toBe('loopback');
    // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily): same check.
    const all = await lookupOf(false, true);
    expect(all.err?.message).toMatch(/loopback/);
    const allAllowed = await lookupOf(true, true);
    expect(Array.isArray(allAllowed.address) && allAllowed.address.length).toBeGreaterThan(0);
  });
});
