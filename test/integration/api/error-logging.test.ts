import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as GraphQLModule from 'graphql';
import type * as PinoModule from 'pino';
import type * as DbClientModule from '../../../src/db/client';
import type { Database } from '../../../src/db/client';
import type * as DbSchemaModule from '../../../src/db/schema';
import type * as FormatErrorModule from '../../../src/errors/format-error';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';

/**
 * A failed insert into users carries the password hash in drizzle's error message and in the
 * parameters postgres.js attaches (the server's client sets `debug`, which makes them enumerable),
 * and PostgreSQL's `detail` repeats the failing row. None of that may reach the log.
 */
const ctx = useCluster({ owner: false });
const { connectDatabase } = loadServerModule<typeof DbClientModule>('../../src/db/client.ts');
const { users } = loadServerModule<typeof DbSchemaModule>('../../src/db/schema/index.ts');
const { createFormatError, safeErrorForLog } = loadServerModule<typeof FormatErrorModule>('../../src/errors/format-error.ts');
const { GraphQLError } = loadServerModule<typeof GraphQLModule>('graphql');
const pino = loadServerModule<{ default: typeof PinoModule.pino }>('pino').default;

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA';
let database: Database;

beforeAll(() => {
  database = connectDatabase(ctx.cluster.dbUrl, { max: 1 });
});
afterAll(async () => {
  await database?.close();
});

/** A logger like the server's, writing into memory. */
function capture() {
  const lines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { log, output: () => lines.join('') };
}

async function failedInsert(row: { name: string | null }): Promise<Error> {
  const id = '0190a000-0000-7000-8000-00000000a2a2';
  try {
    await database.db.insert(users).values({ id, email: `${id}@example.test`, name: row.name as string, passwordHash: HASH });
  } catch (err) {
    return err as Error;
  }
  throw new Error('the insert was expected to fail');
}

const asResolverError = (original: Error) => {
  const error = new GraphQLError(original.message, { path: ['createUser'], originalError: original });
  return [error.toJSON(), error] as const;
};

describe('database errors in the log', () => {
  it.each([
    // PostgreSQL rejects the NUL while reading the parameter, before it knows the table.
    ['a NUL in a text column (22021)', { name: 'Eve\u0000' }, 'BAD_USER_INPUT', '22021', 'invalid byte sequence'],
    ['a NOT NULL violation (23502)', { name: null }, 'INTERNAL', '23502', '"table_name":"users"'],
  ])('%s: no log line contains the password hash', async (_what, row, code, sqlState, logged) => {
    const err = await failedInsert(row);
    // The premise: logged as it is, the error would leak the hash.
    const naive = capture();
    naive.log.error({ err }, 'as it was');
    expect(naive.output()).toContain('$argon2');

    const { log, output } = capture();
    const formatted = createFormatError({ log, exposeStack: false })(...asResolverError(err));
    expect(formatted.extensions?.code).toBe(code);
    expect(JSON.stringify(formatted)).not.toContain('$argon2');
    expect(output()).toContain(sqlState);
    expect(output()).toContain(logged);
    expect(output()).not.toContain('$argon2');
    expect(output()).not.toMatch(/insert into/i);
    expect(JSON.stringify(safeErrorForLog(err))).not.toContain('$argon2');
  });

  it('the development stack trace in a response shows frames only', async () => {
    const err = await failedInsert({ name: null });
    const { log } = capture();
    const formatted = createFormatError({ log, exposeStack: true })(...asResolverError(err));
    expect(formatted.extensions?.stacktrace).toBeDefined();
    expect(JSON.stringify(formatted)).not.toContain('$argon2');
  });
});
