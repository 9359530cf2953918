import { describe, expect, it } from 'vitest';
import type * as ClassifyModule from '../../../src/errors/classify';
import type * as AppErrorModule from '../../../src/errors/app-error';
import type * as UnavailableModule from '../../../src/errors/unavailable';
import type * as GraphQLModule from 'graphql';
import { loadServerModule } from '../../fixtures/load';

const { classifyError, isRetryableTransactionError, markExternal } = loadServerModule<typeof ClassifyModule>('../../src/errors/classify.ts');
const { AppError } = loadServerModule<typeof AppErrorModule>('../../src/errors/app-error.ts');
const { DatabaseUnavailableError } = loadServerModule<typeof UnavailableModule>('../../src/errors/unavailable.ts');
const { GraphQLError } = loadServerModule<typeof GraphQLModule>('graphql');
const { PostgresError } = loadServerModule<{ PostgresError: new (x: Record<string, unknown>) => Error }>('postgres');

const pg = (code: string, message = 'pg says no') => new PostgresError({ message, code, severity: 'ERROR' });
const wrapped = (e: Error) => new GraphQLError('wrapped', { originalError: e, path: ['x'] });

describe('classifyError', () => {
  it.each([
    [AppError.forbidden(), 'FORBIDDEN', ['authorization', 'user', 'permanent']],
    [AppError.badInput('bad', 'x'), 'BAD_USER_INPUT', ['validation', 'user', 'permanent']],
    [AppError.rateLimited(3), 'RATE_LIMITED', ['user', 'transient']],
    [pg('40001'), 'INTERNAL', ['database', 'system', 'transient']],
    [pg('40P01'), 'INTERNAL', ['database', 'system', 'transient']],
    [pg('23505'), 'INTERNAL', ['database', 'system', 'permanent']],
    [pg('22P02', 'invalid input syntax for type uuid: "secret"'), 'BAD_USER_INPUT', ['database', 'validation', 'user', 'permanent']],
    [new DatabaseUnavailableError('down'), 'UNAVAILABLE', ['database', 'network', 'transient']],
    [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'UNAVAILABLE', ['database', 'network', 'transient']],
    [new TypeError('x is undefined'), 'INTERNAL', ['system', 'permanent']],
  ] as const)('%s -> %s %j', (error, code, classes) => {
    const c = classifyError(wrapped(error));
    expect(c.code).toBe(code);
    expect(c.classes).toEqual(classes);
  });

  it('a GraphQL request error (no path) is the caller\'s: validation', () => {
    const c = classifyError(new GraphQLError('Syntax Error: Expected Name', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }));
    expect(c).toMatchObject({ code: 'BAD_USER_INPUT', classes: ['validation', 'user', 'permanent'] });
  });

  it('never stores the value a data exception quotes', () => {
    expect(classifyError(wrapped(pg('22P02', 'invalid input syntax for type uuid: "hunter2"'))).message).not.toContain('hunter2');
  });

  it('adds external to errors tagged at an outbound call', () => {
    expect(classifyError(wrapped(markExternal(new Error('provider said 500')))).classes).toContain('external');
  });

  it('classifies each error object once (the same result object every time)', () => {
    const e = wrapped(pg('40001'));
    expect(classifyError(e)).toBe(classifyError(e));
  });
});

describe('isRetryableTransactionError', () => {
  it('retries serialization failures and deadlocks, even at commit', () => {
    expect(isRetryableTransactionError(pg('40001'), true)).toBe(true);
    expect(isRetryableTransactionError(pg('40P01'), false)).toBe(true);
  });
  it('retries a lost connection only before the work finished (COMMIT may have happened)', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(isRetryableTransactionError(reset, false)).toBe(true);
    expect(isRetryableTransactionError(reset, true)).toBe(false);
  });
  it('never retries typed errors, constraint violations or an unreachable server', () => {
    expect(isRetryableTransactionError(AppError.conflict('x'), false)).toBe(false);
    expect(isRetryableTransactionError(pg('23505'), false)).toBe(false);
    expect(isRetryableTransactionError(new DatabaseUnavailableError('down'), false)).toBe(false);
  });
});
