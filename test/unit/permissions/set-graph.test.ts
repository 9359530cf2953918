import { describe, it, expect } from 'vitest';
import { findCycle, flattenSet, type SetNode } from '../../../src/authz/engine';
import { allow, setMap, setNode } from './permissions.fixtures';

// A > B > C (A inherits B, B inherits C); D inherits B and E; E inherits C (diamond D/B/E/C).
const graph = setMap(
  setNode('A', [allow('users:read')], ['B']),
  setNode('B', [allow('users:write')], ['C']),
  setNode('C', [allow('audit:read')]),
  setNode('D', [], ['B', 'E']),
  setNode('E', [], ['C']),
  setNode('F', []),
);

describe('findCycle', () => {
  it.each<[string, string, string, string[] | null]>([
    ['self-inheritance', 'A', 'A', ['A', 'A']],
    ['two-set loop', 'C', 'B', ['C', 'B', 'C']],
    ['three-set loop', 'C', 'A', ['C', 'A', 'B', 'C']],
    ['reports the shortest loop through a diamond', 'C', 'D', ['C', 'D', 'B', 'C']],
    ['adding an ancestor again is no loop', 'A', 'C', null],
    ['joining two unrelated sets is no loop', 'F', 'A', null],
    ['closing a diamond is no loop', 'E', 'B', null],
    ['unknown parent is no loop', 'A', 'nope', null],
  ])('%s: %s -> %s', (_name, from, to, expected) => {
    expect(findCycle(graph, `id-${from}`, `id-${to}`)).toEqual(expected);
  });

  it('terminates when stored data already holds a loop elsewhere', () => {
    const looped = setMap(setNode('X', [], ['Y']), setNode('Y', [], ['X']), setNode('Z', []));
    expect(findCycle(looped, 'id-Z', 'id-X')).toBeNull();
    expect(findCycle(looped, 'id-X', 'id-Y')).toEqual(['X', 'Y', 'X']);
  });
});

describe('flattenSet', () => {
  const five = setMap(
    setNode('L1', [allow('users:read')], ['L2']),
    setNode('L2', [allow('users:write')], ['L3']),
    setNode('L3', [allow('audit:read')], ['L4']),
    setNode('L4', [allow('sessions:read')], ['L5']),
    setNode('L5', [allow('sessions:revoke')]),
  );

  it.each<[string, Map<string, SetNode>, string, Array<[string, string[]]>]>([
    ['leaf set', graph, 'C', [['C', ['C']]]],
    ['5-deep chain, paths outermost first', five, 'L1', [
      ['L1', ['L1']], ['L2', ['L1', 'L2']], ['L3', ['L1', 'L2', 'L3']], ['L4', ['L1', 'L2', 'L3', 'L4']], ['L5', ['L1', 'L2', 'L3', 'L4', 'L5']],
    ]],
    ['diamond: shared ancestor once, by its shortest path', graph, 'D', [['B', ['D', 'B']], ['C', ['D', 'B', 'C']]]],
    ['missing parent is skipped', setMap(setNode('P', [allow('audit:read')], ['ghost'])), 'P', [['P', ['P']]]],
    ['loop in data: each set once', setMap(setNode('X', [allow('audit:read')], ['Y']), setNode('Y', [allow('users:read')], ['X'])), 'X', [['X', ['X']], ['Y', ['X', 'Y']]]],
    ['unknown root', graph, 'nope', []],
  ])('%s', (_name, nodes, root, expected) => {
    const flat = flattenSet(nodes, `id-${root}`);
    expect(flat.map((f) => [f.setName, f.path])).toEqual(expected);
  });

  it('carries the grant and set id through', () => {
    const [first] = flattenSet(graph, 'id-A');
    expect(first).toMatchObject({ setId: 'id-A', setName: 'A', grant: { action: 'users:read' } });
  });

  it('stays linear on 30 stacked diamonds (2^30 paths if expanded naively)', () => {
    const nodes: SetNode[] = [setNode('T0', [allow('audit:read')])];
    for (let i = 1; i <= 30; i++) {
      nodes.push(setNode(`L${i}`, [allow('users:read')], [`T${i - 1}`]));
      nodes.push(setNode(`R${i}`, [allow('users:read')], [`T${i - 1}`]));
      nodes.push(setNode(`T${i}`, [], [`L${i}`, `R${i}`]));
    }
    const flat = flattenSet(setMap(...nodes), 'id-T30');
    expect(flat).toHaveLength(61);
    expect(flat.at(-1)?.path).toHaveLength(61);
  });
});
