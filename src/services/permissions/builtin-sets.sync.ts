import { BUILT_IN_SETS } from '../../authz/built-in-sets';
import type { Db } from '../../db/client';
import { lockForTransaction } from '../../db/queries/locks.queries';
import { replaceSetGrants, replaceSetParents, upsertBuiltinSet } from '../../db/queries/permissions.queries';
import { newId } from '../shared/ids';

/**
 * Built-in sets are defined in code and cannot be edited through the API; every start writes the
 * code's definition over whatever is stored, in one transaction, so all nodes converge. Nodes
 * starting together take turns: each rewrites every grant row, and interleaved they could deadlock.
 */
export async function syncBuiltinSets(db: Db): Promise<Map<string, string>> {
  return db.transaction(async (tx) => {
    await lockForTransaction(tx, 'builtinSets');
    const ids = new Map<string, string>();
    for (const def of BUILT_IN_SETS) {
      ids.set(def.key, await upsertBuiltinSet(tx, { id: newId(), key: def.key, name: def.name, description: def.description }));
    }
    for (const def of BUILT_IN_SETS) {
      const setId = ids.get(def.key)!;
      await replaceSetGrants(
        tx,
        setId,
        def.grants.map((g) => ({ id: newId(), setId, effect: g.effect, action: g.action, scope: g.scope })),
      );
      await replaceSetParents(tx, setId, def.parents.map((p) => ids.get(p)!));
    }
    return ids;
  });
}
