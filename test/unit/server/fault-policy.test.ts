import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type * as FaultPolicyModule from '../../../src/server/fault-policy';
import { loadServerModule } from '../../fixtures/load';

const { classifyUncaught, isPostgresNullSocketWrite } = loadServerModule<typeof FaultPolicyModule>('../../src/server/fault-policy.ts');

/** postgres.js's CommonJS build, the file `require('postgres')` loads its connection code from. */
const PG_CONNECTION_JS = join(dirname(require.resolve('postgres')), 'connection.js');

/**
 * Throws the way postgres.js 3.4.9 does when `setImmediate(nextWrite)` runs after `closed()`:
 * a real TypeError from a function named nextWrite compiled under `filename`.
 */
function thrownFrom(filename: string, name = 'nextWrite', body = 'const socket = null; return socket.write(Buffer.alloc(1));'): unknown {
  const fn = runInThisContext(`(function () { function ${name}() { ${body} } return ${name}; })()`, { filename }) as () => void;
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('uncaught exception classifier', () => {
  it('recognises the postgres.js null-socket write from nextWrite (CommonJS and ESM builds)', () => {
    expect(isPostgresNullSocketWrite(thrownFrom(PG_CONNECTION_JS))).toBe(true);
    expect(classifyUncaught(thrownFrom('/srv/app/node_modules/postgres/src/connection.js'))).toBe('driver_fault');
  });

  it('treats everything else as an exception that ends the process', () => {
    const cases: unknown[] = [
      // Same message, but thrown from our code or from another package.
      thrownFrom('/srv/app/src/services/users/user.service.ts'),
      thrownFrom('/srv/app/node_modules/pg/lib/connection.js'),
      // Right file, wrong function.
      thrownFrom(PG_CONNECTION_JS, 'write'),
      // Right function and file, another fault.
      thrownFrom(PG_CONNECTION_JS, 'nextWrite', 'const chunk = undefined; return chunk.length;'),
      thrownFrom(PG_CONNECTION_JS, 'nextWrite', "throw new Error(\"Cannot read properties of null (reading 'write')\");"),
      new TypeError("Cannot read properties of null (reading 'write')"),
      "Cannot read properties of null (reading 'write')",
      null,
    ];
    expect(cases.map(classifyUncaught)).toEqual(cases.map(() => 'exception'));
  });
});
