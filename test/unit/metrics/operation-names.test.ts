import { describe, expect, it } from 'vitest';
import type * as Names from '../../../src/metrics/operation-names';
import { loadServerModule } from '../../fixtures/load';

const { OperationNames } = loadServerModule<typeof Names>('../../src/metrics/operation-names.ts');

describe('operation names as metric labels', () => {
  it('anonymous junk fills only the anonymous share; signed-in operations keep their names', () => {
    const names = new OperationNames(10, 3);
    for (let i = 0; i < 50; i += 1) names.label(`Junk${i}`, 'anonymous');
    expect(names.label('Junk0', 'anonymous')).toBe('Junk0');
    expect(names.label('Junk3', 'anonymous')).toBe('other');
    expect(names.label('Me', 'signedIn')).toBe('Me');
    expect(names.label('Me', 'anonymous')).toBe('Me');
  });

  it('an operation that did not resolve (parse or validation error) never claims a name', () => {
    const names = new OperationNames(10, 3);
    expect(names.label('Broken', 'none')).toBe('other');
    expect(names.label('Broken', 'signedIn')).toBe('Broken');
    expect(names.label('Broken', 'none')).toBe('Broken');
  });

  it('folds names that are not GraphQL names, stops at the cap, and labels unnamed operations', () => {
    const names = new OperationNames(2, 2);
    expect(names.label('no such op!', 'signedIn')).toBe('other');
    expect(names.label(null, 'signedIn')).toBe('anonymous');
    names.label('A', 'signedIn');
    names.label('B', 'signedIn');
    expect(names.label('C', 'signedIn')).toBe('other');
  });
});
