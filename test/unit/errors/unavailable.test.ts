import { describe, expect, it } from 'vitest';
import type * as FormatErrorModule from '../../../src/errors/format-error';
import type * as UnavailableModule from '../../../src/errors/unavailable';
import type * as GateModule from '../../../src/db/connection-gate';
import type * as GraphQLModule from 'graphql';
import type { Logger } from '../../../src/logger';
import { loadServerModule } from '../../fixtures/load';

const { createFormatError } = loadServerModule<typeof FormatErrorModule>('../../src/errors/format-error.ts');
const { DatabaseUnavailableError, isDatabaseUnavailable, isConnectFailure } = loadServerModule<typeof UnavailableModule>('../../src/errors/unavailable.ts');
const { ConnectionGate } = loadServerModule<typeof GateModule>('../../src/db/connection-gate.ts');
const { GraphQLError } = loadServerModule<typeof GraphQLModule>('graphql');
const { DrizzleQueryError } = loadServerModule<typeof import('drizzle-orm')>('drizzle-orm');
const { PostgresError } = loadServerModule<{ PostgresError: new (x: Record<string, unknown>) => Error }>('postgres');

/** postgres.js's connection errors: a plain Error with `code` (and errno, address, port). */
const connectionError = (code: string) => Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code, errno: code });
const pgError = (code: string) => new PostgresError({ message: 'terminating connection due to administrator command', code, severity: 'FATAL' });

function format(original: Error) {
  const lines: Array<{ level: string; args: unknown[] }> = [];
  const at = (level: string) => (...args: unknown[]) => void lines.push({ level, args });
  const log = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } as unknown as Logger;
  const error = new GraphQLError(original.message, { path: ['me'], originalError: original });
  return { result: createFormatError({ log, exposeStack: false })(error.toJSON(), error), lines };
}

describe('PostgreSQL being away', () => {
  const away = [
    ...['ECONNREFUSED', 'ECONNRESET', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED'].map(connectionError),
    ...['57P01', '57P02', '57P03', '08006', '08001', '53300'].map(pgError),
    new DrizzleQueryError('select "id" from "users" where "email" = $1', ['a@b.c'], connectionError('CONNECTION_CLOSED')),
    new DatabaseUnavailableError('timeout'),
  ];

  it('becomes UNAVAILABLE with retryAfter, never INTERNAL, no stack, no query, logged as a warning', () => {
    for (const err of away) {
      const { result, lines } = format(err);
      expect(result).toEqual({ message: expect.any(String), path: ['me'], locations: undefined, extensions: { code: 'UNAVAILABLE', retryAfter: 1 } });
      expect(lines.map((l) => l.level)).toEqual(['warn']);
      expect(JSON.stringify(lines)).not.toContain('a@b.c');
    }
  });

  it('leaves other database errors alone', () => {
    expect(isDatabaseUnavailable(pgError('23505'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(format(pgError('42P01')).result.extensions).toEqual({ code: 'INTERNAL' });
  });

  it('tells failures to connect from terminated sessions', () => {
    expect([connectionError('ECONNREFUSED'), connectionError('CONNECT_TIMEOUT'), pgError('57P03')].map(isConnectFailure)).toEqual([true, true, true]);
    expect([connectionError('CONNECTION_CLOSED'), pgError('57P01'), connectionError('ECONNRESET')].map(isConnectFailure)).toEqual([false, false, false]);
  });
});

describe('connection gate', () => {
  it('admits everything while connections open; once one cannot, admits one trial at a time until a success', () => {
    const gate = new ConnectionGate();
    gate.admit();
    gate.admit();
    gate.failed(connectionError('CONNECTION_CLOSED')); // one session ended: not a reason to refuse
    expect(gate.isAway).toBe(false);

    gate.failed(connectionError('ECONNREFUSED'));
    const trial = gate.admit();
    expect(() => gate.admit()).toThrow(DatabaseUnavailableError);
    trial.release();
    const next = gate.admit(); // the trial failed or timed out: the next caller tries
    gate.succeeded();
    next.release();
    gate.admit();
    gate.admit();
    expect(gate.isAway).toBe(false);
  });

  it('ignores a connect failure of a query let through before the last success (queued during the outage)', () => {
    const gate = new ConnectionGate();
    const early = gate.admit();
    gate.succeeded();
    gate.failed(connectionError('ECONNREFUSED'), early.admittedAt);
    expect(gate.isAway).toBe(false);
    gate.failed(connectionError('ECONNREFUSED'), gate.admit().admittedAt);
    expect(gate.isAway).toBe(true);
  });
});
