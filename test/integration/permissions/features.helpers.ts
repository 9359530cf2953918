import type { ControlPlaneClient, GrantInput } from '../../../sdk';
import { createUserWithSets } from '../../fixtures/seed';
import type { TestNode } from '../../fixtures/test-node';

/** Helpers shared by the permissions feature suites (not the escalation ones). */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let setCounter = 0;
/** Set names are unique per database; suffix them so suites never collide. */
export function uniqueSetName(prefix: string): string {
  setCounter += 1;
  return `${prefix} ${Date.now().toString(36)}-${setCounter}`;
}

export interface Failure {
  code: string | undefined;
  message: string;
  field: string | undefined;
}

/** Awaits `fn` expecting a ControlPlaneError; returns its code, message and `extensions.field`. */
export async function failure(fn: () => Promise<unknown>): Promise<Failure> {
  try {
    await fn();
  } catch (e) {
    const err = e as { code?: string; message: string; errors?: Array<{ extensions?: { field?: string } }> };
    return { code: err.code, message: err.message, field: err.errors?.[0]?.extensions?.field };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const allow = (action: string, scope: GrantInput['scope'] = { kind: 'ALL' }, extra: Partial<GrantInput> = {}): GrantInput => ({
  effect: 'ALLOW',
  action,
  scope,
  ...extra,
});
export const deny = (action: string, scope: GrantInput['scope'] = { kind: 'ALL' }, extra: Partial<GrantInput> = {}): GrantInput => ({
  effect: 'DENY',
  action,
  scope,
  ...extra,
});

/** A user holding the given built-in sets, with a client logged in on `node`. */
export async function member(
  node: TestNode,
  owner: ControlPlaneClient,
  sets: Array<'Viewer' | 'Developer' | 'Admin' | 'Owner'>,
  extra: { labels?: Record<string, string>; prefix?: string } = {},
) {
  const created = await createUserWithSets(owner, sets, extra);
  const client = await node.clientFor(created.email, created.password);
  return { id: created.user.id, email: created.email, password: created.password, client };
}

/** A custom set created by `owner`, returned with its id. */
export async function customSet(owner: ControlPlaneClient, prefix: string, grants: GrantInput[], parentIds: string[] = []) {
  const { createPermissionSet } = await owner.CreatePermissionSet({ input: { name: uniqueSetName(prefix), grants, parentIds } });
  return createPermissionSet;
}

export const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
