import { describe, expect, it } from 'vitest';
import type * as GraphQLModule from 'graphql';
import type { Authorizer } from '../../../src/authz/authorizer';
import type { PermissionMap, RuleSpec } from '../../../src/authz/rule-spec';
import type * as WsAuthorizeModule from '../../../src/server/root-fields';
import { loadServerModule } from '../../fixtures/load';

const { authorizeRootFields } = loadServerModule<typeof WsAuthorizeModule>('../../src/server/root-fields.ts');
const { parse } = loadServerModule<typeof GraphQLModule>('graphql');

const map: PermissionMap = {
  Query: {},
  Mutation: {},
  Subscription: {
    userChanged: { kind: 'authenticated' },
    auditLogged: { kind: 'can', action: 'audit:read' },
  },
};

/** A viewer holding everything but audit:read. */
const authz = {
  assertRule(spec: RuleSpec) {
    if (spec.kind === 'can' && spec.action === 'audit:read') throw Object.assign(new Error('Missing permission audit:read'), { code: 'FORBIDDEN' });
  },
} as unknown as Authorizer;

const denied = (query: string, operationName: string | null = null) => authorizeRootFields(parse(query), operationName, map, authz);

describe('authorizeRootFields', () => {
  it('checks direct root fields', () => {
    expect(denied('subscription { userChanged { kind } }')).toBeNull();
    expect(denied('subscription { auditLogged { id } }')?.path).toEqual(['auditLogged']);
  });

  it('checks root fields inside inline fragments, at any depth', () => {
    expect(denied('subscription { ... on Subscription { auditLogged { id } } }')?.path).toEqual(['auditLogged']);
    expect(denied('subscription { ... { ... on Subscription { auditLogged { id } } } }')?.path).toEqual(['auditLogged']);
    expect(denied('subscription { ... @include(if: false) { auditLogged { id } } }')?.path).toEqual(['auditLogged']);
  });

  it('checks root fields reached through named fragment spreads', () => {
    expect(denied('subscription { ...F } fragment F on Subscription { auditLogged { id } }')?.path).toEqual(['auditLogged']);
    expect(
      denied('subscription { ...A } fragment A on Subscription { ...B } fragment B on Subscription { ... on Subscription { auditLogged { id } } }')?.path,
    ).toEqual(['auditLogged']);
  });

  it('terminates on fragment cycles and refuses unknown fragments', () => {
    expect(denied('subscription { ...A } fragment A on Subscription { ...B userChanged { kind } } fragment B on Subscription { ...A }')).toBeNull();
    expect(denied('subscription { ...A } fragment A on Subscription { ...A auditLogged { id } }')?.path).toEqual(['auditLogged']);
    expect(denied('subscription { ...Missing }')).not.toBeNull();
  });

  it('only looks at the selected operation, and refuses fields missing from the map', () => {
    const doc = 'subscription Ok { userChanged { kind } } subscription Bad { ... on Subscription { auditLogged { id } } }';
    expect(denied(doc, 'Ok')).toBeNull();
    expect(denied(doc, 'Bad')).not.toBeNull();
    expect(denied('subscription { ... on Subscription { unknownField } }')?.path).toEqual(['unknownField']);
    expect(denied('subscription { __typename }')).toBeNull();
  });
});
