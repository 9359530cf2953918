import { describe, it, expect } from 'vitest';
import { check, explain } from '../../../src/authz/engine';
import type { CheckRequest } from '../../../src/authz/grant.types';
import { NOW, allow, deny, direct, ids, labels, ms, req, setMap, setNode, user, type UserSpec } from './permissions.fixtures';

const sets = setMap(
  setNode('Admin', [deny('users:write', ids('root'))], ['Operators']),
  setNode('Operators', [allow('users:*', labels({ env: 'prod' }))]),
);
const boss = user({ userId: 'boss', directGrants: direct(allow('audit:read')) });

describe('explain', () => {
  it.each<[string, UserSpec, CheckRequest, string[]]>([
    ['allowed via inherited set', { sets, assign: ['Admin'] }, req('users:read', { labels: { env: 'prod' } }), [
      'Allowed', 'ALLOW users:*', 'labels {env=prod}', 'set Operators (via Admin > Operators)',
    ]],
    ['denied by inherited deny over a direct allow', { sets, assign: ['Admin'], directGrants: direct(allow('users:write')) }, req('users:write', { id: 'root' }), [
      'Denied by explicit DENY users:write', 'ids [root]', 'set Admin', 'overrides ALLOW users:write', 'direct grant g1',
    ]],
    ['denied with nothing to override', { directGrants: direct(deny('audit:read')) }, req('audit:read'), [
      'Denied by explicit DENY audit:read', 'direct grant g1', 'No ALLOW would have matched',
    ]],
    ['default deny', {}, req('audit:read'), ['Denied by default']],
    ['allowed via delegation', {
      delegations: [{ id: 'd7', delegatorId: 'boss', expiresAt: ms(1000), grants: [allow('audit:read')], delegator: boss }],
    }, req('audit:read'), ['Allowed', 'delegation d7 from user boss', ms(1000).toISOString()]],
    ['assignment expiry and window are shown', {
      sets: setMap(setNode('Temp', [allow('audit:read', undefined, { validUntil: ms(5000) })])), assign: [{ name: 'Temp', expiresAt: ms(9000) }],
    }, req('audit:read'), ['set Temp', `valid until ${ms(5000).toISOString()}`, `assignment expires ${ms(9000).toISOString()}`]],
  ])('%s', (_name, spec, request, fragments) => {
    const text = explain(check(user(spec), request, NOW));
    for (const fragment of fragments) expect(text).toContain(fragment);
  });
});
