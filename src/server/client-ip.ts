import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Config } from '../config';

export type TrustFn = (addr: string, hop: number) => boolean;

/**
 * The one decision about which X-Forwarded-For hops count, shared by Express (HTTP) and the
 * WebSocket upgrade, so both see the same client IP. Hops are counted from the socket inwards:
 * with `1`, only the address the nearest proxy appended is believed, never what the client sent.
 */
export function compileTrust(setting: Config['TRUST_PROXY']): TrustFn {
  if (setting === false || setting === 0) return () => false;
  if (typeof setting === 'number') return (_addr, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

export function clientIp(req: IncomingMessage, trust: TrustFn): string | null {
  if (!req.socket.remoteAddress) return null;
  return proxyaddr(req as Parameters<typeof proxyaddr>[0], trust);
}
