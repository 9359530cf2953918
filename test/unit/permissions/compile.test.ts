import { describe, it, expect } from 'vitest';
import { ALL_ACTIONS, type Action } from '../../../src/authz/catalogue';
import type { Grant } from '../../../src/authz/grant.types';
import { compilePermissions, withoutDelegations } from '../../../src/authz/engine';
import { NOW, allow, deny, direct, labels, ms, setMap, setNode, user } from './permissions.fixtures';

const sets = setMap(
  setNode('Top', [allow('users:read')], ['Left', 'Right']),
  setNode('Left', [allow('users:write')], ['Base']),
  setNode('Right', [deny('sessions:revoke')], ['Base']),
  setNode('Base', [allow('audit:read')]),
);

describe('compilePermissions: sources', () => {
  const perms = user({
    baseline: [allow('users:read', { kind: 'SELF' })],
    sets,
    assign: [{ name: 'Top', expiresAt: ms(1000) }],
    directGrants: direct(allow('sessions:read')),
  });

  it.each<[number, Action, object]>([
    [0, 'users:read', { kind: 'BASELINE' }],
    [1, 'users:read', { kind: 'SET', setName: 'Top', path: ['Top'], assignmentExpiresAt: ms(1000) }],
    [2, 'users:write', { kind: 'SET', setName: 'Left', path: ['Top', 'Left'] }],
    [3, 'sessions:revoke', { kind: 'SET', setName: 'Right', path: ['Top', 'Right'] }],
    [4, 'audit:read', { kind: 'SET', setId: 'id-Base', path: ['Top', 'Left', 'Base'], assignmentExpiresAt: ms(1000) }],
    [5, 'sessions:read', { kind: 'DIRECT', grantId: 'g1' }],
  ])('grant %i (%s) has source %o', (i, action, source) => {
    expect(perms.grants[i].action).toBe(action);
    expect(perms.grants[i].source).toMatchObject(source);
  });

  it('emits the diamond base once and nothing else', () => {
    expect(perms.grants).toHaveLength(6);
    expect(perms.userId).toBe('me');
    expect(perms.compiledAt).toBe(NOW);
  });

  it('does not copy database row fields such as id into the grant', () => {
    expect(Object.keys(perms.grants[5]).sort()).toEqual(['action', 'effect', 'scope', 'source']);
  });

  it('keeps an already expired assignment (check decides, so cached results age correctly)', () => {
    const expired = user({ sets, assign: [{ name: 'Base', expiresAt: ms(-1) }] });
    expect(expired.grants).toHaveLength(1);
    expect(expired.index.get('audit:read')?.allow).toHaveLength(1);
  });

  it.each([
    ['unknown set id', user({ sets, assign: ['Nope'] }), 0],
    ['same set assigned twice keeps both expiries', user({ sets, assign: ['Base', { name: 'Base', expiresAt: ms(5) }] }), 2],
  ])('%s', (_name, p, count) => {
    expect(p.grants).toHaveLength(count);
  });
});

describe('compilePermissions: index', () => {
  const bucketSizes = (grants: Grant[]) => {
    const index = user({ directGrants: direct(...grants) }).index;
    return Object.fromEntries(ALL_ACTIONS.map((a) => [a, (index.get(a)?.allow.length ?? 0) + (index.get(a)?.deny.length ?? 0)]));
  };

  it.each<[string, Grant[], Partial<Record<Action, number>>, number]>([
    ['exact action lands in its own bucket only', [allow('audit:read')], { 'audit:read': 1 }, 1],
    ['users:* expands to every users action', [allow('users:*')], { 'users:read': 1, 'users:readEmail': 1, 'users:write': 1 }, 3],
    ['* expands to every action', [deny('*')], { 'permissionSets:delegate': 1, 'sessions:read': 1 }, ALL_ACTIONS.length],
    ['unknown action pattern is not indexed', [allow('nope:*' as never)], {}, 0],
    ['ALLOW with an empty label selector is not indexed', [allow('audit:read', labels({}))], {}, 0],
    ['DENY with an empty label selector is kept (fails closed)', [deny('audit:read', labels({}))], { 'audit:read': 1 }, 1],
  ])('%s', (_name, grants, expected, total) => {
    const sizes = bucketSizes(grants);
    expect(sizes).toMatchObject(expected);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('indexes delegated grants apart from own ones', () => {
    const boss = user({ userId: 'boss', directGrants: direct(allow('*')) });
    const p = user({
      directGrants: direct(allow('audit:read')),
      delegations: [{ id: 'd', delegatorId: 'boss', expiresAt: ms(10), grants: [allow('audit:read'), deny('audit:read')], delegator: boss }],
    });
    const b = p.index.get('audit:read');
    expect([b?.allow.length, b?.deny.length, b?.delegatedAllow.length, b?.delegatedDeny.length]).toEqual([1, 0, 1, 1]);
    expect(p.delegated.map((d) => d.grant.source)).toEqual([
      { kind: 'DELEGATION', delegationId: 'd', delegatorId: 'boss', expiresAt: ms(10) },
      { kind: 'DELEGATION', delegationId: 'd', delegatorId: 'boss', expiresAt: ms(10) },
    ]);
  });
});

describe('compilePermissions: delegators', () => {
  const root = user({ userId: 'root', directGrants: direct(allow('*')) });
  const mid = user({
    userId: 'mid',
    directGrants: direct(allow('audit:read')),
    delegations: [{ id: 'd0', delegatorId: 'root', expiresAt: ms(10), grants: [allow('users:write')], delegator: root }],
  });

  it('stores the delegator without their delegations, keeping their own grants', () => {
    const p = user({ delegations: [{ id: 'd1', delegatorId: 'mid', expiresAt: ms(10), grants: [allow('*')], delegator: mid }] });
    const stored = p.delegated[0].delegator;
    expect(stored.delegated).toEqual([]);
    expect(stored.index.get('users:write')).toBeUndefined();
    expect(stored.index.get('audit:read')?.allow).toHaveLength(1);
  });

  it.each([
    ['returns the same object when there is nothing to strip', root, true],
    ['returns a copy when there is', mid, false],
  ])('withoutDelegations %s', (_name, perms, same) => {
    expect(withoutDelegations(perms) === perms).toBe(same);
  });

  it('rejects permissions compiled for someone other than the named delegator', () => {
    expect(() =>
      compilePermissions({
        userId: 'me', assignments: [], directGrants: [], sets: new Map(), baseline: [],
        delegations: [{ id: 'd', delegatorId: 'mid', expiresAt: ms(10), grants: [], delegator: root }],
      }),
    ).toThrow(/root, not mid/);
  });
});
