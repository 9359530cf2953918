import { describe, expect, it } from 'vitest';
import type { StoredRoute } from '../../../src/db/schema';
import { defaultRoot, findEffective, formatDuration, groupKeyOf, groupLabelsOf, matchRoutes, parseDuration } from '../../../src/services/alerts/routing/route-tree';
import { validateTree } from '../../../src/services/alerts/routing/route-tree.validation';

const route = (id: string, over: Partial<StoredRoute> = {}): StoredRoute => ({ ...defaultRoot(), id, groupBy: null, ...over });
const eq = (name: string, value: string) => ({ name, op: '=' as const, value });

/** Alertmanager's dispatch/route.go semantics, case by case. */
describe('routing tree matching', () => {
  const tree: StoredRoute = {
    ...defaultRoot(),
    receivers: ['root-rx'],
    groupBy: ['alertname'],
    groupWaitMs: 10_000,
    routes: [
      route('db', {
        matchers: [eq('service', 'db')],
        receivers: ['db-rx'],
        continue: true,
        routes: [route('db-crit', { matchers: [eq('severity', 'critical')], receivers: ['pager'], repeatIntervalMs: 60_000 })],
      }),
      route('team-a', { matchers: [{ name: 'team', op: '=~', value: 'a|b' }], groupBy: ['...'] }),
      route('never', { matchers: [eq('team', 'a')], receivers: ['never-rx'] }),
    ],
  };

  it('no matching child: the root itself matches', () => {
    expect(matchRoutes(tree, { service: 'web' }).map((r) => r.id)).toEqual(['root']);
  });

  it('the deepest matching route wins; a child without matches leaves its parent as the match', () => {
    expect(matchRoutes(tree, { service: 'db', severity: 'critical' }).map((r) => r.id)).toEqual(['db-crit']);
    expect(matchRoutes(tree, { service: 'db', severity: 'warning' }).map((r) => r.id)).toEqual(['db']);
  });

  it('continue goes on to later siblings; the first match without continue stops the search', () => {
    expect(matchRoutes(tree, { service: 'db', team: 'a' }).map((r) => r.id)).toEqual(['db', 'team-a']);
    // team-a has no continue: "never" is not reached though it matches.
    expect(matchRoutes(tree, { team: 'a' }).map((r) => r.id)).toEqual(['team-a']);
  });

  it('children inherit receivers, groupBy and timings; defaults are 30s/5m/4h', () => {
    const [crit] = matchRoutes(tree, { service: 'db', severity: 'critical' });
    expect(crit).toMatchObject({ receivers: ['pager'], groupBy: ['alertname'], groupWaitMs: 10_000, groupIntervalMs: 300_000, repeatIntervalMs: 60_000 });
    const [teamA] = matchRoutes(tree, { team: 'b' });
    expect(teamA).toMatchObject({ receivers: ['root-rx'], groupBy: ['...'], repeatIntervalMs: 4 * 3_600_000 });
    expect(findEffective(tree, 'db-crit')?.groupWaitMs).toBe(10_000);
    expect(findEffective(tree, 'gone')).toBeNull();
  });

  it('groups by the groupBy labels (all labels for "...") and keys groups by route and values', () => {
    const [teamA] = matchRoutes(tree, { team: 'b', instance: 'x' });
    expect(groupLabelsOf(teamA!, { team: 'b', instance: 'x' })).toEqual({ team: 'b', instance: 'x' });
    const root = findEffective(tree, 'root')!;
    expect(groupLabelsOf(root, { alertname: 'A', instance: 'x' })).toEqual({ alertname: 'A' });
    expect(groupKeyOf('r', { b: '2', a: '1' })).toBe(groupKeyOf('r', { a: '1', b: '2' }));
    expect(groupKeyOf('r', { a: '1' })).not.toBe(groupKeyOf('s', { a: '1' }));
  });
});

describe('durations and validation', () => {
  it('parses and formats Prometheus durations', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(() => parseDuration('5 minutes')).toThrow(/not a duration/);
  });

  it('refuses matchers on the root, bad durations, bad groupBy and duplicate ids, naming the field', () => {
    const field = (input: Parameters<typeof validateTree>[0]) => {
      try {
        validateTree(input);
        return 'ok';
      } catch (err) {
        return (err as { details?: { field?: string } }).details?.field ?? String(err);
      }
    };
    expect(field({ matchers: [eq('a', 'b')] })).toBe('input');
    expect(field({ routes: [{ groupWait: 'soon' }] })).toBe('input.routes.0.groupWait');
    expect(field({ routes: [{ groupBy: ['...', 'team'] }] })).toBe('input.routes.0.groupBy');
    expect(field({ routes: [{ id: 'x' }, { id: 'x' }] })).toBe('input.routes.1.id');
    expect(field({ routes: [{ matchers: [{ name: 'team', op: '=~', value: '(' }] }] })).toBe('input.routes.0.matchers.0.value');
    const { root, refs } = validateTree({ receivers: ['c1'], routes: [{ id: 'keep', muteTimeIntervals: ['nights'] }, {}] });
    expect(root.id).toBe('root');
    expect(root.routes[0]!.id).toBe('keep');
    expect(root.routes[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect([...refs.channelIds]).toEqual(['c1']);
    expect([...refs.intervalNames]).toEqual(['nights']);
  });
});
