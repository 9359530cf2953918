import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { Counter } from 'prom-client';
import type { Logger } from '../logger';
import { metricsRegistry } from '../metrics/registry';

/** Documents planned by the jit executor (once per cached document): compiled, or why graphql-js runs them. */
export const jitDocumentsTotal = new Counter({
  name: 'control_plane_graphql_jit_documents_total',
  help: 'Documents planned by the graphql-jit executor (GRAPHQL_JIT=true): compiled, or why graphql-js runs them',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

// The gateway types, through @apollo/server (its gateway-interface package is not ours to depend on).
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** What a cached document runs on: its compiled query, or graphql-js (and why). */
type Plan = { kind: 'jit'; compiled: CompiledQuery; variables: readonly VariableDefinitionNode[] } | { kind: 'graphql-js'; reason: FallbackReason };
type FallbackReason = 'introspection' | 'subscription' | 'no-operation' | 'compile-error';

const NULL_ERROR = /^Cannot return null for non-nullable field /;

/**
 * graphql-jit's errors are its own GraphQLError look-alikes: `extensions` is undefined when the
 * original error has none (Apollo reads `extensions.code` and answers a bare INTERNAL_SERVER_ERROR),
 * and "Cannot return null for non-nullable field" has no original error where graphql-js wraps a
 * plain Error (formatError and error classification look at it). Each becomes the GraphQLError
 * graphql-js would have raised: same message, locations, path, original error and extensions.
 */
function asGraphqlJs(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? (error.path && NULL_ERROR.test(error.message) ? new Error(error.message) : undefined);
  const same = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions ?? undefined });
  // graphql-js computes locations from AST nodes, which jit does not keep; its computed ones are the same.
  (same as { locations: GraphQLError['locations'] }).locations = error.locations;
  return same;
}

/** A bounded map that forgets the least recently used entry (Map keeps insertion order). */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  get size(): number {
    return this.map.size;
  }
}

export interface ExecuteArgs {
  document: DocumentNode;
  /** The document's text: with the operation name, the cache key. */
  source: string;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  contextValue: unknown;
}

export interface JitExecutor {
  execute(args: ExecuteArgs): Promise<ExecutionResult>;
  /** The same, as Apollo's gateway calls it. */
  executor: GatewayExecutor;
  /** How many documents are cached, and how many ran through planning into each executor (tests, debugging). */
  stats(): { cached: number; compiled: number; fallbacks: number };
}

/**
 * Runs queries and mutations through graphql-jit, compiled once per (document text, operation
 * name) into a bounded LRU. The compiled code calls the schema's own field resolvers, so
 * graphql-shield's wrappers (graphql-middleware) run for exactly the fields they run for under
 * graphql-js. Introspection, subscriptions over HTTP and documents jit cannot compile run on
 * graphql-js `execute`.
 */
export function createJitExecutor(schema: GraphQLSchema, log: Logger, cacheSize: number): JitExecutor {
  const plans = new Lru<Plan>(cacheSize);
  let compiled = 0;
  let fallbacks = 0;

  const planFor = (document: DocumentNode, operationName: string | null, source: string): Plan => {
    const fallback = (reason: FallbackReason, detail?: unknown): Plan => {
      fallbacks += 1;
      jitDocumentsTotal.inc({ outcome: reason });
      // Debug only, once per cached document: neither the client's fault nor a fault of ours.
      log.debug({ reason, operationName, detail }, 'graphql-jit: document runs on graphql-js');
      return { kind: 'graphql-js', reason };
    };
    const operation = getOperationAST(document, operationName);
    // No such operation: graphql-js words that error as Apollo expects it.
    if (!operation) return fallback('no-operation');
    if (operation.operation === 'subscription') return fallback('subscription');
    // Any `__schema`/`__type` in the text (fragments included) counts; `__typename` does not.
    if (/__(schema|type)\b/.test(source)) return fallback('introspection');
    try {
      const result = compileQuery(schema, document, operationName ?? undefined, { customJSONSerializer: false });
      if (!isCompiledQuery(result)) return fallback('compile-error', result.errors?.map((e) => e.message));
      compiled += 1;
      jitDocumentsTotal.inc({ outcome: 'compiled' });
      return { kind: 'jit', compiled: result, variables: operation.variableDefinitions ?? [] };
    } catch (error) {
      return fallback('compile-error', error instanceof Error ? error.message : String(error));
    }
  };

  const run = async ({ document, source, operationName, variables, contextValue }: ExecuteArgs): Promise<ExecutionResult> => {
    const key = `${operationName ?? ''}\u0000${source}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = planFor(document, operationName, source);
      plans.set(key, plan);
    }
    const variableValues = variables ?? {};
    if (plan.kind === 'graphql-js') return execute({ schema, document, operationName, contextValue, variableValues });
    if (plan.variables.length > 0) {
      // graphql-jit words variable errors its own way and drops the scalar's message ("Expected
      // type DateTime."): graphql-js checks them first, so clients get the same errors either way.
      // jit then coerces the raw values itself (coercing coerced values is not idempotent).
      const coerced = getVariableValues(schema, plan.variables, variableValues, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    const result = (await plan.compiled.query(undefined, contextValue, variableValues)) as ExecutionResult;
    if (result.errors) (result as { errors: readonly GraphQLError[] }).errors = result.errors.map(asGraphqlJs);
    return result;
  };

  const executor: GatewayExecutor = (ctx) =>
    run({
      document: ctx.document,
      source: ctx.source,
      // The name the client asked for, as graphql-js gets it; `ctx.operationName` is the resolved one (null when none resolved).
      operationName: ctx.request.operationName ?? null,
      variables: ctx.request.variables,
      contextValue: ctx.context,
    });

  return { execute: run, executor, stats: () => ({ cached: plans.size, compiled, fallbacks }) };
}

/**
 * Apollo Server 5 has no `executor` option; its gateway interface is the one door to a custom
 * executor. This gateway serves one fixed schema (no supergraph, nothing to poll).
 */
export function jitGateway(schema: GraphQLSchema, jit: JitExecutor): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      // Apollo asks for the schema this way before load(); it is never updated.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor: jit.executor }),
    stop: async () => {},
  };
}
