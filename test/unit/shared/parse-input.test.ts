import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../src/errors/app-error';
import { decodeCursor, encodeCursor } from '../../../src/services/shared/connection';
import { MAX_INPUT_DEPTH, parseInput } from '../../../src/services/shared/parse-input';

const labels = z.object({ labels: z.record(z.string(), z.unknown()).optional() });

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('parseInput: nesting', () => {
  it('refuses deeply nested input as BAD_USER_INPUT instead of overflowing the stack', () => {
    const err = thrown(() => parseInput(labels, { labels: nested(20_000) }));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input' } });
    const arrays = thrown(() => parseInput(z.unknown(), JSON.parse('['.repeat(5_000) + ']'.repeat(5_000)), 'grant'));
    expect(arrays).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'grant' } });
  });

  it('still accepts ordinary nesting and drops nulls at any depth', () => {
    expect(parseInput(labels, { labels: { a: { b: null, c: 1 } }, other: null })).toEqual({ labels: { a: { c: 1 } } });
    expect(() => parseInput(z.unknown(), nested(MAX_INPUT_DEPTH - 1))).not.toThrow();
    expect(() => parseInput(z.unknown(), nested(MAX_INPUT_DEPTH + 1))).toThrow(AppError);
  });
});

describe('decodeCursor: NUL', () => {
  const isNamed = (v: unknown): v is { name: string } => typeof v === 'object' && v !== null && typeof (v as { name: unknown }).name === 'string';

  it('refuses a cursor whose key holds a NUL anywhere, even when the key check accepts it', () => {
    const cursor = encodeCursor('sets', { name: 'a\u0000b', id: 'x' });
    expect(() => decodeCursor('sets', cursor, isNamed)).toThrow(AppError);
    const nestedCursor = encodeCursor('sets', { name: 'ok', extra: [{ ['k\u0000']: 1 }] });
    expect(() => decodeCursor('sets', nestedCursor, isNamed)).toThrow(AppError);
    expect(decodeCursor('sets', encodeCursor('sets', { name: 'ok' }), isNamed)).toEqual({ name: 'ok' });
  });
});
