import type { ControlPlaneClient, CreateRateLimitPolicyInput } from '../../../sdk';
import type { TestNode } from '../../fixtures/test-node';

let counter = 0;
/** Policy names are unique per database. */
export const policyName = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

export async function createPolicy(owner: ControlPlaneClient, input: Omit<CreateRateLimitPolicyInput, 'name'> & { name?: string }) {
  const { createRateLimitPolicy } = await owner.CreateRateLimitPolicy({ input: { name: policyName('policy'), ...input } });
  return createRateLimitPolicy;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  code: string | undefined;
  retryAfter: number | undefined;
  data: Record<string, unknown> | null;
}

/** Any document over plain fetch, to read status and headers the SDK does not expose. */
export async function rawQuery(node: TestNode, query: string, token?: string | null, variables?: Record<string, unknown>): Promise<RawAnswer> {
  const response = await fetch(node.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string; retryAfter?: number } }> };
  const first = body.errors?.[0]?.extensions;
  return { status: response.status, headers: response.headers, code: first?.code, retryAfter: first?.retryAfter, data: body.data ?? null };
}

/** Logs in over the API and returns the access token (one anonymous request). */
export async function tokenFor(node: TestNode, email: string, password: string): Promise<string> {
  const { login } = await node.anonymous().Login({ email, password });
  return login.accessToken;
}

/** `control_plane_rate_limited_total{limit="..."}` as /metrics shows it (0 when absent). */
export async function refusalsCounted(node: TestNode, limit: string): Promise<number> {
  const text = await (await fetch(node.url.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`control_plane_rate_limited_total{limit="${limit}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** OK, or the error code the SDK call failed with. */
export const outcome = (call: () => Promise<unknown>) =>
  call().then(
    () => 'OK',
    (e: { code?: string }) => e.code ?? 'NO_CODE',
  );
