import { coversAll, coversRemoval, findCycle, flattenSet, type SetNode } from '../../authz/engine';
import type { Grant } from '../../authz/grant.types';
import type { PermissionSetRow } from '../../db/schema';
import {
  addParentEdge,
  findSetsByIds,
  holdersOfSets,
  insertSet,
  lockSet,
  removeParentEdge,
  replaceSetGrants,
  setAndDescendantIds,
  setNameTaken,
  updateSetRow,
  deleteSetRow,
  loadSetGraph,
} from '../../db/queries/permissions.queries';
import { lockForTransaction } from '../../db/queries/locks.queries';
import { AppError } from '../../errors/app-error';
import { isUuid } from '../shared/connection';
import { newId } from '../shared/ids';
import { parseInput } from '../shared/parse-input';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { announcePermissionChange } from './announce';
import { assertDoesNotOutrank } from './outranks';
import { buildSetGraph } from './permission-cache';

import { createSetSchema, setNameSchema, updateSetSchema } from './grant.validation';
import { AuditedService } from '../shared/audited-service';
import { requireStepUp } from '../auth/step-up';

/** A stored grant in the shape GrantInput takes (LABELS scopes carry `labels`, not `selector`). */
const grantToInput = (g: Grant) => ({
  ...g,
  scope: g.scope.kind === 'LABELS' ? { kind: 'LABELS', labels: g.scope.selector } : g.scope,
});

const grantRows = (setId: string, grants: Grant[]) =>
  grants.map((g) => ({ id: newId(), setId, effect: g.effect, action: g.action, scope: g.scope, validFrom: g.validFrom ?? null, validUntil: g.validUntil ?? null }));

/**
 * Custom permission sets: create, edit, clone, delete, inheritance. Built-ins are immutable. Every
 * change is refused unless the caller holds everything the set grants before and after the change
 * (so nobody can mint, widen or even reshape a grant they do not hold).
 */
export class PermissionSetEditorService extends AuditedService {

  async create(raw: unknown): Promise<PermissionSetRow> {
    const input = parseInput(createSetSchema, raw);
    this.ctx.authz.assertCan('permissionSets:write', { type: 'permissionSets' });
    return this.write(async (uow, graph) => {
      if (await setNameTaken(uow.tx, input.name)) throw AppError.conflict('A permission set with this name exists', 'input.name');
      const parents = await findSetsByIds(uow.tx, input.parentIds ?? []);
      if (parents.length !== new Set(input.parentIds ?? []).size) throw AppError.notFound('Parent permission set');
      const id = newId();
      const grants = input.grants ?? [];
      this.assertHolds(graph, { id, name: input.name, grants, parentIds: parents.map((p) => p.id) }, 'create');
      const set = await insertSet(uow.tx, { id, name: input.name, description: input.description ?? '', requireMfa: input.requireMfa ?? false });
      await replaceSetGrants(uow.tx, id, grantRows(id, grants));
      for (const parent of parents) await addParentEdge(uow.tx, id, parent.id);
      await this.audit.record(uow, {
        action: 'permission_set.created',
        targetType: 'permission_set',
        targetId: id,
        changes: {
          name: { after: set.name },
          grants: { after: grants },
          parents: { after: parents.map((p) => p.name) },
          ...(set.requireMfa && { requireMfa: { after: true } }),
        },
      });
      return { set, affected: [] };
    });
  }

  async update(id: string, raw: unknown): Promise<PermissionSetRow> {
    const input = parseInput(updateSetSchema, raw);
    return this.write(async (uow, graph) => {
      const before = await this.lockCustom(uow, id);
      const node = graph.get(id)!;
      this.assertHolds(graph, node, 'edit', input.grants !== undefined);
      if (input.name && (await setNameTaken(uow.tx, input.name, id))) throw AppError.conflict('A permission set with this name exists', 'input.name');
      if (input.grants) {
        this.assertHolds(graph, { ...node, grants: input.grants }, 'edit');
        // Replacing grants can take rights away from holders as well as add DENYs: it acts on them.
        await this.assertNoHolderOutranks(uow, id);
        await replaceSetGrants(uow.tx, id, grantRows(id, input.grants));
      }
      const after = (await updateSetRow(uow.tx, id, { name: input.name, description: input.description, requireMfa: input.requireMfa }))!;
      const mfaChanged = input.requireMfa !== undefined && input.requireMfa !== before.requireMfa;
      await this.audit.record(uow, {
        action: 'permission_set.updated',
        targetType: 'permission_set',
        targetId: id,
        changes: {
          ...(input.name && input.name !== before.name && { name: { before: before.name, after: after.name } }),
          ...(input.description !== undefined && { description: { before: before.description, after: after.description } }),
          ...(input.grants && { grants: { before: node.grants, after: input.grants } }),
          ...(mfaChanged && { requireMfa: { before: before.requireMfa, after: after.requireMfa } }),
        },
      });
      if (input.grants) await this.threats.ownerLevelSetChange(uow, graph, { ...node, grants: input.grants });
      return { set: after, affected: input.grants || mfaChanged ? await this.holders(uow, id) : [] };
    });
  }

  async clone(id: string, name: string): Promise<PermissionSetRow> {
    const newName = parseInput(setNameSchema, name, 'name');
    const graph = buildSetGraph(await loadSetGraph(this.deps.database.db));
    const source = isUuid(id) ? graph.get(id) : undefined;
    if (!source) throw AppError.notFound('Permission set');
    return this.create({ name: newName, description: `Copy of ${source.name}`, grants: source.grants.map(grantToInput), parentIds: source.parentIds, requireMfa: source.requireMfa ?? false });
  }

  /** Deleting a set others hold needs `force`; then the holders are named in the audit event. */
  async delete(id: string, force: boolean): Promise<boolean> {
    await this.write(async (uow, graph) => {
      const before = await this.lockCustom(uow, id);
      this.assertHolds(graph, graph.get(id)!, 'delete', true);
      await this.assertNoHolderOutranks(uow, id);
      const affected = await this.holders(uow, id);
      const directHolders = await holdersOfSets(uow.tx, [id]);
      if (directHolders.length > 0 && !force) {
        throw AppError.conflict(`${directHolders.length} user(s) hold this set; pass force: true to delete it anyway`);
      }
      const children = [...graph.values()].filter((n) => n.parentIds.includes(id));
      if (children.length > 0) {
        throw AppError.conflict(`Sets inherit from this set (${children.map((c) => c.name).join(', ')}); remove that inheritance first`);
      }
      await deleteSetRow(uow.tx, id);
      await this.audit.record(uow, {
        action: 'permission_set.deleted',
        targetType: 'permission_set',
        targetId: id,
        changes: { name: { before: before.name }, grants: { before: graph.get(id)!.grants } },
        metadata: { forced: force, holders: directHolders },
      });
      return { set: before, affected };
    });
    return true;
  }

  addParent(setId: string, parentId: string): Promise<PermissionSetRow> {
    return this.write(async (uow, graph) => {
      const set = await this.lockCustom(uow, setId);
      const parent = isUuid(parentId) ? graph.get(parentId) : undefined;
      if (!parent) throw AppError.notFound('Parent permission set');
      const cycle = findCycle(graph, setId, parentId);
      if (cycle) throw AppError.badInput(`Inheritance cycle: ${cycle.join(' > ')}`, 'parentId');
      const node = graph.get(setId)!;
      this.assertHolds(graph, { ...node, parentIds: [...node.parentIds, parentId] }, 'edit');
      if (flattenSet(graph, parentId).some((f) => f.grant.effect === 'DENY')) await this.assertNoHolderOutranks(uow, setId);
      if (!(await addParentEdge(uow.tx, setId, parentId))) throw AppError.conflict(`${set.name} already inherits from ${parent.name}`);
      await this.audit.record(uow, {
        action: 'permission_set.parent_added',
        targetType: 'permission_set',
        targetId: setId,
        changes: { parents: { before: node.parentIds, after: [...node.parentIds, parentId] } },
      });
      await this.threats.ownerLevelSetChange(uow, graph, { ...node, parentIds: [...node.parentIds, parentId] });
      return { set, affected: await this.holders(uow, setId) };
    });
  }

  removeParent(setId: string, parentId: string): Promise<PermissionSetRow> {
    return this.write(async (uow, graph) => {
      const set = await this.lockCustom(uow, setId);
      const node = graph.get(setId)!;
      this.assertHolds(graph, node, 'edit', true);
      await this.assertNoHolderOutranks(uow, setId);
      if (!isUuid(parentId) || !(await removeParentEdge(uow.tx, setId, parentId))) throw AppError.notFound('Inheritance');
      await this.audit.record(uow, {
        action: 'permission_set.parent_removed',
        targetType: 'permission_set',
        targetId: setId,
        changes: { parents: { before: node.parentIds, after: node.parentIds.filter((p) => p !== parentId) } },
      });
      return { set, affected: await this.holders(uow, setId) };
    });
  }

  /**
   * One transaction holding the graph lock, on a graph read inside it: two concurrent edits on
   * different nodes cannot both pass the cycle check. Afterwards every node reloads its graph.
   */
  private async write(
    work: (uow: UnitOfWork, graph: Map<string, SetNode>) => Promise<{ set: PermissionSetRow; affected: string[] }>,
  ): Promise<PermissionSetRow> {
    requireStepUp(this.deps, this.ctx);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockForTransaction(uow.tx, 'setGraph');
      const graph = buildSetGraph(await loadSetGraph(uow.tx));
      const { set, affected } = await work(uow, graph);
      await announcePermissionChange(this.deps, uow, affected, { graphChanged: true });
      return set;
    });
  }

  private async lockCustom(uow: UnitOfWork, id: string): Promise<PermissionSetRow> {
    const set = isUuid(id) ? await lockSet(uow.tx, id) : undefined;
    if (!set) throw AppError.notFound('Permission set');
    this.ctx.authz.assertCan('permissionSets:write', { type: 'permissionSets', id });
    if (set.isBuiltin) throw AppError.forbidden(`${set.name} is built-in and cannot be changed; clone it instead`);
    return set;
  }

  /** `removing`: the set's current grants may go away, so its DENYs must be liftable by the caller. */
  private assertHolds(graph: Map<string, SetNode>, node: SetNode, verb: string, removing = false): void {
    const probe = new Map(graph).set(node.id, node);
    const grants = flattenSet(probe, node.id).map((f) => f.grant);
    const cover = (removing ? coversRemoval : coversAll)(this.ctx.authz.requireViewer().permissions, grants);
    if (!cover.ok) throw AppError.forbidden(`Cannot ${verb} ${node.name}: it grants ${cover.action}, ${cover.reason}`);
  }

  /**
   * Changing what a held set grants (a DENY added, rights removed, the set deleted) acts on its
   * holders, like a direct grant or revocation would: not on anyone who outranks the editor.
   */
  private async assertNoHolderOutranks(uow: UnitOfWork, setId: string): Promise<void> {
    const viewer = this.ctx.authz.requireViewer();
    for (const userId of await this.holders(uow, setId)) await assertDoesNotOutrank(this.deps, viewer, userId);
  }

  private async holders(uow: UnitOfWork, setId: string): Promise<string[]> {
    return holdersOfSets(uow.tx, await setAndDescendantIds(uow.tx, setId));
  }
}
