import { describe, expect, it } from 'vitest';
import { percentStateChange, recordEvaluation } from '../../../src/services/alerts/flap-detector';

describe('flap detection (Nagios weighted state change)', () => {
  it('a steady history is 0 %, a full alternation about 100 %', () => {
    expect(percentStateChange(Array(21).fill(true))).toBe(0);
    const alternating = Array.from({ length: 21 }, (_, i) => i % 2 === 0);
    expect(percentStateChange(alternating)).toBeCloseTo(99, 0);
  });

  it('weights recent changes more than old ones', () => {
    const oldChange = [true, false, ...Array(19).fill(false)];
    const newChange = [...Array(20).fill(false), true];
    expect(percentStateChange(newChange)).toBeGreaterThan(percentStateChange(oldChange));
    expect(percentStateChange(oldChange)).toBeCloseTo(4, 5); // 0.80 / 20
    expect(percentStateChange(newChange)).toBeCloseTo(5.9, 5); // 1.18 / 20
  });

  it('starts flapping above the high threshold and stops only below the low one', () => {
    let history: boolean[] = [];
    let flapping = false;
    const changes: Array<boolean | null> = [];
    for (let i = 0; i < 21; i += 1) {
      const r = recordEvaluation(history, i % 2 === 0, flapping);
      history = r.history;
      flapping = r.flapping;
      if (r.changed !== null) changes.push(r.changed);
    }
    expect(flapping).toBe(true);
    // Steady again: the percentage decays; flapping ends once, below 25 %.
    for (let i = 0; i < 21; i += 1) {
      const r = recordEvaluation(history, true, flapping);
      history = r.history;
      flapping = r.flapping;
      if (r.changed !== null) changes.push(r.changed);
    }
    expect(flapping).toBe(false);
    expect(changes).toEqual([true, false]);
  });
});
