import type { StoredRoute } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { newId } from '../../shared/ids';
import { LABEL_NAME, validateMatchers } from '../../shared/label-matchers';
import { GROUP_BY_ALL, parseDuration, ROOT_ROUTE_ID } from './route-tree';

/** A route as the API takes it (GraphQL AlertRouteInput). */
export interface RouteInput {
  id?: string | null;
  /** Checked by validateMatchers. */
  matchers?: ReadonlyArray<{ name: string; op: string; value: string }> | null;
  continue?: boolean | null;
  receivers?: string[] | null;
  groupBy?: string[] | null;
  groupWait?: string | null;
  groupInterval?: string | null;
  repeatInterval?: string | null;
  muteTimeIntervals?: string[] | null;
  activeTimeIntervals?: string[] | null;
  routes?: RouteInput[] | null;
}

export const MAX_ROUTE_DEPTH = 10;
export const MAX_ROUTES = 500;
const ROUTE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What the validated tree refers to: checked against the database by the caller. */
export interface TreeReferences {
  channelIds: Set<string>;
  intervalNames: Set<string>;
}

/**
 * Validates a whole tree from input and gives it stored form: ids kept when given (so groups
 * survive an edit) or created, durations parsed, matchers validated. BAD_USER_INPUT names the
 * route by its path (`input.routes.1.groupWait`).
 */
export function validateTree(input: RouteInput): { root: StoredRoute; refs: TreeReferences } {
  const refs: TreeReferences = { channelIds: new Set(), intervalNames: new Set() };
  const ids = new Set<string>();
  let count = 0;

  const duration = (text: string | null | undefined, field: string, min: number): number | null => {
    if (text === null || text === undefined) return null;
    let ms: number;
    try {
      ms = parseDuration(text);
    } catch (err) {
      throw AppError.badInput(`${field}: ${(err as Error).message}`, field);
    }
    if (ms < min || ms > 30 * 86_400_000) throw AppError.badInput(`${field} must be between ${min}ms and 30d`, field);
    return ms;
  };

  const names = (list: string[] | null | undefined, field: string, onEach: (n: string, f: string) => void): string[] => {
    const out = list ?? [];
    if (out.length > 32) throw AppError.badInput(`${field} may hold at most 32 entries`, field);
    out.forEach((n, i) => onEach(n, `${field}.${i}`));
    return [...new Set(out)];
  };

  const visit = (r: RouteInput, path: string, depth: number): StoredRoute => {
    count += 1;
    if (count > MAX_ROUTES) throw AppError.badInput(`The tree may hold at most ${MAX_ROUTES} routes`, path);
    if (depth > MAX_ROUTE_DEPTH) throw AppError.badInput(`Routes may nest at most ${MAX_ROUTE_DEPTH} deep`, path);
    const isRoot = depth === 0;
    if (isRoot && ((r.matchers?.length ?? 0) > 0 || r.continue)) throw AppError.badInput('The root route matches every alert: it takes no matchers and no continue', path);
    const id = isRoot ? ROOT_ROUTE_ID : (r.id ?? newId());
    if (!isRoot && (!ROUTE_ID.test(id) || id === ROOT_ROUTE_ID)) throw AppError.badInput(`${path}.id must be 1 to 64 letters, digits, _ or - (and not "root")`, `${path}.id`);
    if (ids.has(id)) throw AppError.badInput(`${path}.id ${id} is used twice`, `${path}.id`);
    ids.add(id);
    const groupBy = r.groupBy === null || r.groupBy === undefined ? (isRoot ? [] : null) : names(r.groupBy, `${path}.groupBy`, (n, f) => {
      if (n !== GROUP_BY_ALL && !LABEL_NAME.test(n)) throw AppError.badInput(`${f} must be a label name or "..."`, f);
    });
    if (groupBy?.includes(GROUP_BY_ALL) && groupBy.length > 1) throw AppError.badInput(`${path}.groupBy: "..." stands alone`, `${path}.groupBy`);
    const receivers = names(r.receivers, `${path}.receivers`, (n) => refs.channelIds.add(n));
    const mute = names(r.muteTimeIntervals, `${path}.muteTimeIntervals`, (n) => refs.intervalNames.add(n));
    const active = names(r.activeTimeIntervals, `${path}.activeTimeIntervals`, (n) => refs.intervalNames.add(n));
    const children = r.routes ?? [];
    return {
      id,
      matchers: validateMatchers(r.matchers ?? [], `${path}.matchers`),
      continue: !!r.continue,
      receivers,
      groupBy,
      groupWaitMs: duration(r.groupWait, `${path}.groupWait`, 0),
      groupIntervalMs: duration(r.groupInterval, `${path}.groupInterval`, 100),
      repeatIntervalMs: duration(r.repeatInterval, `${path}.repeatInterval`, 100),
      muteTimeIntervals: mute,
      activeTimeIntervals: active,
      routes: children.map((c, i) => visit(c, `${path}.routes.${i}`, depth + 1)),
    };
  };

  return { root: visit(input, 'input', 0), refs };
}

/** Every time interval name the tree refers to (to refuse deleting one in use). */
export function intervalNamesOf(root: StoredRoute): Set<string> {
  const out = new Set<string>();
  const walk = (r: StoredRoute) => {
    for (const n of [...r.muteTimeIntervals, ...r.activeTimeIntervals]) out.add(n);
    r.routes.forEach(walk);
  };
  walk(root);
  return out;
}
