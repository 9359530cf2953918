import { describe, it, expect } from 'vitest';
import type { Action } from '../../../src/authz/catalogue';
import type { Grant } from '../../../src/authz/grant.types';
import { check, holdsAnywhere, type CompiledPermissions } from '../../../src/authz/engine';
import { ALL, NOW, allow, deny, direct, ids, ms, req, user, type UserSpec } from './permissions.fixtures';

function delegatee(opts: { boss: UserSpec; delegated: Grant[]; expiresAt?: Date; own?: UserSpec }): CompiledPermissions {
  const boss = user({ userId: 'boss', ...opts.boss });
  return user({
    ...opts.own,
    delegations: [{ id: 'd1', delegatorId: 'boss', expiresAt: opts.expiresAt ?? ms(60_000), grants: opts.delegated, delegator: boss }],
  });
}

type Row = [name: string, boss: UserSpec, delegated: Grant[], action: Action, id: string, allowed: boolean];

describe('delegation is bounded by what the delegator holds now', () => {
  it.each<Row>([
    ['delegator holds it: allowed', { directGrants: direct(allow('users:write')) }, [allow('users:write')], 'users:write', 'u1', true],
    ['delegator lost the right: denied', {}, [allow('users:write')], 'users:write', 'u1', false],
    ['delegator right ended at now: denied', { directGrants: direct(allow('users:write', ALL, { validUntil: NOW })) }, [allow('users:write')], 'users:write', 'u1', false],
    ['delegator is denied it: denied', { directGrants: direct(allow('users:write'), deny('users:write', ids('u1'))) }, [allow('users:write')], 'users:write', 'u1', false],
    ['broader delegation, inside delegator scope: allowed', { directGrants: direct(allow('users:read', ids('u1'))) }, [allow('users:*')], 'users:read', 'u1', true],
    ['broader delegation, outside delegator ids: denied', { directGrants: direct(allow('users:read', ids('u1'))) }, [allow('users:*')], 'users:read', 'u2', false],
    ['broader delegation, action delegator lacks: denied', { directGrants: direct(allow('users:read', ids('u1'))) }, [allow('users:*')], 'users:write', 'u1', false],
    ['narrower delegation than delegator: only the delegated part', { directGrants: direct(allow('*')) }, [allow('users:read', ids('u1'))], 'users:read', 'u2', false],
  ])('%s', (_name, boss, delegated, action, id, allowed) => {
    const perms = delegatee({ boss, delegated });
    expect(check(perms, req(action, { id }), NOW).allowed).toBe(allowed);
  });

  it.each([
    ['expiresAt == now: expired (exclusive)', ms(0), false],
    ['expiresAt 1 ms after now: valid', ms(1), true],
  ])('delegation expiry: %s', (_name, expiresAt, allowed) => {
    const perms = delegatee({ boss: { directGrants: direct(allow('audit:read')) }, delegated: [allow('audit:read')], expiresAt });
    expect(check(perms, req('audit:read'), NOW).allowed).toBe(allowed);
  });

  it('a delegated DENY blocks the delegatee\'s own allow', () => {
    const perms = delegatee({ boss: {}, delegated: [deny('audit:read')], own: { directGrants: direct(allow('audit:read')) } });
    const d = check(perms, req('audit:read'), NOW);
    expect(d.reason).toBe('EXPLICIT_DENY');
    expect(d.blockingDeny?.source).toMatchObject({ kind: 'DELEGATION', delegationId: 'd1' });
  });

  it('the deciding grant of a delegated allow names the delegation', () => {
    const perms = delegatee({ boss: { directGrants: direct(allow('audit:read')) }, delegated: [allow('audit:read')] });
    expect(check(perms, req('audit:read'), NOW).deciding?.source).toMatchObject({ kind: 'DELEGATION', delegatorId: 'boss' });
  });
});

describe('delegation is never transitive', () => {
  // root -> middle -> me, each delegating users:write; middle holds it only by delegation.
  const root = user({ userId: 'root', directGrants: direct(allow('users:write')) });
  const middle = user({
    userId: 'middle',
    delegations: [{ id: 'd-root', delegatorId: 'root', expiresAt: ms(60_000), grants: [allow('users:write')], delegator: root }],
  });
  const me = user({
    delegations: [{ id: 'd-mid', delegatorId: 'middle', expiresAt: ms(60_000), grants: [allow('users:write')], delegator: middle }],
  });

  it.each([
    ['middle may act through the first delegation', middle, true],
    ['me may not act through the second-hand delegation', me, false],
  ] as const)('%s', (_name, perms, allowed) => {
    expect(check(perms, req('users:write', { id: 'u1' }), NOW).allowed).toBe(allowed);
  });

  it('strips the delegator\'s own delegations from what is stored', () => {
    expect(me.delegated[0].delegator.delegated).toHaveLength(0);
    expect(middle.delegated).toHaveLength(1);
  });
});

describe('holdsAnywhere with delegations', () => {
  it.each([
    ['delegator holds it', { directGrants: direct(allow('audit:read', ids('a1'))) }, true],
    ['delegator does not hold it', {}, false],
  ] as const)('%s', (_name, boss, expected) => {
    const perms = delegatee({ boss, delegated: [allow('audit:read')] });
    expect(holdsAnywhere(perms, 'audit:read', NOW)).toBe(expected);
  });
});
