import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyChild } from '../../../src/logger';

function memoryLogger(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger(level, destination as never);
  let children = 0;
  // Counted on the instance (children inherit from it, so `this` must stay the caller).
  const child = log.child;
  log.child = function (this: typeof log, ...args: Parameters<typeof log.child>) {
    children += 1;
    return child.apply(this, args);
  } as typeof log.child;
  return { log, lines, children: () => children };
}

const flush = () => new Promise((done) => setImmediate(done));

describe('lazyChild', () => {
  it('makes no child for calls at levels that are off, nor for level questions', () => {
    const { log, children } = memoryLogger('warn');
    const lazy = lazyChild(log, { requestId: 'r-1' });
    lazy.info({ a: 1 }, 'not written');
    lazy.debug('not written');
    expect(lazy.isLevelEnabled('info')).toBe(false);
    expect(lazy.isLevelEnabled('error')).toBe(true);
    expect(lazy.level).toBe('warn');
    expect(children()).toBe(0);
  });

  it('lines it writes carry the bindings, redaction included, through one child', async () => {
    const { log, lines, children } = memoryLogger('info');
    const lazy = lazyChild(log, { requestId: 'r-2', userId: 'u-2' });
    lazy.info({ password: 'hunter2' }, 'first');
    lazy.warn('second');
    await flush();
    expect(children()).toBe(1);
    expect(lines.map((l) => [l['msg'], l['requestId'], l['userId']])).toEqual([
      ['first', 'r-2', 'u-2'],
      ['second', 'r-2', 'u-2'],
    ]);
    expect(lines[0]!['password']).toBe('[redacted]');
  });

  it('a child of the lazy child keeps both bindings', async () => {
    const { log, lines } = memoryLogger('info');
    lazyChild(log, { requestId: 'r-3' }).child({ component: 'x' }).error('third');
    await flush();
    expect(lines[0]).toMatchObject({ msg: 'third', requestId: 'r-3', component: 'x' });
  });
});
