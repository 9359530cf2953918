import { BlockList, isIP } from 'node:net';

/**
 * CIDR lists (IPv4 and IPv6). A single address means a /32 or /128. Client addresses that are
 * IPv4-mapped IPv6 (`::ffff:127.0.0.1`, how a dual-stack socket reports IPv4 peers) are
 * compared as the IPv4 address they carry.
 */
export const MAX_CIDRS = 100;

export type CidrParse = { ok: true; cidr: string } | { ok: false; reason: string };

export function parseCidr(raw: string): CidrParse {
  const text = raw.trim();
  const [address = '', prefixText, ...rest] = text.split('/');
  const family = isIP(address);
  if (rest.length > 0 || family === 0) return { ok: false, reason: `${JSON.stringify(raw.slice(0, 60))} is not an IPv4 or IPv6 CIDR` };
  const max = family === 4 ? 32 : 128;
  if (prefixText === undefined) return { ok: true, cidr: `${address.toLowerCase()}/${max}` };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) {
    return { ok: false, reason: `${JSON.stringify(raw.slice(0, 60))} has a prefix length outside 0-${max}` };
  }
  return { ok: true, cidr: `${address.toLowerCase()}/${Number(prefixText)}` };
}

/** `::ffff:a.b.c.d` -> `a.b.c.d`; anything else unchanged. */
export function normalizeIp(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped ? mapped[1]! : ip;
}

/** Builds a matcher for already validated CIDRs. */
export function cidrMatcher(cidrs: readonly string[]): (ip: string | null) => boolean {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, prefix] = cidr.split('/');
    const family = isIP(address!) === 4 ? 'ipv4' : 'ipv6';
    list.addSubnet(address!, Number(prefix), family);
  }
  return (ip) => {
    // Fail closed: a request whose address is unknown matches nothing.
    if (!ip) return false;
    const address = normalizeIp(ip);
    const family = isIP(address);
    if (family === 0) return false;
    return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}

export const ipMatches = (cidrs: readonly string[], ip: string | null): boolean => cidrMatcher(cidrs)(ip);
