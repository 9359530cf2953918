import { describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import type * as GraphQLModule from 'graphql';
import type * as FormatErrorModule from '../../../src/errors/format-error';
import type { Logger } from '../../../src/logger';
import { loadServerModule } from '../../fixtures/load';

const { safeErrorForLog, createFormatError } = loadServerModule<typeof FormatErrorModule>('../../src/errors/format-error.ts');
const { GraphQLError } = loadServerModule<typeof GraphQLModule>('graphql');
const { DrizzleQueryError } = loadServerModule<typeof import('drizzle-orm')>('drizzle-orm');
const { PostgresError } = loadServerModule<{ PostgresError: new (x: Record<string, unknown>) => Error }>('postgres');

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo';
const QUERY = 'insert into "users" ("id", "email", "password_hash") values ($1, $2, $3)';

/** What PostgreSQL reports: its own message holds no parameters, but `detail` may hold the whole row. */
function pgError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return new PostgresError({
    message,
    code,
    severity: 'ERROR',
    detail: `Failing row contains (0190, a@b.c, ${HASH}).`,
    table_name: 'users',
    constraint_name: 'users_email_unique',
    ...extra,
  });
}

const failedInsert = (cause?: Error) => new DrizzleQueryError(QUERY, ['0190', 'a@b.c', HASH], cause);

function capturingLogger() {
  const lines: Array<{ level: string; args: unknown[] }> = [];
  const at = (level: string) => (...args: unknown[]) => void lines.push({ level, args });
  const log = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } as unknown as Logger;
  return { log, lines, text: () => JSON.stringify(lines) };
}

/** What graphql-js hands formatError for an error thrown in a resolver. */
function resolverError(original: Error): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(original.message, { path: ['createUser'], originalError: original });
  return [error.toJSON(), error];
}

describe('safeErrorForLog', () => {
  it('keeps only the SQLSTATE, constraint, table, PostgreSQL message and names of a wrapped database error', () => {
    const err = failedInsert(pgError('23505', 'duplicate key value violates unique constraint "users_email_unique"'));
    expect(err.message).toContain(HASH);
    const safe = safeErrorForLog(err) as Record<string, unknown>;
    expect(safe).toMatchObject({
      code: '23505',
      constraint_name: 'users_email_unique',
      table_name: 'users',
      message: 'duplicate key value violates unique constraint "users_email_unique"',
    });
    expect(safe.name).toContain('DrizzleQueryError');
    expect(JSON.stringify(safe)).not.toContain('$argon2');
    expect(JSON.stringify(safe)).not.toContain('insert into');
  });

  it('finds the database error under further wrappers, and never uses the wrapper’s message', () => {
    const outer = new Error('transaction failed', { cause: failedInsert() });
    const safe = safeErrorForLog(outer) as Record<string, unknown>;
    expect(safe.message).toBeUndefined();
    expect(JSON.stringify(safe)).not.toContain('$argon2');
    expect(JSON.stringify(safeErrorForLog(pgError('23502', 'null value in column "name"')))).not.toContain('$argon2');
  });

  it('returns any other error unchanged, and survives cause cycles', () => {
    const plain = new Error('boom');
    expect(safeErrorForLog(plain)).toBe(plain);
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(safeErrorForLog(a)).toBe(a);
    expect(safeErrorForLog('text')).toBe('text');
  });
});

describe('createFormatError with database errors', () => {
  it('an unknown database error is a bare INTERNAL, logged without the query parameters', () => {
    const { log, lines, text } = capturingLogger();
    const format = createFormatError({ log, exposeStack: true });
    const out = format(...resolverError(failedInsert(pgError('23514', 'new row violates check constraint "x"'))));
    expect(out).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL' } });
    expect(lines.map((l) => l.level)).toEqual(['error']);
    expect(text()).toContain('23514');
    expect(text()).not.toContain('$argon2');
    // Even the development stack trace shows frames only, not the message with its parameters.
    expect(JSON.stringify(out)).not.toContain('$argon2');
  });

  it.each(['22021', '22P05', '22008', '22007', '22P02', '54000'])('SQLSTATE %s is BAD_USER_INPUT, logged at warn', (code) => {
    const { log, lines, text } = capturingLogger();
    const format = createFormatError({ log, exposeStack: false });
    const out = format(...resolverError(failedInsert(pgError(code, 'invalid byte sequence for encoding "UTF8": 0x00'))));
    expect(out).toMatchObject({ message: 'Invalid input value', extensions: { code: 'BAD_USER_INPUT' } });
    expect(lines.map((l) => l.level)).toEqual(['warn']);
    expect(text()).toContain(code);
    expect(text()).not.toContain('$argon2');
  });

  it('a bare PostgresError is mapped the same way (no drizzle wrapper)', () => {
    const { log, text } = capturingLogger();
    const out = createFormatError({ log, exposeStack: false })(...resolverError(pgError('22008', 'date/time field value out of range')));
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    expect(text()).not.toContain('$argon2');
  });

  it('other unknown errors are still logged whole', () => {
    const { log, lines } = capturingLogger();
    const boom = new Error('boom');
    const out = createFormatError({ log, exposeStack: false })(...resolverError(boom));
    expect(out.extensions?.code).toBe('INTERNAL');
    expect((lines[0]!.args[0] as { err: unknown }).err).toBe(boom);
  });
});
