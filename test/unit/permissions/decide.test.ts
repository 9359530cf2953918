import { describe, it, expect } from 'vitest';
import type { Action } from '../../../src/authz/catalogue';
import type { CheckRequest } from '../../../src/authz/grant.types';
import { check, holdsAnywhere, type Decision } from '../../../src/authz/engine';
import { ALL, NOW, SELF, allow, deny, direct, ids, labels, ms, req, setMap, setNode, user, type UserSpec } from './permissions.fixtures';

type Row = [name: string, spec: UserSpec, request: CheckRequest, reason: Decision['reason']];

const chain5 = setMap(
  setNode('L1', [], ['L2']),
  setNode('L2', [], ['L3']),
  setNode('L3', [], ['L4']),
  setNode('L4', [], ['L5']),
  setNode('L5', [deny('users:write', ids('u1')), allow('audit:read')]),
);

describe('check: effects and inheritance', () => {
  it.each<Row>([
    ['no grants at all', {}, req('users:read', { id: 'u1' }), 'NO_MATCHING_ALLOW'],
    ['direct allow', { directGrants: direct(allow('users:read')) }, req('users:read', { id: 'u1' }), 'ALLOWED'],
    ['allow for another action only', { directGrants: direct(allow('users:read')) }, req('users:write', { id: 'u1' }), 'NO_MATCHING_ALLOW'],
    ['deny beats allow (both direct)', { directGrants: direct(allow('users:write'), deny('users:write')) }, req('users:write', { id: 'u1' }), 'EXPLICIT_DENY'],
    ['deny listed before allow still wins', { directGrants: direct(deny('users:write'), allow('users:write')) }, req('users:write', { id: 'u1' }), 'EXPLICIT_DENY'],
    ['deny inherited 5 deep beats direct allow', { sets: chain5, assign: ['L1'], directGrants: direct(allow('users:write')) }, req('users:write', { id: 'u1' }), 'EXPLICIT_DENY'],
    ['inherited deny on other id leaves direct allow', { sets: chain5, assign: ['L1'], directGrants: direct(allow('users:write')) }, req('users:write', { id: 'u2' }), 'ALLOWED'],
    ['allow inherited 5 deep', { sets: chain5, assign: ['L1'] }, req('audit:read'), 'ALLOWED'],
    ['baseline deny beats set allow', { baseline: [deny('audit:readValues')], sets: setMap(setNode('A', [allow('audit:*')])), assign: ['A'] }, req('audit:readValues'), 'EXPLICIT_DENY'],
    ['users:* allows users:readEmail', { directGrants: direct(allow('users:*')) }, req('users:readEmail', { id: 'u1' }), 'ALLOWED'],
    ['users:* does not reach sessions', { directGrants: direct(allow('users:*')) }, req('sessions:read'), 'NO_MATCHING_ALLOW'],
    ['* allows anything', { directGrants: direct(allow('*')) }, req('permissionSets:delegate'), 'ALLOWED'],
    ['users:* deny beats exact allow', { directGrants: direct(allow('users:read'), deny('users:*')) }, req('users:read', { id: 'u1' }), 'EXPLICIT_DENY'],
    ['* deny beats everything', { directGrants: direct(allow('*'), deny('*')) }, req('audit:read'), 'EXPLICIT_DENY'],
  ])('%s', (_name, spec, request, reason) => {
    const decision = check(user(spec), request, NOW);
    expect(decision.reason).toBe(reason);
    expect(decision.allowed).toBe(reason === 'ALLOWED');
  });
});

const scopeRows: Array<[string, Parameters<typeof allow>[1], Partial<CheckRequest['resource']>, Action, boolean]> = [
  ['IDS: id listed', ids('u1', 'u2'), { id: 'u2' }, 'users:read', true],
  ['IDS: id not listed', ids('u1', 'u2'), { id: 'u3' }, 'users:read', false],
  ['IDS: resource without id', ids('u1'), {}, 'users:read', false],
  ['LABELS: match', labels({ env: 'prod' }), { id: 'x', labels: { env: 'prod' } }, 'users:read', true],
  ['LABELS: extra resource labels are fine', labels({ env: 'prod' }), { labels: { env: 'prod', team: 'a' } }, 'users:read', true],
  ['LABELS: value mismatch', labels({ env: 'prod' }), { labels: { env: 'dev' } }, 'users:read', false],
  ['LABELS: resource has no labels', labels({ env: 'prod' }), { id: 'x' }, 'users:read', false],
  ['LABELS: multi-key all equal', labels({ env: 'prod', team: 'a' }), { labels: { env: 'prod', team: 'a' } }, 'users:read', true],
  ['LABELS: multi-key one missing', labels({ env: 'prod', team: 'a' }), { labels: { env: 'prod' } }, 'users:read', false],
  ['LABELS: multi-key one differs', labels({ env: 'prod', team: 'a' }), { labels: { env: 'prod', team: 'b' } }, 'users:read', false],
  ['LABELS: inherited property name is not a label', labels({ toString: 'x' }), { labels: {} }, 'users:read', false],
  ['LABELS: empty selector ALLOW matches nothing', labels({}), { labels: { env: 'prod' } }, 'users:read', false],
  ['SELF: own user record', SELF, { id: 'me' }, 'users:read', true],
  ['SELF: someone else\'s user record', SELF, { id: 'u1' }, 'users:read', false],
  ['SELF: own session via ownerId', SELF, { id: 's1', ownerId: 'me' }, 'sessions:revoke', true],
  ['SELF: someone else\'s session', SELF, { id: 's1', ownerId: 'u1' }, 'sessions:revoke', false],
  ['SELF: session whose id equals my user id is not mine', SELF, { id: 'me', ownerId: 'u1' }, 'sessions:revoke', false],
  ['SELF: unowned session', SELF, { id: 's1' }, 'sessions:read', false],
  ['ALL: anything of the type', ALL, { id: 'whatever' }, 'sessions:read', true],
];

describe('check: scopes', () => {
  it.each(scopeRows)('%s', (_name, scope, resource, action, allowed) => {
    const perms = user({ directGrants: direct(allow(action, scope)) });
    expect(check(perms, req(action, resource), NOW).allowed).toBe(allowed);
  });

  it.each([
    ['SELF deny on own record beats ALL allow', deny('users:write', SELF), { id: 'me' }, false],
    ['SELF deny leaves other records', deny('users:write', SELF), { id: 'u1' }, true],
    ['LABELS deny on matching labels', deny('users:write', labels({ env: 'prod' })), { id: 'u1', labels: { env: 'prod' } }, false],
    ['LABELS deny ignores unlabelled resource', deny('users:write', labels({ env: 'prod' })), { id: 'u1' }, true],
  ] as const)('%s', (_name, denial, resource, allowed) => {
    const perms = user({ directGrants: direct(allow('users:write'), denial) });
    expect(check(perms, req('users:write', resource), NOW).allowed).toBe(allowed);
  });
});

describe('check: time', () => {
  it.each([
    ['validFrom == now is valid (inclusive)', { validFrom: ms(0) }, true],
    ['validFrom 1 ms after now is not yet valid', { validFrom: ms(1) }, false],
    ['validUntil == now has ended (exclusive)', { validUntil: ms(0) }, false],
    ['validUntil 1 ms after now is valid', { validUntil: ms(1) }, true],
    ['window containing now', { validFrom: ms(-1000), validUntil: ms(1000) }, true],
  ])('grant window: %s', (_name, window, allowed) => {
    const perms = user({ directGrants: direct(allow('audit:read', ALL, window)) });
    expect(check(perms, req('audit:read'), NOW).allowed).toBe(allowed);
  });

  it.each([
    ['expiresAt == now has expired (exclusive)', ms(0), false],
    ['expiresAt 1 ms after now is valid', ms(1), true],
    ['expiresAt null never expires', null, true],
  ])('assignment expiry: %s', (_name, expiresAt, allowed) => {
    const perms = user({ sets: setMap(setNode('A', [allow('audit:read')])), assign: [{ name: 'A', expiresAt }] });
    expect(check(perms, req('audit:read'), NOW).allowed).toBe(allowed);
  });

  it.each([
    ['before expiry the set deny blocks', ms(-1), 'EXPLICIT_DENY'],
    ['at expiry the set deny stops and the direct allow decides', ms(0), 'ALLOWED'],
  ] as const)('one cached compilation, evaluated later: %s', (_name, at, reason) => {
    const perms = user({
      sets: setMap(setNode('Lockout', [deny('users:write')])),
      assign: [{ name: 'Lockout', expiresAt: NOW }],
      directGrants: direct(allow('users:write')),
    });
    expect(check(perms, req('users:write', { id: 'u1' }), at).reason).toBe(reason);
  });
});

describe('check: decision details', () => {
  it('names the deciding set grant with its inheritance path', () => {
    const d = check(user({ sets: chain5, assign: ['L1'] }), req('audit:read'), NOW);
    expect(d.deciding?.source).toMatchObject({ kind: 'SET', setName: 'L5', path: ['L1', 'L2', 'L3', 'L4', 'L5'] });
    expect(d.blockingDeny).toBeNull();
  });

  it('on deny, reports the deny and the allow it overrode', () => {
    const perms = user({ sets: chain5, assign: ['L1'], directGrants: direct(allow('users:*')) });
    const d = check(perms, req('users:write', { id: 'u1' }), NOW);
    expect(d.blockingDeny?.source).toMatchObject({ kind: 'SET', setName: 'L5' });
    expect(d.deciding?.source).toEqual({ kind: 'DIRECT', grantId: 'g1' });
  });
});

describe('holdsAnywhere', () => {
  it.each<[string, UserSpec, Action, boolean]>([
    ['allow on a few ids is enough', { directGrants: direct(allow('users:write', ids('u1'))) }, 'users:write', true],
    ['nothing held', {}, 'users:write', false],
    ['wildcard allow counts', { directGrants: direct(allow('users:*', SELF)) }, 'users:readEmail', true],
    ['ids deny does not close the gate', { directGrants: direct(allow('users:write'), deny('users:write', ids('u1'))) }, 'users:write', true],
    ['labels deny does not close the gate', { directGrants: direct(allow('users:write'), deny('users:write', labels({ a: 'b' }))) }, 'users:write', true],
    ['ALL deny closes the gate', { directGrants: direct(allow('users:write', ids('u1')), deny('users:*')) }, 'users:write', false],
    ['expired allow does not count', { directGrants: direct(allow('audit:read', ALL, { validUntil: NOW })) }, 'audit:read', false],
    ['not-yet-valid allow does not count', { directGrants: direct(allow('audit:read', ALL, { validFrom: ms(1) })) }, 'audit:read', false],
    ['expired ALL deny no longer closes', { directGrants: direct(allow('audit:read'), deny('audit:read', ALL, { validUntil: NOW })) }, 'audit:read', true],
    ['expired assignment does not count', { sets: setMap(setNode('A', [allow('audit:read')])), assign: [{ name: 'A', expiresAt: NOW }] }, 'audit:read', false],
  ])('%s', (_name, spec, action, expected) => {
    expect(holdsAnywhere(user(spec), action, NOW)).toBe(expected);
  });
});
