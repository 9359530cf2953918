import { afterAll, beforeAll, expect } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import type { GrantInput } from '../../../sdk/generated/graphql';
import { builtinSetIds, createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';

export type BuiltinName = 'Viewer' | 'Developer' | 'Admin' | 'Owner';
export type { GrantInput };

export const ALL = { kind: 'ALL' } as const;
export const labels = (l: Record<string, string>) => ({ kind: 'LABELS' as const, labels: l });
export const ids = (...list: string[]) => ({ kind: 'IDS' as const, ids: list });
export const allow = (action: string, scope: GrantInput['scope'] = ALL, window: Partial<GrantInput> = {}): GrantInput => ({ effect: 'ALLOW', action, scope, ...window });
export const deny = (action: string, scope: GrantInput['scope'] = ALL): GrantInput => ({ effect: 'DENY', action, scope });
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Actor {
  id: string;
  email: string;
  client: ControlPlaneClient;
}

export type SetActor = Actor & { setId: string };

export interface Env {
  cluster: TestCluster;
  node: TestNode;
  owner: ControlPlaneClient;
  ownerId: string;
  builtins: Record<BuiltinName, string>;
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
  const env = {} as Env;
  beforeAll(async () => {
    env.cluster = await startCluster();
    env.node = env.cluster.nodes[0]!;
    env.owner = await env.node.owner();
    env.ownerId = (await env.owner.Me()).me.id;
    env.builtins = await builtinSetIds(env.owner);
    env.actor = async (sets, opts = {}) => {
      const u = await createUserWithSets(env.owner, sets, { labels: opts.labels, prefix: 'attacker' });
      return { id: u.user.id, email: u.email, client: await env.node.clientFor(u.email, u.password) };
    };
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
  });
  afterAll(async () => {
    await env.cluster?.close();
  });
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
