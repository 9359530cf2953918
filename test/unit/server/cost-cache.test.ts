import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { complexityError, estimateComplexity } from '../../../src/server/query-limits';
import { rootFields, selectedOperation } from '../../../src/server/root-fields';

const schema = buildSchema(`
  type Item { id: ID name: String }
  type Query { items(first: Int): [Item] one: Item }
`);

describe('costs are cached per document, and only per (operation, variables)', () => {
  const document = parse('query A($first: Int) { items(first: $first) { id name } } query B { one { id } }');

  it('different variables of the same document get their own cost', () => {
    const five = estimateComplexity(schema, document, { first: 5 }, 'A');
    const fifty = estimateComplexity(schema, document, { first: 50 }, 'A');
    expect(five).toBe(1 + 5 * 2);
    expect(fifty).toBe(1 + 50 * 2);
    // Asked again: the same answers (from the cache), not the last one computed.
    expect(estimateComplexity(schema, document, { first: 5 }, 'A')).toBe(five);
    expect(complexityError(schema, document, { first: 50 }, 'A', 20)?.message).toBe('Query complexity 101 exceeds the maximum of 20');
    expect(complexityError(schema, document, { first: 5 }, 'A', 20)).toBeNull();
  });

  it('the operation name is part of the key', () => {
    expect(estimateComplexity(schema, document, {}, 'B')).toBe(2);
    expect(estimateComplexity(schema, document, {}, 'A')).toBe(1 + 1 * 2);
  });

  it('a refusal is cached as its message: every request gets its own error object', () => {
    const first = complexityError(schema, document, { first: 'many' }, 'A', 1000);
    const again = complexityError(schema, document, { first: 'many' }, 'A', 1000);
    expect(first?.message).toMatch(/^Variable "\$first"/);
    expect(again?.message).toBe(first?.message);
    expect(again).not.toBe(first);
    expect(again?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('a parsed-again document with the same text is estimated afresh (keyed by the document object)', () => {
    const other = parse('query A($first: Int) { items(first: $first) { id name } } query B { one { id } }');
    expect(estimateComplexity(schema, other, { first: 7 }, 'A')).toBe(15);
  });
});

describe('root fields are collected once per selection set', () => {
  it('returns the same list for the same operation, fragments expanded', () => {
    const document = parse('query { ...F one { id } } fragment F on Query { items { id } }');
    const operation = selectedOperation(document, null)!;
    const fields = rootFields(document, operation.selectionSet);
    expect(fields?.map((f) => f.name.value).sort()).toEqual(['items', 'one']);
    expect(rootFields(document, operation.selectionSet)).toBe(fields);
  });
});
