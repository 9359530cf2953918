import type { Grant } from '../grant.types';

/** A permission set as the engine sees it; `parentIds` are the sets it inherits from. */
export interface SetNode {
  id: string;
  name: string;
  grants: Grant[];
  parentIds: string[];
  requireMfa?: boolean;
}

export interface FlatGrant {
  grant: Grant;
  /** Set names from the assigned set down to the set holding the grant. */
  path: string[];
  setId: string;
  setName: string;
}

function nameOf(nodes: Map<string, SetNode>, id: string): string {
  return nodes.get(id)?.name ?? id;
}

/**
 * Would `setId` inheriting from `newParentId` close a loop? That is the case exactly when `setId`
 * is already an ancestor of `newParentId` (or is it). Returns the loop as set names, starting and
 * ending at `setId`, e.g. ['A', 'B', 'C', 'A'], so the error can show the user what to untangle.
 */
export function findCycle(
  nodes: Map<string, SetNode>,
  setId: string,
  newParentId: string,
): string[] | null {
  if (setId === newParentId) return [nameOf(nodes, setId), nameOf(nodes, setId)];
  // Breadth-first, so the reported loop is the shortest one; `cameFrom` doubles as visited set,
  // which also keeps us finite if the stored data already contains a loop elsewhere.
  const cameFrom = new Map<string, string | null>([[newParentId, null]]);
  const queue = [newParentId];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (id === setId) {
      const chain: string[] = [];
      for (let at: string | null = id; at !== null; at = cameFrom.get(at) ?? null) {
        chain.push(nameOf(nodes, at));
      }
      return [nameOf(nodes, setId), ...chain.reverse()];
    }
    for (const parentId of nodes.get(id)?.parentIds ?? []) {
      if (cameFrom.has(parentId)) continue;
      cameFrom.set(parentId, id);
      queue.push(parentId);
    }
  }
  return null;
}

/**
 * All grants reachable from `rootId`. Each ancestor is visited once (breadth-first, so its path is
 * the shortest route from the root): under diamond inheritance a shared ancestor is neither
 * expanded twice nor emitted twice, which keeps the work linear in sets + edges instead of
 * exponential in the number of diamonds, and a loop in stored data cannot make this spin.
 */
export function flattenSet(nodes: Map<string, SetNode>, rootId: string): FlatGrant[] {
  const root = nodes.get(rootId);
  if (!root) return [];
  const out: FlatGrant[] = [];
  const visited = new Set([rootId]);
  const queue: Array<{ node: SetNode; path: string[] }> = [{ node: root, path: [root.name] }];
  for (let i = 0; i < queue.length; i++) {
    const { node, path } = queue[i];
    for (const grant of node.grants) out.push({ grant, path, setId: node.id, setName: node.name });
    for (const parentId of node.parentIds) {
      const parent = nodes.get(parentId);
      if (!parent || visited.has(parentId)) continue;
      visited.add(parentId);
      queue.push({ node: parent, path: [...path, parent.name] });
    }
  }
  return out;
}

/** Does `rootId` or any set it inherits from carry the requireMfa policy? */
export function reachesRequireMfa(nodes: Map<string, SetNode>, rootId: string): boolean {
  const visited = new Set<string>();
  const queue = [rootId];
  for (let i = 0; i < queue.length; i++) {
    const node = nodes.get(queue[i]!);
    if (!node) continue;
    if (node.requireMfa) return true;
    for (const p of node.parentIds) if (!visited.has(p)) visited.add(p), queue.push(p);
  }
  return false;
}
