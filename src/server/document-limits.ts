import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { Config } from '../config';
import { depthLimitRule } from './query-limits';

/**
 * The abuse limits every document meets before anything runs, on HTTP and WebSocket alike: a token
 * cap at parse time (so a megabyte of aliases or directives is never even built into an AST), then
 * aliases, directives and depth at validation. Cost and root-field authorization come after.
 */
export function documentParseOptions(config: Config): ParseOptions {
  return { maxTokens: config.MAX_QUERY_TOKENS };
}

export function documentValidationRules(config: Config): ValidationRule[] {
  // Report through the validation context (a request error, 400), never throw (a 500).
  const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)] };
  return [
    // allowList: []: aliased __typename counts too (armor exempts it by default; 10,001 of them once disabled our cost limit).
    maxAliasesRule({ n: config.MAX_QUERY_ALIASES, allowList: [], ...report }),
    maxDirectivesRule({ n: config.MAX_QUERY_DIRECTIVES, ...report }),
    depthLimitRule(config.MAX_QUERY_DEPTH),
  ];
}
