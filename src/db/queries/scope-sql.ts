import { and, eq, inArray, not, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ScopeFilter } from '../../authz/engine/scope-filter';
import type { GrantScope } from '../../authz/grant.types';
import { users } from '../schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE = sql`true`;
const FALSE = sql`false`;

function userScope(scope: GrantScope, userId: string): SQL {
  switch (scope.kind) {
    case 'ALL':
      return TRUE;
    case 'IDS': {
      const ids = scope.ids.filter((id) => UUID.test(id));
      return ids.length > 0 ? inArray(users.id, ids) : FALSE;
    }
    case 'LABELS':
      return sql`${users.labels} @> ${JSON.stringify(scope.selector)}::jsonb`;
    case 'SELF':
      return eq(users.id, userId);
  }
}

/** The rows of `users` a permission scope filter reaches, as one WHERE condition. */
export function usersReachableSql(filter: ScopeFilter): SQL {
  const allows = [
    ...filter.allow.map((s) => userScope(s, filter.userId)),
    ...filter.delegated.map((d) => and(userScope(d.scope, filter.userId), usersReachableSql(d.delegator))!),
  ];
  const allowed = allows.length > 0 ? or(...allows)! : FALSE;
  if (filter.deny.length === 0) return allowed;
  return and(allowed, not(or(...filter.deny.map((s) => userScope(s, filter.userId)))!))!;
}

/** Columns a label-scoped resource table exposes to scope filters (alerts, silences). */
export interface LabelledColumns {
  id: AnyColumn;
  labels: AnyColumn | SQL;
  /** The owner SELF scopes match (as the engine does with ResourceRef.ownerId); none: SELF reaches nothing. */
  ownerId?: AnyColumn;
}

function labelledScope(scope: GrantScope, cols: LabelledColumns, userId: string): SQL {
  switch (scope.kind) {
    case 'ALL':
      return TRUE;
    case 'IDS': {
      const ids = scope.ids.filter((id) => UUID.test(id));
      return ids.length > 0 ? inArray(cols.id, ids) : FALSE;
    }
    case 'LABELS':
      return sql`${cols.labels} @> ${JSON.stringify(scope.selector)}::jsonb`;
    case 'SELF':
      return cols.ownerId ? eq(cols.ownerId, userId) : FALSE;
  }
}

/** The rows of a labelled table (not users) a permission scope filter reaches, as one WHERE condition. */
export function labelledReachableSql(filter: ScopeFilter, cols: LabelledColumns): SQL {
  const allows = [
    ...filter.allow.map((s) => labelledScope(s, cols, filter.userId)),
    ...filter.delegated.map((d) => and(labelledScope(d.scope, cols, filter.userId), labelledReachableSql(d.delegator, cols))!),
  ];
  const allowed = allows.length > 0 ? or(...allows)! : FALSE;
  if (filter.deny.length === 0) return allowed;
  return and(allowed, not(or(...filter.deny.map((s) => labelledScope(s, cols, filter.userId)))!))!;
}
