import { expect } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import type { GrantInput } from '../../../sdk/generated/graphql';
import { createUserWithSets, errorCode, member, uniqueEmail, type BuiltinSetName } from '../../fixtures/seed';
import { useCluster, type ClusterFixture } from '../../fixtures/test-node';

export type BuiltinName = BuiltinSetName;
export type { GrantInput };

export { ALL, allow, deny } from '../../fixtures/grants';
export const labels = (l: Record<string, string>) => ({ kind: 'LABELS' as const, labels: l });
export const ids = (...list: string[]) => ({ kind: 'IDS' as const, ids: list });
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Actor {
  id: string;
  email: string;
  client: ControlPlaneClient;
}

export type SetActor = Actor & { setId: string };

/** The cluster fixture (owner, ownerId and built-in set ids included) plus attack helpers. */
export interface Env extends ClusterFixture {
  /** A user holding the named built-ins, logged in. */
  actor(sets: BuiltinName[], opts?: { labels?: Record<string, string> }): Promise<Actor>;
  /** A user holding a fresh custom set (created and assigned by the Owner) with exactly these grants. */
  actorWith(grants: GrantInput[], opts?: { labels?: Record<string, string>; builtins?: BuiltinName[] }): Promise<SetActor>;
  /** A custom set created by the Owner. */
  customSet(grants: GrantInput[], parentIds?: string[]): Promise<string>;
  /** A user that is only a target (not logged in). */
  target(opts?: { labels?: Record<string, string>; sets?: BuiltinName[] }): Promise<string>;
}

/** One cluster per test file; every helper acts through the API as the Owner. */
export function escalationEnv(): Env {
  const env = useCluster() as Env;
  env.actor = (sets, opts = {}) => member(env.node, env.owner, sets, { labels: opts.labels, prefix: 'attacker' });
  env.customSet = async (grants, parentIds = []) => {
    const { createPermissionSet } = await env.owner.CreatePermissionSet({ input: { name: uniqueEmail('set'), grants, parentIds } });
    return createPermissionSet.id;
  };
  env.actorWith = async (grants, opts = {}) => {
    const setId = await env.customSet(grants);
    const u = await createUserWithSets(env.owner, opts.builtins ?? [], { labels: opts.labels, prefix: 'attacker' });
    await env.owner.AssignPermissionSet({ userId: u.user.id, permissionSetId: setId });
    return { id: u.user.id, email: u.email, client: await env.node.clientFor(u.email, u.password), setId };
  };
  env.target = async (opts = {}) => (await createUserWithSets(env.owner, opts.sets ?? [], { labels: opts.labels, prefix: 'target' })).user.id;
  return env;
}

/** The attack must fail with `code` (FORBIDDEN unless told otherwise). */
export async function expectRefused(attack: () => Promise<unknown>, code = 'FORBIDDEN'): Promise<void> {
  expect(await errorCode(attack)).toBe(code);
}

/** Is `userId` allowed `action` on `resource` right now, according to the server? */
export async function allowed(
  owner: ControlPlaneClient,
  userId: string,
  action: string,
  resource: { type: string; id?: string; labels?: Record<string, string> } = { type: action.split(':')[0]! },
): Promise<boolean> {
  return (await owner.CheckPermission({ userId, action, resource })).checkPermission.allowed;
}

/** Names of the sets a user holds, sorted. */
export async function setsOf(owner: ControlPlaneClient, userId: string): Promise<string[]> {
  return (await owner.User({ id: userId })).user.permissionSets.map((s) => s.name).sort();
}

/** Grants of a set as comparable plain data, plus its parents' names. */
export async function snapshotSet(owner: ControlPlaneClient, id: string) {
  const { permissionSet: s } = await owner.PermissionSet({ id });
  return {
    name: s.name,
    description: s.description,
    parents: s.parents.map((p) => p.name).sort(),
    grants: s.grants.map(({ effect, action, scope, validFrom, validUntil }) => ({ effect, action, scope, validFrom, validUntil })),
  };
}

export async function setNames(owner: ControlPlaneClient): Promise<string[]> {
  return (await owner.PermissionSets({ first: 100 })).permissionSets.edges.map((e) => e.node.name).sort();
}

/** The denied attempt is on the audit trail, attributed to the attacker. */
export async function expectDeniedAudit(owner: ControlPlaneClient, actorId: string, operationName: string): Promise<void> {
  const { auditLogs } = await owner.AuditLogs({ first: 50, filter: { action: 'access.denied', actorId } });
  const ops = auditLogs.edges.map((e) => (e.node.metadata as { operationName?: string } | null)?.operationName);
  expect(auditLogs.edges.every((e) => e.node.outcome === 'DENIED')).toBe(true);
  expect(ops).toContain(operationName);
}
