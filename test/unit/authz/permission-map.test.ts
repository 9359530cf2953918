import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Graphql from 'graphql';
import type * as Resolvers from '../../../src/resolvers';
import type * as RuleSpecModule from '../../../src/authz/rule-spec';
import { loadServerModule } from '../../fixtures/load';

loadServerModule('reflect-metadata');
const { permissionMap } = loadServerModule<typeof Resolvers>('../../src/resolvers/index.ts');
const { describeRule } = loadServerModule<typeof RuleSpecModule>('../../src/authz/rule-spec.ts');
const { buildSchema, isObjectType } = loadServerModule<typeof Graphql>('graphql');

describe('permission map', () => {
  /**
   * A diff in this snapshot changes who can reach an endpoint: review it as a security change.
   */
  it('maps every root field to its rule', () => {
    const readable = Object.fromEntries(
      Object.entries(permissionMap).map(([root, fields]) => [
        root,
        Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)).map(([f, spec]) => [f, describeRule(spec)])),
      ]),
    );
    expect(readable).toMatchSnapshot();
  });

  it('covers exactly the root fields of the committed schema', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
    for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
      const type = schema.getType(root);
      const fields = type && isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
      expect(Object.keys(permissionMap[root]).sort(), root).toEqual(fields);
    }
  });

  it('leaves only the sign-in mutations public (password, MFA, refresh, OIDC)', () => {
    const publicFields = Object.entries(permissionMap).flatMap(([root, fields]) =>
      Object.entries(fields)
        .filter(([, spec]) => (spec as RuleSpecModule.RuleSpec).kind === 'public')
        .map(([f]) => `${root}.${f}`),
    );
    expect(publicFields.sort()).toEqual([
      'Mutation.beginOidcLogin',
      'Mutation.completeOidcLogin',
      'Mutation.login',
      'Mutation.refreshSession',
      'Mutation.verifyMfa',
    ]);
  });
});
