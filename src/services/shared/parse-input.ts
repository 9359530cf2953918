import { z } from 'zod';
import { AppError } from '../../errors/app-error';

/**
 * zod's first issue becomes a BAD_USER_INPUT. `extensions.field` is the dotted path clients match
 * on (`input.permissionSetIds.0`); the message is a sentence a person reads
 * (`input.permissionSetIds[0] is not a permission set id`).
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, root = 'input'): T {
  const result = schema.safeParse(dropNulls(value, root), { error: predicateFor });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  throw AppError.badInput(sentenceFor(root, issue), field);
}

/** `input.grants[0].scope.labels`, `input.labels["team name"]`: how a person writes a path. */
export function displayPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || 'input';
}

function sentenceFor(root: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key') {
    // The path ends with the offending key itself: name the record, then the key.
    const key = issue.path.at(-1);
    const why = issue.issues[0]?.message ?? 'is not allowed';
    return `${displayPath(root, issue.path.slice(0, -1))} key ${JSON.stringify(String(key))} ${why}`;
  }
  return `${displayPath(root, issue.path)} ${issue.message}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  date: 'must be a date',
  array: 'must be a list',
  object: 'must be an object',
  record: 'must be an object',
};

const FORMAT_WORDS: Record<string, string> = {
  uuid: 'must be a valid id',
  guid: 'must be a valid id',
  email: 'must be a valid email address',
  url: 'must be a valid URL',
  datetime: 'must be an ISO 8601 date-time',
  ipv4: 'must be an IPv4 address',
  ipv6: 'must be an IPv6 address',
  regex: 'has an invalid format',
};

const plural = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? '' : 's'}`;

/**
 * zod's own wording ("Too small: expected string to have >=1 characters") for checks that give no
 * message of their own, rephrased to follow the path: "input.name must not be empty". Messages
 * written in the schemas win over this (zod's precedence), and are predicates in the same style.
 */
const predicateFor = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : (TYPE_WORDS[issue.expected] ?? `must be of type ${issue.expected}`);
    case 'too_small': {
      const { minimum: min, origin, inclusive } = issue;
      if (origin === 'string') return Number(min) <= 1 ? 'must not be empty' : `must be at least ${plural(min, 'character')}`;
      if (origin === 'array' || origin === 'set') return Number(min) <= 1 ? 'must not be empty' : `must have at least ${plural(min, 'item')}`;
      if (origin === 'date') return `must be ${inclusive ? 'on or after' : 'after'} ${new Date(Number(min)).toISOString()}`;
      return `must be ${inclusive ? 'at least' : 'greater than'} ${min}`;
    }
    case 'too_big': {
      const { maximum: max, origin, inclusive } = issue;
      if (origin === 'string') return `must be at most ${plural(max, 'character')}`;
      if (origin === 'array' || origin === 'set') return `must have at most ${plural(max, 'item')}`;
      if (origin === 'date') return `must be ${inclusive ? 'on or before' : 'before'} ${new Date(Number(max)).toISOString()}`;
      return `must be ${inclusive ? 'at most' : 'less than'} ${max}`;
    }
    case 'invalid_format':
      return FORMAT_WORDS[issue.format] ?? `must be a valid ${issue.format}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any accepted shape';
    case 'invalid_element':
      return 'has an invalid entry';
    case 'invalid_key':
      return 'has an invalid key';
    default:
      return 'is not valid';
  }
};

/** Input objects arrive as type-graphql class instances; dates are the only other objects. */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !(v instanceof Date);

/** Deeper than any input shape needs; JSON scalars (labels) could otherwise nest until the stack overflows. */
export const MAX_INPUT_DEPTH = 32;

/** GraphQL sends explicit nulls for omitted optional fields; treat them as absent, at any depth. */
function dropNulls(value: unknown, root: string, depth = 0): unknown {
  if (!Array.isArray(value) && !isRecord(value)) return value;
  if (depth >= MAX_INPUT_DEPTH) throw AppError.badInput(`${root || 'input'} is nested too deeply`, root);
  if (Array.isArray(value)) return value.map((v) => dropNulls(v, root, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, dropNulls(v, root, depth + 1)]),
  );
}
