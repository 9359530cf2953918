import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/**
 * RFC 3339 allows year 0000, and JavaScript dates reach far beyond year 9999; PostgreSQL and
 * `toISOString()` do not. Such inputs are refused here, as a bad value, before they reach a query.
 */
function inRange(date: Date, node?: ValueNode): Date {
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) throw new GraphQLError('DateTime must be between years 1 and 9999 (UTC)', { nodes: node });
  return date;
}

/** graphql-scalars' DateTime (same name and description), with input limited to years 1-9999. */
export const DateTime = new GraphQLScalarType<Date, Date>({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => inRange(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast, variables) => inRange(DateTimeResolver.parseLiteral(ast, variables), ast),
});
/** Free-form JSON object (labels, audit before/after). */
export const JSONObject = JSONObjectResolver;
