import type { StoredRoute } from '../../../db/schema';
import { matches } from '../../shared/label-matchers';

/** Alertmanager's defaults for the root route. */
export const DEFAULT_GROUP_WAIT_MS = 30_000;
export const DEFAULT_GROUP_INTERVAL_MS = 5 * 60_000;
export const DEFAULT_REPEAT_INTERVAL_MS = 4 * 3_600_000;
/** groupBy: ['...'] groups by every label (each alert its own group), as Alertmanager's `group_by: ['...']`. */
export const GROUP_BY_ALL = '...';

export const ROOT_ROUTE_ID = 'root';

export const defaultRoot = (): StoredRoute => ({
  id: ROOT_ROUTE_ID,
  matchers: [],
  continue: false,
  receivers: [],
  groupBy: [],
  groupWaitMs: null,
  groupIntervalMs: null,
  repeatIntervalMs: null,
  muteTimeIntervals: [],
  activeTimeIntervals: [],
  routes: [],
});

/** A route with every inherited value filled in: what matching and flushing act on. */
export interface EffectiveRoute {
  id: string;
  receivers: string[];
  groupBy: string[];
  groupWaitMs: number;
  groupIntervalMs: number;
  repeatIntervalMs: number;
  muteTimeIntervals: string[];
  activeTimeIntervals: string[];
}

/**
 * Fills a child's unset fields from its parent (Alertmanager: receiver, group_by and the three
 * timings inherit; time intervals do not). An empty receivers list inherits the parent's.
 */
export function effective(route: StoredRoute, parent: EffectiveRoute | null): EffectiveRoute {
  return {
    id: route.id,
    receivers: route.receivers.length > 0 || !parent ? route.receivers : parent.receivers,
    groupBy: route.groupBy ?? parent?.groupBy ?? [],
    groupWaitMs: route.groupWaitMs ?? parent?.groupWaitMs ?? DEFAULT_GROUP_WAIT_MS,
    groupIntervalMs: route.groupIntervalMs ?? parent?.groupIntervalMs ?? DEFAULT_GROUP_INTERVAL_MS,
    repeatIntervalMs: route.repeatIntervalMs ?? parent?.repeatIntervalMs ?? DEFAULT_REPEAT_INTERVAL_MS,
    muteTimeIntervals: route.muteTimeIntervals,
    activeTimeIntervals: route.activeTimeIntervals,
  };
}

/**
 * Alertmanager's `Route.Match` (dispatch/route.go): a route whose matchers do not match yields
 * nothing; otherwise its children are tried in order, each matching child contributes its own
 * matches, and the first matching child without `continue` ends the search. If no child matched,
 * the route itself is the match. The root always matches (its matchers are ignored, as there).
 */
export function matchRoutes(root: StoredRoute, labels: Readonly<Record<string, string>>): EffectiveRoute[] {
  return walk(root, null, labels, true);
}

function walk(route: StoredRoute, parent: EffectiveRoute | null, labels: Readonly<Record<string, string>>, isRoot: boolean): EffectiveRoute[] {
  if (!isRoot && !matches(labels, route.matchers)) return [];
  const self = effective(route, parent);
  const all: EffectiveRoute[] = [];
  for (const child of route.routes) {
    const found = walk(child, self, labels, false);
    all.push(...found);
    if (found.length > 0 && !child.continue) break;
  }
  return all.length > 0 ? all : [self];
}

/** Finds a route by id with its inherited values (null when the tree no longer has it). */
export function findEffective(root: StoredRoute, id: string): EffectiveRoute | null {
  const search = (route: StoredRoute, parent: EffectiveRoute | null): EffectiveRoute | null => {
    const self = effective(route, parent);
    if (route.id === id) return self;
    for (const child of route.routes) {
      const hit = search(child, self);
      if (hit) return hit;
    }
    return null;
  };
  return search(root, null);
}

/** The labels that make up an alert's group on a route (all labels for '...'). */
export function groupLabelsOf(route: EffectiveRoute, labels: Readonly<Record<string, string>>): Record<string, string> {
  if (route.groupBy.includes(GROUP_BY_ALL)) return { ...labels };
  const out: Record<string, string> = {};
  for (const name of [...route.groupBy].sort()) if (labels[name] !== undefined && labels[name] !== '') out[name] = labels[name]!;
  return out;
}

/** Route id + sorted group label pairs: equal on every node for the same alerts. */
export function groupKeyOf(routeId: string, groupLabels: Record<string, string>): string {
  const pairs = Object.keys(groupLabels)
    .sort()
    .map((k) => [k, groupLabels[k]]);
  return `${routeId}:${JSON.stringify(pairs)}`;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a Prometheus-style duration ("500ms", "30s", "5m", "1h30m"); throws a message on anything else. */
export function parseDuration(text: string): number {
  if (!/^(\d+(ms|s|m|h|d))+$/.test(text)) throw new Error(`"${text}" is not a duration (e.g. 30s, 5m, 4h, 1h30m)`);
  let total = 0;
  for (const m of text.matchAll(/(\d+)(ms|s|m|h|d)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

/** The shortest text for a duration in ms ("1h30m", "500ms"). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000], ['ms', 1]] as const) {
    if (rest >= size) {
      out += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return out;
}
