import type { GraphQLFieldResolver, GraphQLObjectType as ObjectType, GraphQLSchema as Schema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PermissionMap } from '../../../src/authz/rule-spec';
import { loadServerModule } from '../../fixtures/load';

// graphql, graphql-middleware and the server modules from one (CommonJS) realm, as the server runs.
const { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } = loadServerModule<typeof import('graphql')>('graphql');
const { applyMiddleware } = loadServerModule<typeof import('graphql-middleware')>('graphql-middleware');
const { Authorizer } = loadServerModule<typeof import('../../../src/authz/authorizer')>('../../src/authz/authorizer.ts');
const { buildShield } = loadServerModule<typeof import('../../../src/authz/shield')>('../../src/authz/shield.ts');

const nameResolver: GraphQLFieldResolver<{ name: string }, unknown> = (thing) => thing.name;

function served() {
  const Thing = new GraphQLObjectType({
    name: 'Thing',
    fields: {
      name: { type: GraphQLString, resolve: nameResolver },
      secret: { type: GraphQLString, resolve: () => 'secret' },
    },
  });
  const thing = () => ({ name: 'thing' });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { open: { type: Thing, resolve: thing }, closed: { type: Thing, resolve: thing }, unmapped: { type: Thing, resolve: thing } },
    }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: { noop: { type: GraphQLString, resolve: () => 'done' } } }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: { ticks: { type: GraphQLString } } }),
  });
  const map: PermissionMap = { Query: { open: { kind: 'public' }, closed: { kind: 'authenticated' } }, Mutation: {}, Subscription: {} };
  return applyMiddleware(schema, buildShield(schema, map, { Thing: { secret: { kind: 'authenticated' } } }));
}

const anonymously = (schema: Schema, source: string) =>
  graphql({ schema, source, contextValue: { authz: new Authorizer(null) } });

describe('shield wrapping', () => {
  it('keeps deny by default on root fields and field rules, and runs open fields of nested types unwrapped', async () => {
    const schema = served();
    const open = await anonymously(schema, '{ open { name } }');
    expect(open.errors).toBeUndefined();
    expect(open.data).toEqual({ open: { name: 'thing' } });

    const unmapped = await anonymously(schema, '{ unmapped { name } }');
    expect(unmapped.errors?.[0]?.message).toBe('Not allowed');
    expect(unmapped.data).toEqual({ unmapped: null });
    const closed = (await anonymously(schema, '{ closed { name } }')).errors?.[0]?.originalError as { code?: string } | undefined;
    expect(closed?.code).toBe('UNAUTHENTICATED');
    const secret = await anonymously(schema, '{ open { name secret } }');
    expect(secret.errors?.[0]?.path).toEqual(['open', 'secret']);
    expect(secret.data).toEqual({ open: { name: 'thing', secret: null } });

    // No wrapper on an open field: its own resolver, synchronous, runs as written.
    const thing = schema.getType('Thing') as ObjectType;
    expect(thing.getFields()['name']!.resolve).toBe(nameResolver);
    expect(thing.getFields()['secret']!.resolve).not.toBe(undefined);
    expect((await anonymously(schema, 'mutation { noop }')).errors?.[0]?.message).toBe('Not allowed');
  });
});
