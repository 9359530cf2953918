import type { ControlPlaneClient, GrantInput, SecurityEventFilter } from '../../../sdk';
import { sdk, type TestNode } from '../../fixtures/test-node';
import { withToken } from '../auth/helpers';

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Creates a key as `client`; returns the record, the secret and a client that calls with the key. */
export async function createKey(
  node: TestNode,
  client: ControlPlaneClient,
  grants: GrantInput[],
  extra: { name?: string; expiresAt?: string; allowedCidrs?: string[] } = {},
) {
  const { createApiKey } = await client.CreateApiKey({
    input: { name: extra.name ?? 'ci deploy', grants, expiresAt: extra.expiresAt ?? inDays(30), allowedCidrs: extra.allowedCidrs },
  });
  return { key: createApiKey.apiKey, secret: createApiKey.secret, client: withToken(node, createApiKey.secret) };
}

/** OK, or the error code the SDK raised. */
export const outcome = (call: () => Promise<unknown>) =>
  call().then(
    () => 'OK',
    (e: { code?: string }) => e.code ?? 'NO_CODE',
  );

/** A client whose requests come from `ip` (X-Forwarded-For; the node must run with TRUST_PROXY=1) and `userAgent`. */
export function clientFrom(
  node: TestNode,
  track: <T extends { close(): unknown }>(c: T) => T,
  from: { ip: string; userAgent?: string; token?: string },
): ControlPlaneClient {
  return track(
    sdk.createClient({
      url: node.url,
      wsUrl: node.wsUrl,
      token: from.token ?? null,
      headers: { 'x-forwarded-for': from.ip, 'user-agent': from.userAgent ?? 'security-tests/1.0' },
    }),
  );
}

/** Every security event the reader sees with this filter (newest first, first page of 100). */
export async function securityEvents(reader: ControlPlaneClient, filter: SecurityEventFilter = {}) {
  const { securityEvents: page } = await reader.SecurityEvents({ first: 100, filter });
  return page.edges.map((e) => e.node);
}

/** The value of control_plane_security_events_total for one kind and severity on /metrics (0 when absent). */
export async function securityEventsMetric(node: TestNode, kind: string, severity: string): Promise<number> {
  const response = await fetch(node.url.replace(/\/graphql$/, '/metrics'));
  const text = await response.text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('control_plane_security_events_total{') && l.includes(`kind="${kind}"`) && l.includes(`severity="${severity}"`));
  return line ? Number(line.split(' ').pop()) : 0;
}
