import { BASELINE_GRANTS } from '../../authz/built-in-sets';
import type { ActionPattern } from '../../authz/catalogue';
import { compilePermissions, withoutDelegations, type CompiledPermissions, type SetNode } from '../../authz/engine';
import type { Grant } from '../../authz/grant.types';
import type { Database } from '../../db/client';
import { loadSetGraph, loadUserPermissionInputs } from '../../db/queries/permissions.queries';
import type { Logger } from '../../logger';
import type { EventBus } from '../events/event-bus';
import { SingleFlight } from '../shared/single-flight';

const MAX_ENTRIES = 10_000;
/**
 * Invalidation messages keep entries fresh; this bound only caps how long a lost message could
 * leave one stale (Redis reconnects also drop everything).
 */
const MAX_AGE_MS = 60_000;

function toGrant(row: { effect: 'ALLOW' | 'DENY'; action: string; scope: Grant['scope']; validFrom?: Date | null; validUntil?: Date | null }): Grant {
  return { effect: row.effect, action: row.action as ActionPattern, scope: row.scope, validFrom: row.validFrom ?? null, validUntil: row.validUntil ?? null };
}

/** The engine's view of every set, from the rows `loadSetGraph` returns. */
export function buildSetGraph({ sets, grants, parents }: Awaited<ReturnType<typeof loadSetGraph>>): Map<string, SetNode> {
  const nodes = new Map<string, SetNode>();
  for (const s of sets) nodes.set(s.id, { id: s.id, name: s.name, grants: [], parentIds: [], requireMfa: s.requireMfa });
  for (const g of grants) nodes.get(g.setId)?.grants.push(toGrant(g));
  for (const p of parents) nodes.get(p.setId)?.parentIds.push(p.parentId);
  return nodes;
}

/**
 * Compiled effective permissions per user, kept per node. Any change that can affect a user is
 * announced on `permissions.invalidated` (from the event log, on every node); a generation counter
 * keeps a compile that raced with an invalidation from being cached. While this node cannot hear
 * other nodes the cache is not trusted: every lookup compiles from PostgreSQL (fail closed), and
 * concurrent lookups of one user share that compile.
 */
export class PermissionCache {
  private users = new Map<string, CompiledPermissions>();
  private graph: Promise<Map<string, SetNode>> | null = null;
  private graphLoadedAt = 0;
  private generation = 0;
  private readonly compiles = new SingleFlight<CompiledPermissions>();

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly events: EventBus,
  ) {}

  start(): void {
    this.events.onInvalidation('permissions.invalidated', ({ userIds, graphChanged }) => this.invalidate(userIds, graphChanged));
  }

  /** null drops everything (a shared set changed); otherwise those users and their delegatees. */
  invalidate(userIds: string[] | null, graphChanged = false): void {
    this.generation += 1;
    // Compiles in flight began before this change: later callers must not join them.
    this.compiles.forget();
    if (graphChanged) this.graph = null;
    if (userIds === null) {
      this.users.clear();
      this.graph = null;
      return;
    }
    const affected = new Set(userIds);
    for (const [userId, perms] of this.users) {
      if (affected.has(userId) || perms.delegated.some((d) => affected.has(d.grant.source.kind === 'DELEGATION' ? d.grant.source.delegatorId : ''))) {
        this.users.delete(userId);
      }
    }
  }

  async get(userId: string): Promise<CompiledPermissions> {
    const trusted = this.events.hearsInvalidations();
    const cached = this.users.get(userId);
    if (trusted && cached && Date.now() - cached.compiledAt.getTime() < MAX_AGE_MS) return cached;
    return this.compiles.run(userId, async () => {
      const generation = this.generation;
      const compiled = await this.compile(userId, true, trusted);
      if (trusted && generation === this.generation) {
        if (this.users.size >= MAX_ENTRIES) this.users.delete(this.users.keys().next().value!);
        this.users.set(userId, compiled);
      }
      return compiled;
    });
  }

  setGraph(trusted = this.events.hearsInvalidations()): Promise<Map<string, SetNode>> {
    if (!trusted) return loadSetGraph(this.database.db).then(buildSetGraph);
    if (this.graph && Date.now() - this.graphLoadedAt > MAX_AGE_MS) this.graph = null;
    if (!this.graph) this.graphLoadedAt = Date.now();
    this.graph ??= loadSetGraph(this.database.db).then(buildSetGraph);
    this.graph.catch(() => (this.graph = null));
    return this.graph;
  }

  private async compile(userId: string, withDelegations: boolean, trusted: boolean): Promise<CompiledPermissions> {
    const [sets, inputs] = await Promise.all([this.setGraph(trusted), loadUserPermissionInputs(this.database.db, userId)]);
    const delegations = withDelegations
      ? await Promise.all(
          inputs.delegated.map(async (d) => ({
            id: d.id,
            delegatorId: d.delegatorId,
            expiresAt: d.expiresAt,
            grants: d.grants.map(toGrant),
            delegator: withoutDelegations(await this.compile(d.delegatorId, false, trusted)),
          })),
        )
      : [];
    this.log.trace({ userId }, 'compiled permissions');
    return compilePermissions({
      userId,
      assignments: inputs.assignments,
      directGrants: inputs.direct.map((g) => ({ ...toGrant(g), id: g.id })),
      delegations,
      sets,
      baseline: BASELINE_GRANTS,
    });
  }
}
