import { describe, expect, it } from 'vitest';
import { Authorizer, type Viewer } from '../../../src/authz/authorizer';
import { AUTHENTICATED, MFA_ENROLMENT, can } from '../../../src/authz/rule-spec';
import { AppError } from '../../../src/errors/app-error';
import { allow, setMap, setNode, user } from '../permissions/permissions.fixtures';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const perms = user({ sets: setMap(setNode('Ops', [allow('users:read')])), assign: ['Ops'] });

function viewer(extra: Partial<Viewer>): Authorizer {
  return new Authorizer({ userId: 'me', sessionId: 's', permissions: perms, ...extra });
}

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a throw');
}

describe('assertSteppedUp', () => {
  it('passes a recent password authentication when the user has no second factor', () => {
    expect(() => viewer({ authenticatedAt: new Date(NOW - 599_000), authLevel: 'PASSWORD' }).assertSteppedUp(600, NOW)).not.toThrow();
  });

  it('asks for the password once the authentication is older than the limit', () => {
    const e = thrown(() => viewer({ authenticatedAt: new Date(NOW - 601_000), authLevel: 'PASSWORD' }).assertSteppedUp(600, NOW));
    expect(e.code).toBe('STEP_UP_REQUIRED');
    expect(e.details.methods).toEqual(['PASSWORD']);
  });

  it('asks for a second factor when the user has TOTP and the session is only at PASSWORD level', () => {
    const e = thrown(() => viewer({ authenticatedAt: new Date(NOW), authLevel: 'PASSWORD', mfaEnabled: true }).assertSteppedUp(600, NOW));
    expect(e.details.methods).toEqual(['TOTP', 'RECOVERY_CODE']);
    expect(() => viewer({ authenticatedAt: new Date(NOW), authLevel: 'MFA', mfaEnabled: true }).assertSteppedUp(600, NOW)).not.toThrow();
  });

  it('treats a viewer without a session (API key) as not stepped up', () => {
    expect(thrown(() => viewer({}).assertSteppedUp(600, NOW)).code).toBe('STEP_UP_REQUIRED');
  });
});

describe('requireMfa policy in assertRule', () => {
  const gated = user({ sets: setMap({ ...setNode('Gate', [allow('users:read')]), requireMfa: true }, setNode('Child', [], ['Gate'])), assign: ['Child'] });

  it('compiles the policy from an inherited set', () => {
    expect(gated.requiresMfa).toBe(true);
    expect(perms.requiresMfa).toBeUndefined();
  });

  it('keeps a holder without TOTP to the enrolment fields', () => {
    const authz = new Authorizer({ userId: 'me', sessionId: 's', permissions: gated, mfaEnabled: false });
    expect(() => authz.assertRule(MFA_ENROLMENT)).not.toThrow();
    const e = thrown(() => authz.assertRule(can('users:read')));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toMatch(/enroll with enrollTotp/);
    expect(() => authz.assertRule(AUTHENTICATED)).toThrow(/second factor/);
  });

  it('lets the holder through once TOTP is enabled', () => {
    const authz = new Authorizer({ userId: 'me', sessionId: 's', permissions: gated, mfaEnabled: true });
    expect(() => authz.assertRule(can('users:read'))).not.toThrow();
  });

  it('ignores an expired assignment', () => {
    const expired = user({
      sets: setMap({ ...setNode('Gate', []), requireMfa: true }),
      assign: [{ name: 'Gate', expiresAt: new Date(Date.parse('2020-01-01')) }],
    });
    expect(expired.requiresMfa).toBeUndefined();
  });
});
