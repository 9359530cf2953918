import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { containsNul, hasNul, nulFree, safeString } from '../../../src/services/shared/text';

describe('NUL detection', () => {
  it('hasNul finds U+0000 anywhere in a string', () => {
    expect(hasNul('abc')).toBe(false);
    expect(hasNul('\u0000')).toBe(true);
    expect(hasNul('a\u0000b')).toBe(true);
    expect(hasNul('a\\u0000b')).toBe(false);
  });

  it('containsNul walks strings, keys, arrays and objects at any depth', () => {
    expect(containsNul({ a: ['b', { c: 'd' }], n: 1, x: null, d: new Date() })).toBe(false);
    expect(containsNul({ a: ['b', { c: 'd\u0000' }] })).toBe(true);
    expect(containsNul({ a: [{ ['k\u0000']: 'v' }] })).toBe(true);
    expect(containsNul(['x', ['y', ['z\u0000']]])).toBe(true);
    let deep: unknown = 'leaf\u0000';
    for (let i = 0; i < 50_000; i += 1) deep = [deep];
    expect(containsNul(deep)).toBe(true);
  });

  it('safeString rejects NUL and still chains string checks', () => {
    const schema = safeString().trim().min(1).max(5);
    expect(schema.safeParse(' ab ').data).toBe('ab');
    expect(schema.safeParse('a\u0000').success).toBe(false);
    expect(schema.safeParse('toolong').success).toBe(false);
  });

  it('nulFree rejects NUL in keys and values with an issue on the field itself', () => {
    const schema = z.object({ labels: nulFree(z.record(z.string(), z.string())).optional() });
    for (const labels of [{ 'k\u0000': 'v' }, { k: 'v\u0000' }]) {
      const result = schema.safeParse({ labels });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['labels']);
    }
    expect(schema.safeParse({ labels: { k: 'v' } }).data).toEqual({ labels: { k: 'v' } });
    expect(schema.safeParse({}).success).toBe(true);
  });
});
