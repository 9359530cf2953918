import 'reflect-metadata';
import { GraphQLObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { buildShield } from '../authz/shield';
import type { PermissionMap, RootType } from '../authz/rule-spec';
import { permissionMap, resolvers } from '../resolvers';

/** The bare type-graphql schema: what `schema.graphql` is printed from. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  // Every @Subscription supplies its own `subscribe` (authorized, filtered streams from services);
  // type-graphql still insists on a pubSub, which is therefore never used.
  return buildSchema({ resolvers, validate: false, pubSub: createPubSub() });
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}

/** Root fields with no entry in the permission map would be denied at run time; refuse to start instead. */
export function unmappedRootFields(schema: GraphQLSchema, map: PermissionMap): string[] {
  const missing: string[] = [];
  for (const root of ['Query', 'Mutation', 'Subscription'] as RootType[]) {
    const type = schema.getType(root);
    if (!(type instanceof GraphQLObjectType)) continue;
    for (const field of Object.keys(type.getFields())) if (!map[root][field]) missing.push(`${root}.${field}`);
  }
  return missing;
}

/** The served schema: type-graphql resolvers wrapped by the shield gate. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  const missing = unmappedRootFields(schema, permissionMap);
  if (missing.length > 0) throw new Error(`Root fields without an authorization rule: ${missing.join(', ')}`);
  return applyMiddleware(schema, buildShield(schema, permissionMap));
}
