import { describe, expect, it } from 'vitest';
import { INITIAL, step, type InstanceSnapshot, type Observation, type RuleCondition } from '../../../src/services/alerts/rule-state-machine';

const base: RuleCondition = { operator: 'GT', threshold: 90, recoveryThreshold: null, forSeconds: 0, keepFiringForSeconds: 0, noDataState: 'NO_DATA', execErrState: 'ERROR' };
const at = (s: number) => new Date(Date.UTC(2026, 11, 4, 12, 0, s));
const v = (value: number): Observation => ({ kind: 'value', value });

/** Runs a sequence of (second, observation) and returns the states after each. */
function run(cond: Partial<RuleCondition>, seq: Array<[number, Observation]>, from: InstanceSnapshot = INITIAL): string[] {
  let snap = from;
  return seq.map(([s, o]) => {
    snap = step({ ...base, ...cond }, snap, o, at(s)).next;
    return snap.state;
  });
}

describe('alert instance state machine', () => {
  it('fires at once without a pending period, and resolves when the condition stops holding', () => {
    expect(run({}, [[0, v(50)], [15, v(95)], [30, v(96)], [45, v(10)]])).toEqual(['NORMAL', 'FIRING', 'FIRING', 'NORMAL']);
  });

  it('`for`: stays PENDING until the condition held for the whole period; a dip resets it', () => {
    expect(run({ forSeconds: 30 }, [[0, v(95)], [15, v(95)], [30, v(95)]])).toEqual(['PENDING', 'PENDING', 'FIRING']);
    expect(run({ forSeconds: 30 }, [[0, v(95)], [15, v(50)], [30, v(95)], [45, v(95)], [60, v(95)]])).toEqual(['PENDING', 'NORMAL', 'PENDING', 'PENDING', 'FIRING']);
  });

  it('`keepFiringFor`: keeps firing through a short quiet spell, resolves after it', () => {
    expect(run({ keepFiringForSeconds: 30 }, [[0, v(95)], [15, v(50)], [29, v(50)], [30, v(50)]])).toEqual(['FIRING', 'FIRING', 'FIRING', 'NORMAL']);
    // A new breach during the spell restarts it.
    expect(run({ keepFiringForSeconds: 30 }, [[0, v(95)], [20, v(50)], [25, v(95)], [50, v(50)], [56, v(50)]])).toEqual(['FIRING', 'FIRING', 'FIRING', 'FIRING', 'NORMAL']);
  });

  it('hysteresis: once firing above 90, recovers only below the recovery threshold 80', () => {
    expect(run({ recoveryThreshold: 80 }, [[0, v(85)], [15, v(91)], [30, v(85)], [45, v(81)], [60, v(79)], [75, v(85)]])).toEqual([
      'NORMAL', 'FIRING', 'FIRING', 'FIRING', 'NORMAL', 'NORMAL',
    ]);
  });

  it('NoData follows the rule: NO_DATA state, OK, ALERTING (through the pending period) or KEEP_LAST', () => {
    const none: Observation = { kind: 'noData' };
    expect(run({}, [[0, v(95)], [15, none]])).toEqual(['FIRING', 'NO_DATA']);
    expect(run({ noDataState: 'OK' }, [[0, v(95)], [15, none]])).toEqual(['FIRING', 'NORMAL']);
    expect(run({ noDataState: 'ALERTING', forSeconds: 10 }, [[0, none], [10, none]])).toEqual(['PENDING', 'FIRING']);
    expect(run({ noDataState: 'KEEP_LAST' }, [[0, v(95)], [15, none], [30, none]])).toEqual(['FIRING', 'FIRING', 'FIRING']);
  });

  it('evaluation errors follow execErrState the same way', () => {
    const err: Observation = { kind: 'error', message: 'timeout' };
    expect(run({}, [[0, v(50)], [15, err], [30, v(50)]])).toEqual(['NORMAL', 'ERROR', 'NORMAL']);
    expect(run({ execErrState: 'KEEP_LAST' }, [[0, v(95)], [15, err]])).toEqual(['FIRING', 'FIRING']);
    expect(run({ execErrState: 'ALERTING' }, [[0, err]])).toEqual(['FIRING']);
  });

  it('reports a transition only when the state changes, with from and to', () => {
    const first = step(base, INITIAL, v(95), at(0));
    expect(first.transition).toEqual({ from: 'NORMAL', to: 'FIRING' });
    expect(step(base, first.next, v(96), at(15)).transition).toBeNull();
  });

  it('every operator compares as written', () => {
    const fires = (operator: RuleCondition['operator'], value: number) => step({ ...base, operator, threshold: 5 }, INITIAL, v(value), at(0)).next.state;
    expect([fires('GT', 6), fires('GT', 5), fires('GTE', 5), fires('LT', 4), fires('LTE', 5), fires('EQ', 5), fires('NE', 5)]).toEqual([
      'FIRING', 'NORMAL', 'FIRING', 'FIRING', 'FIRING', 'FIRING', 'NORMAL',
    ]);
  });
});
