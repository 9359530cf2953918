import type { ControlPlaneClient, GrantInput } from '../../../sdk';
import type { TestNode } from '../../fixtures/test-node';
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
