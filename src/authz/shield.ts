import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { middleware, type IMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield, type IRules } from 'graphql-shield';
import { AppError, isAppError } from '../errors/app-error';
import type { Authorizer } from './authorizer';
import { describeRule, type PermissionMap, type RuleSpec } from './rule-spec';

interface ShieldContext {
  authz: Authorizer;
}

type ShieldRule = typeof allow | ReturnType<ReturnType<typeof rule>>;

const ruleCache = new Map<string, ShieldRule>();

/** One shield rule per distinct spec, cached per request by its name (shield's `contextual`). */
function toShieldRule(spec: RuleSpec): ShieldRule {
  if (spec.kind === 'public') return allow;
  const name = describeRule(spec);
  let cached = ruleCache.get(name);
  if (!cached) {
    cached = rule(name, { cache: 'contextual' })((_parent, _args, ctx: ShieldContext) => {
      try {
        ctx.authz.assertRule(spec);
        return true;
      } catch (e) {
        return isAppError(e) ? e : AppError.forbidden();
      }
    });
    ruleCache.set(name, cached);
  }
  return cached;
}

/**
 * Deny by default: root fields not in the map are refused. Non-root object types are open at the
 * type level (their root field already decided), except for the field rules passed in.
 */
export function buildShield(
  schema: GraphQLSchema,
  map: PermissionMap,
  fieldRules: Record<string, Record<string, RuleSpec>> = {},
) {
  const rules: Record<string, Record<string, ShieldRule>> = {};
  /** Types given `'*': allow` below, by name: only their unruled fields may lose shield's wrapper. */
  const openTypes = new Set<string>();
  for (const [root, fields] of Object.entries(map)) {
    rules[root] = Object.fromEntries(Object.entries(fields).map(([f, spec]) => [f, toShieldRule(spec)]));
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    if (type.name in map) continue;
    const overrides = fieldRules[type.name] ?? {};
    openTypes.add(type.name);
    rules[type.name] = {
      '*': allow,
      ...Object.fromEntries(Object.entries(overrides).map(([f, spec]) => [f, toShieldRule(spec)])),
    };
  }
  const full = shield(rules as IRules, {
    fallbackRule: deny,
    fallbackError: () => AppError.forbidden('Not allowed'),
    allowExternalErrors: true,
    debug: false,
  });
  // shield wraps every field of every type, `allow` ones too: an async wrapper per field per row
  // (a users page of 50 rows ran hundreds of them), though `allow` decides nothing. Those wrappers
  // are dropped; every field that carries a rule (every root field, denied by default, and every
  // field rule) keeps its own. A dropped wrapper only ever let its field run.
  return middleware((s: GraphQLSchema) => {
    const generated = full.generate(s) as Record<string, Record<string, unknown>>;
    for (const [typeName, fields] of Object.entries(generated)) {
      if (!openTypes.has(typeName)) continue;
      const overrides = fieldRules[typeName] ?? {};
      for (const field of Object.keys(fields)) if (!(field in overrides)) delete fields[field];
      if (Object.keys(fields).length === 0) delete generated[typeName];
    }
    return generated as IMiddleware;
  });
}
