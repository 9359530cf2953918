import type { ExecutionResult, GraphQLError as GqlError, GraphQLObjectType as ObjectType, GraphQLSchema as Schema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PermissionMap } from '../../../src/authz/rule-spec';
import { loadServerModule } from '../../fixtures/load';

// graphql, graphql-jit, graphql-middleware and the server modules from one (CommonJS) realm, as the server runs.
const graphql = loadServerModule<typeof import('graphql')>('graphql');
const { GraphQLError, GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLInt, GraphQLUnionType, parse } =
  graphql;
const { applyMiddleware } = loadServerModule<typeof import('graphql-middleware')>('graphql-middleware');
const { Authorizer } = loadServerModule<typeof import('../../../src/authz/authorizer')>('../../src/authz/authorizer.ts');
const { buildShield } = loadServerModule<typeof import('../../../src/authz/shield')>('../../src/authz/shield.ts');
const { AppError } = loadServerModule<typeof import('../../../src/errors/app-error')>('../../src/errors/app-error.ts');
const { unwrap } = loadServerModule<typeof import('../../../src/errors/format-error')>('../../src/errors/format-error.ts');
const { DateTime, JSONObject } = loadServerModule<typeof import('../../../src/schema/shared/scalars')>('../../src/schema/shared/scalars.ts');
const { createJitExecutor, Lru } = loadServerModule<typeof import('../../../src/server/jit-executor')>('../../src/server/jit-executor.ts');
const { createLogger } = loadServerModule<typeof import('../../../src/logger')>('../../src/logger.ts');

const CREATED = new Date('2026-01-02T03:04:05.678Z');

/** A small schema with what ours has (custom scalars, typed errors, shield) and what it has not yet (abstract types). */
function served(): Schema {
  const Node = new GraphQLInterfaceType({ name: 'Node', fields: { id: { type: new GraphQLNonNull(GraphQLString) } } });
  const Person: ObjectType = new GraphQLObjectType({
    name: 'Person',
    interfaces: [Node],
    isTypeOf: (v: { kind: string }) => v.kind === 'person',
    fields: () => ({
      id: { type: new GraphQLNonNull(GraphQLString) },
      name: { type: GraphQLString },
      createdAt: { type: new GraphQLNonNull(DateTime) },
      labels: { type: JSONObject },
      // A thrown AppError on a nullable field: null there, one typed error.
      email: { type: GraphQLString, resolve: () => Promise.reject(AppError.forbidden('Missing permission users:readEmail')) },
      // A thrown error on a non-null field: null propagates to the nearest nullable parent.
      strict: { type: new GraphQLNonNull(GraphQLString), resolve: () => { throw new AppError('NOT_FOUND', 'strict not found'); } },
      extended: { type: GraphQLString, resolve: () => { throw new GraphQLError('with extensions', { extensions: { code: 'BAD_USER_INPUT', field: 'x' } }); } },
      plain: { type: GraphQLString, resolve: () => { throw new Error('database exploded'); } },
      secret: { type: GraphQLString, resolve: () => 'secret' },
      friends: { type: new GraphQLList(new GraphQLNonNull(Person)), resolve: () => [person('p2'), { kind: 'person', id: null }] },
    }),
  });
  const Robot = new GraphQLObjectType({
    name: 'Robot',
    interfaces: [Node],
    isTypeOf: (v: { kind: string }) => v.kind === 'robot',
    fields: { id: { type: new GraphQLNonNull(GraphQLString) }, model: { type: GraphQLInt } },
  });
  const Thing = new GraphQLUnionType({ name: 'Thing', types: [Person, Robot], resolveType: (v: { kind: string }) => (v.kind === 'person' ? 'Person' : 'Robot') });
  const person = (id: string) => ({ kind: 'person', id, name: `name ${id}`, createdAt: CREATED, labels: { team: 'sre', n: 1, nested: { a: [1, 'b', null] } } });
  const things = () => [person('p1'), { kind: 'robot', id: 'r1', model: 42 }];
  const schema = new GraphQLSchema({
    types: [Person, Robot],
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        person: { type: Person, args: { id: { type: new GraphQLNonNull(GraphQLString) } }, resolve: (_s, { id }) => person(id as string) },
        people: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Person))), args: { first: { type: GraphQLInt } }, resolve: async (_s, { first }) => [person('a'), person('b')].slice(0, (first as number | null) ?? 2) },
        things: { type: new GraphQLList(Thing), resolve: things },
        nodes: { type: new GraphQLList(Node), resolve: things },
        after: { type: DateTime, args: { at: { type: new GraphQLNonNull(DateTime) } }, resolve: (_s, { at }) => at },
        echo: { type: JSONObject, args: { value: { type: JSONObject } }, resolve: (_s, { value }) => value },
        closed: { type: GraphQLString, resolve: () => 'closed' },
        unmapped: { type: GraphQLString, resolve: () => 'unmapped' },
        notNull: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
      },
    }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        rename: { type: Person, args: { name: { type: new GraphQLNonNull(GraphQLString) } }, resolve: async (_s, { name }) => ({ ...person('m'), name }) },
        destroy: { type: GraphQLString, resolve: () => 'destroyed' },
      },
    }),
    subscription: new GraphQLObjectType({ name: 'Subscription', fields: { ticks: { type: GraphQLString } } }),
  });
  const map: PermissionMap = {
    Query: {
      person: { kind: 'public' },
      people: { kind: 'public' },
      things: { kind: 'public' },
      nodes: { kind: 'public' },
      after: { kind: 'public' },
      echo: { kind: 'public' },
      notNull: { kind: 'public' },
      closed: { kind: 'authenticated' },
    },
    Mutation: { rename: { kind: 'public' } },
    Subscription: {},
  };
  return applyMiddleware(schema, buildShield(schema, map, { Person: { secret: { kind: 'authenticated' } } }));
}

/** What a client and our formatError see of a result: the JSON text, and each error's original error. */
function observed(result: ExecutionResult) {
  const errors = (result.errors ?? []) as GqlError[];
  return {
    json: JSON.stringify({ errors: errors.length ? errors.map((e) => e.toJSON()) : undefined, data: result.data }),
    originals: errors.map((e) => {
      const original = unwrap(e) as { name?: string; code?: string; message?: string };
      return { name: original.name, code: original.code, message: original.message };
    }),
  };
}

const CASES: Array<[string, string, Record<string, unknown>?]> = [
  ['scalars and __typename', '{ person(id: "p1") { __typename id name createdAt labels } }'],
  ['aliases and fragments', 'query Q { a: person(id: "1") { ...F } b: person(id: "2") { n: name ...F } } fragment F on Person { id createdAt }'],
  ['skip/include with variables', 'query($s: Boolean!, $i: Boolean!) { person(id: "1") { id name @skip(if: $s) labels @include(if: $i) ... on Person @include(if: $i) { createdAt } } }', { s: true, i: false }],
  ['skip/include the other way', 'query($s: Boolean!, $i: Boolean!) { person(id: "1") { id name @skip(if: $s) labels @include(if: $i) ...F @skip(if: $s) } } fragment F on Person { createdAt }', { s: false, i: true }],
  ['typed error on a nullable field', '{ person(id: "1") { id email } }'],
  ['non-null propagation to the parent', '{ person(id: "1") { id strict } people { id } }'],
  ['non-null propagation through a list', '{ person(id: "1") { friends { id name } } }'],
  ['GraphQLError with extensions', '{ person(id: "1") { extended } }'],
  ['unknown error', '{ person(id: "1") { plain } }'],
  ['non-null root field null', '{ notNull }'],
  ['union', '{ things { __typename ... on Person { id name } ... on Robot { id model } } }'],
  ['interface', '{ nodes { __typename id ... on Robot { model } } }'],
  ['DateTime and JSON input from literals', '{ after(at: "2026-05-06T07:08:09+02:00") echo(value: { a: 1, b: [true, null], c: "x" }) }'],
  ['DateTime and JSON input from variables', 'query($at: DateTime!, $v: JSONObject) { after(at: $at) echo(value: $v) }', { at: '2026-05-06T07:08:09.5Z', v: { deep: { x: [1, 2] } } }],
  ['DateTime out of range', 'query($at: DateTime!) { after(at: $at) }', { at: '0000-01-01T00:00:00Z' }],
  ['variable of the wrong type', 'query($n: Int) { people(first: $n) { id } }', { n: 'many' }],
  ['missing required variable', 'query($at: DateTime!) { missing: after(at: $at) }', {}],
  ['JSONObject variable not an object', 'query($v: JSONObject) { echo(value: $v) }', { v: [1, 2] }],
  ['mutation, serial, with a denied field', 'mutation { a: rename(name: "x") { name createdAt } destroy b: rename(name: "y") { name } }'],
  ['shield: root field that needs a viewer', '{ closed person(id: "1") { id } }'],
  ['shield: root field not in the map (deny by default)', '{ unmapped }'],
  ['shield: field rule on a nested type', '{ person(id: "1") { id secret } }'],
];

describe('graphql-jit executor', () => {
  const schema = served();
  const jit = createJitExecutor(schema, createLogger('silent'), 100);
  const run = async (source: string, variables: Record<string, unknown> | undefined, viaJit: boolean) => {
    const document = parse(source);
    const contextValue = { authz: new Authorizer(null) };
    if (viaJit) return jit.execute({ document, source, operationName: null, variables, contextValue });
    return graphql.execute({ schema, document, contextValue, variableValues: variables ?? {} });
  };

  it.each(CASES)('answers like graphql-js: %s', async (_name, source, variables) => {
    const before = jit.stats().compiled;
    const [viaJit, viaJs] = [observed(await run(source, variables, true)), observed(await run(source, variables, false))];
    expect(viaJit).toEqual(viaJs);
    // Really compiled: none of these documents is left to graphql-js.
    expect(jit.stats().compiled).toBe(before + 1);
  });

  it('still denies under jit: shield runs the same wrapped resolvers', async () => {
    const denied = await run('{ closed unmapped person(id: "1") { secret name } }', undefined, true);
    expect(denied.data).toEqual({ closed: null, unmapped: null, person: { secret: null, name: 'name 1' } });
    expect(observed(denied).originals.map((o) => o.code)).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'UNAUTHENTICATED']);
    expect(denied.errors?.map((e) => e.path)).toEqual([['closed'], ['unmapped'], ['person', 'secret']]);
  });

  it('compiles each document once, and leaves introspection and subscriptions to graphql-js', async () => {
    const local = createJitExecutor(schema, createLogger('silent'), 2);
    const contextValue = { authz: new Authorizer(null) };
    const go = (source: string) => local.execute({ document: parse(source), source, operationName: null, variables: {}, contextValue });
    await go('{ people { id } }');
    await go('{ people { id } }');
    expect(local.stats()).toEqual({ cached: 1, compiled: 1, fallbacks: 0 });
    const introspected = await go('{ __type(name: "Person") { name } people { __typename } }');
    expect(introspected.data).toEqual({ __type: { name: 'Person' }, people: [{ __typename: 'Person' }, { __typename: 'Person' }] });
    expect(local.stats()).toEqual({ cached: 2, compiled: 1, fallbacks: 1 });
    // Bounded: a third document evicts the least recently used one.
    await go('{ things { __typename } }');
    expect(local.stats().cached).toBe(2);
  });

  it('keeps a bounded LRU', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});
