import { describe, it, expect } from 'vitest';
import type { Grant, GrantScope } from '../../../src/authz/grant.types';
import { covers, coversAll, coversRemoval } from '../../../src/authz/engine';
import { ALL, NOW, SELF, allow, deny, direct, ids, labels, ms, setMap, setNode, user, type UserSpec } from './permissions.fixtures';

const holding = (...grants: Grant[]) => user({ directGrants: direct(...grants) });

describe('covers: scope containment (holder ALLOW users:read <held> vs new ALLOW users:read <given>)', () => {
  it.each<[held: GrantScope, given: GrantScope, ok: boolean]>([
    [ALL, ALL, true],
    [ALL, ids('a'), true],
    [ALL, labels({ env: 'prod' }), true],
    [ALL, SELF, true],
    [ids('a', 'b'), ids('a'), true],
    [ids('a', 'b'), ids('a', 'b'), true],
    [ids('a', 'b'), ids('a', 'c'), false],
    [ids('a'), ALL, false],
    [ids('a'), labels({ env: 'prod' }), false],
    [ids('me'), SELF, false],
    [labels({ env: 'prod' }), labels({ env: 'prod' }), true],
    [labels({ env: 'prod' }), labels({ env: 'prod', team: 'x' }), true],
    [labels({ env: 'prod', team: 'x' }), labels({ env: 'prod' }), false],
    [labels({ env: 'prod' }), labels({ env: 'dev' }), false],
    [labels({ env: 'prod' }), labels({ team: 'x' }), false],
    [labels({ env: 'prod' }), labels({}), false],
    [labels({ env: 'prod' }), ids('a'), false],
    [labels({ env: 'prod' }), ALL, false],
    [labels({ env: 'prod' }), SELF, false],
    [SELF, SELF, true],
    [SELF, ALL, false],
    [SELF, ids('me'), false],
    [SELF, labels({ env: 'prod' }), false],
  ])('held %o, given %o -> %s', (held, given, ok) => {
    expect(covers(holding(allow('users:read', held)), allow('users:read', given), NOW).ok).toBe(ok);
  });
});

describe('covers: denies held by the granter', () => {
  it.each<[denied: GrantScope, given: GrantScope, ok: boolean]>([
    [ids('a'), ids('b'), true],
    [ids('a'), ids('a', 'b'), false],
    [ids('a'), ALL, false],
    [ids('a'), labels({ env: 'prod' }), false],
    [ids('a'), SELF, false],
    [labels({ env: 'prod' }), ids('b'), false],
    [labels({ env: 'prod' }), labels({ env: 'dev' }), false],
    [SELF, SELF, false],
    [SELF, ids('b'), false],
    [ALL, ids('b'), false],
  ])('deny %o, given %o -> %s', (denied, given, ok) => {
    expect(covers(holding(allow('users:write'), deny('users:write', denied)), allow('users:write', given), NOW).ok).toBe(ok);
  });

  it.each([
    ['an ended deny no longer restricts', { validUntil: NOW }, true],
    ['a deny that starts later already restricts', { validFrom: ms(60_000) }, false],
  ])('%s', (_name, window, ok) => {
    const holder = holding(allow('users:write'), deny('users:write', ALL, window));
    expect(covers(holder, allow('users:write'), NOW).ok).toBe(ok);
  });
});

describe('covers: actions and wildcards', () => {
  it.each<[string, Grant[], Grant, { ok: boolean; action?: string }]>([
    ['exact action held', [allow('users:read')], allow('users:read'), { ok: true }],
    ['users:* needs every users action', [allow('users:read')], allow('users:*'), { ok: false, action: 'users:readEmail' }],
    ['users:* covered by users:*', [allow('users:*')], allow('users:*'), { ok: true }],
    ['* covered by *', [allow('*')], allow('*'), { ok: true }],
    ['* not covered by users:*', [allow('users:*')], allow('*'), { ok: false, action: 'sessions:read' }],
    ['* with a deny on one id, granting other ids', [allow('*'), deny('users:write', ids('x'))], allow('users:*', ids('y')), { ok: true }],
    ['* with a deny on one id, granting that id', [allow('*'), deny('users:write', ids('x'))], allow('users:*', ids('x')), { ok: false, action: 'users:write' }],
    ['nothing held', [], allow('audit:read'), { ok: false, action: 'audit:read' }],
    ['granting a DENY is always fine', [], deny('*'), { ok: true }],
    ['granting a DENY while denied is fine', [deny('*')], deny('users:write', ALL), { ok: true }],
  ])('%s', (_name, held, given, expected) => {
    expect(covers(holding(...held), given, NOW)).toMatchObject(expected);
  });
});

describe('covers: time', () => {
  const T = ms(60_000);
  it.each<[string, UserSpec, Grant, boolean]>([
    ['holder open-ended, new open-ended', { directGrants: direct(allow('audit:read')) }, allow('audit:read'), true],
    ['holder ends at T, new open-ended', { directGrants: direct(allow('audit:read', ALL, { validUntil: T })) }, allow('audit:read'), false],
    ['holder ends at T, new ends at T', { directGrants: direct(allow('audit:read', ALL, { validUntil: T })) }, allow('audit:read', ALL, { validUntil: T }), true],
    ['holder ends at T, new ends before T', { directGrants: direct(allow('audit:read', ALL, { validUntil: T })) }, allow('audit:read', ALL, { validUntil: ms(1) }), true],
    ['holder ends at T, new ends 1 ms after T', { directGrants: direct(allow('audit:read', ALL, { validUntil: T })) }, allow('audit:read', ALL, { validUntil: ms(60_001) }), false],
    ['holder not yet valid', { directGrants: direct(allow('audit:read', ALL, { validFrom: ms(1) })) }, allow('audit:read'), false],
    ['holder already ended', { directGrants: direct(allow('audit:read', ALL, { validUntil: NOW })) }, allow('audit:read', ALL, { validUntil: NOW }), false],
    ['holder assignment expires at T, new open-ended', { sets: setMap(setNode('S', [allow('audit:read')])), assign: [{ name: 'S', expiresAt: T }] }, allow('audit:read'), false],
    ['holder assignment expires at T, new ends at T', { sets: setMap(setNode('S', [allow('audit:read')])), assign: [{ name: 'S', expiresAt: T }] }, allow('audit:read', ALL, { validUntil: T }), true],
    ['a longer-lived second grant can cover', { directGrants: direct(allow('audit:read', ALL, { validUntil: T }), allow('audit:read')) }, allow('audit:read'), true],
  ])('%s', (_name, spec, given, ok) => {
    expect(covers(user(spec), given, NOW).ok).toBe(ok);
  });
});

describe('covers: delegated rights and reasons', () => {
  it('does not count rights the holder only has by delegation', () => {
    const boss = user({ userId: 'boss', directGrants: direct(allow('audit:read')) });
    const holder = user({ delegations: [{ id: 'd', delegatorId: 'boss', expiresAt: ms(10_000), grants: [allow('audit:read')], delegator: boss }] });
    expect(covers(holder, allow('audit:read'), NOW)).toMatchObject({ ok: false, action: 'audit:read' });
  });

  it.each<[string, Grant[], Grant, string]>([
    ['missing action', [], allow('audit:read'), 'do not hold audit:read'],
    ['narrower scope', [allow('users:read', ids('a'))], allow('users:read'), 'do not cover all resources'],
    ['blocking deny names its source', [allow('users:read'), deny('users:read', SELF)], allow('users:read', ids('a')), 'denied users:read on own records (SELF) by direct grant g2'],
    ['window too long', [allow('users:read', ALL, { validUntil: ms(5) })], allow('users:read'), `ends at ${ms(5).toISOString()}`],
    ['unknown action', [allow('*')], allow('nope:read' as never), 'unknown action pattern nope:read'],
  ])('reason for %s', (_name, held, given, fragment) => {
    const result = covers(holding(...held), given, NOW);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(fragment);
  });
});

describe('coversAll', () => {
  const holder = holding(allow('users:read'), allow('audit:read', ids('a')));
  it.each<[string, Grant[], { ok: boolean; action?: string }]>([
    ['empty list', [], { ok: true }],
    ['all covered', [allow('users:read', ids('x')), allow('audit:read', ids('a')), deny('*')], { ok: true }],
    ['reports the first failure', [allow('users:read'), allow('audit:read'), allow('users:write')], { ok: false, action: 'audit:read' }],
  ])('%s', (_name, grants, expected) => {
    expect(coversAll(holder, grants, NOW)).toMatchObject(expected);
  });
});

describe('coversRemoval: lifting a DENY widens access like granting the ALLOW it blocked', () => {
  it.each<[held: Grant[], removed: Grant, ok: boolean]>([
    [[allow('users:write', ALL)], deny('users:write', ALL), true],
    [[allow('users:read', ALL)], deny('users:write', ALL), false],
    [[allow('users:write', labels({ team: 'payments' }))], deny('users:write', labels({ team: 'payments' })), true],
    [[allow('users:write', labels({ team: 'payments' }))], deny('users:write', ALL), false],
    [[allow('users:write', ALL), deny('users:write', ids('a'))], deny('users:write', ALL), false],
    [[], allow('users:read', ALL), false],
    [[allow('users:*', ALL)], allow('users:read', ALL), true],
  ])('holder %o removing %o -> %s', (held, removed, ok) => {
    expect(coversRemoval(holding(...held), [removed], NOW).ok).toBe(ok);
  });
});
