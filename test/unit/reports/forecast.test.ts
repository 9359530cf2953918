import { describe, expect, it } from 'vitest';
import { defaultHorizon, forecastValues, mape, type ValuesForecast } from '../../../src/services/reports/analytics/forecast';
import { minimiseInUnitBox } from '../../../src/services/reports/analytics/optimise';

/** Deterministic noise in [-0.5, 0.5) (Park–Miller), so every run sees the same series. */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647 - 0.5;
  };
}

function available(f: ValuesForecast): Extract<ValuesForecast, { available: true }> {
  if (!f.available) throw new Error(`expected a forecast, got: ${f.reason}`);
  return f;
}

const WEEKLY = [20, 25, 24, 22, 18, -45, -64]; // Mon..Sun deviations, summing to 0

describe('Holt on trending series', () => {
  it('continues an exact line with intervals of no width and a backtest error of 0', () => {
    // 12 months: fewer than two seasons of 12, so Holt.
    const y = Array.from({ length: 12 }, (_, i) => 40 + 2.5 * i);
    const f = available(forecastValues(y, { granularity: 'MONTH' }));
    expect(f.method).toBe('HOLT');
    expect(f.seasonLength).toBeNull();
    expect(f.horizon).toBe(3);
    f.values.forEach((v, i) => {
      expect(v.value).toBeCloseTo(40 + 2.5 * (12 + i), 6);
      expect(v.hi95 - v.lo95).toBeLessThan(1e-6);
    });
    expect(f.mape).toBeCloseTo(0, 6);
  });

  it('on a noisy line: follows the slope, nests the 80 % band in the 95 % band, and widens the bands with the horizon', () => {
    const rnd = noise(3);
    const y = Array.from({ length: 40 }, (_, i) => 100 + 3 * i + 20 * rnd());
    const f = available(forecastValues(y, { granularity: 'WEEK' }));
    expect(f.method).toBe('HOLT');
    expect(f.horizon).toBe(10);
    const steps = f.values.slice(1).map((v, i) => v.value - f.values[i]!.value);
    for (const s of steps) expect(Math.abs(s - 3)).toBeLessThan(1);
    // The first forecast is near the true continuation (a few noise widths at most).
    expect(Math.abs(f.values[0]!.value - (100 + 3 * 40))).toBeLessThan(10);
    for (const v of f.values) {
      expect(v.lo95).toBeLessThan(v.lo80);
      expect(v.lo80).toBeLessThan(v.value);
      expect(v.value).toBeLessThan(v.hi80);
      expect(v.hi80).toBeLessThan(v.hi95);
    }
    const widths = f.values.map((v) => v.hi95 - v.lo95);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    // One step ahead the band is exactly z·σ either side.
    expect(f.values[0]!.hi80 - f.values[0]!.value).toBeCloseTo(1.2815515655446004 * f.parameters.sigma!, 9);
    expect(f.values[0]!.value - f.values[0]!.lo95).toBeCloseTo(1.959963984540054 * f.parameters.sigma!, 9);
    expect(f.mape!).toBeGreaterThan(0);
    expect(f.mape!).toBeLessThan(10);
    expect(f.parameters.beta!).toBeLessThanOrEqual(f.parameters.alpha!);
  });

  it('one-step intervals cover about 80 % and 95 % of what happens next', () => {
    const rnd = noise(11);
    let in80 = 0;
    let in95 = 0;
    const trials = 300;
    for (let k = 0; k < trials; k++) {
      const y = Array.from({ length: 31 }, (_, i) => 50 + 0.8 * i + 12 * rnd());
      const f = available(forecastValues(y.slice(0, 30), { granularity: 'WEEK', horizon: 1 }));
      const actual = y[30]!;
      const p = f.values[0]!;
      if (actual >= p.lo80 && actual <= p.hi80) in80++;
      if (actual >= p.lo95 && actual <= p.hi95) in95++;
    }
    expect(in80 / trials).toBeGreaterThan(0.7);
    expect(in80 / trials).toBeLessThan(0.9);
    expect(in95 / trials).toBeGreaterThan(0.88);
    expect(in95 / trials).toBeLessThanOrEqual(1);
  });

});

describe('Holt-Winters on seasonal series', () => {
  const rnd = noise(7);
  // Five weeks of daily values: a trend, a weekday/weekend pattern and a little noise.
  const y = Array.from({ length: 35 }, (_, i) => 200 + 1.5 * i + WEEKLY[i % 7]! + 4 * rnd());

  it('is chosen with a season of 7 days, backtests with a small MAPE and follows the weekly pattern', () => {
    const f = available(forecastValues(y, { granularity: 'DAY' }));
    expect(f.method).toBe('HOLT_WINTERS_ADDITIVE');
    expect(f.seasonLength).toBe(7);
    expect(f.horizon).toBe(9);
    expect(f.parameters.gamma).toBeDefined();
    expect(f.mape!).toBeLessThan(5);
    f.values.forEach((v, h) => {
      const truth = 200 + 1.5 * (35 + h) + WEEKLY[(35 + h) % 7]!;
      expect(Math.abs(v.value - truth) / truth).toBeLessThan(0.03);
    });
    // Index 35 is a Monday of the pattern: the weekend dip comes back at h = 6 and 7 (Sat, Sun).
    expect(f.values[5]!.value).toBeLessThan(f.values[4]!.value - 40);
    expect(f.values[6]!.value).toBeLessThan(f.values[5]!.value);
    expect(f.values[7]!.value).toBeGreaterThan(f.values[6]!.value + 60);
  });

  it('falls back to Holt with fewer than two full seasons', () => {
    const f = available(forecastValues(y.slice(0, 13), { granularity: 'DAY' }));
    expect(f.method).toBe('HOLT');
    expect(f.parameters.gamma).toBeUndefined();
    const g = available(forecastValues(y.slice(0, 14), { granularity: 'DAY' }));
    expect(g.method).toBe('HOLT_WINTERS_ADDITIVE');
  });

});

describe('when a forecast is not possible or not meaningful', () => {
  it('too short: not available, with a sentence naming the count', () => {
    const f = forecastValues([3, 4, 5, 6, 7], { granularity: 'DAY' });
    expect(f).toEqual({
      available: false,
      reason: 'Not enough data for a forecast: the range has 5 days, a forecast needs at least 6.',
    });
    expect(forecastValues([1], { granularity: 'MONTH' })).toMatchObject({ available: false, reason: expect.stringContaining('1 month,') });
  });

  it('all zeros: not available; zeros in the hold-out: no MAPE', () => {
    expect(forecastValues(new Array(20).fill(0), { granularity: 'HOUR' })).toEqual({
      available: false,
      reason: 'No forecast: every hour in the range is zero.',
    });
    const f = available(forecastValues([5, 3, 4, 6, 2, 1, 0, 0], { granularity: 'WEEK' }));
    expect(f.parameters.backtestPoints).toBe(2);
    expect(f.mape).toBeNull();
    expect(forecastValues([1, 2, Number.NaN, 4, 5, 6], { granularity: 'DAY' })).toMatchObject({ available: false });
  });

  it('clamps a non-negative series at 0, but leaves a series with negative values alone', () => {
    const falling = available(forecastValues([60, 50, 40, 30, 20, 10, 4, 1], { granularity: 'WEEK', horizon: 6 }));
    for (const v of falling.values) expect(Math.min(v.value, v.lo80, v.lo95)).toBeGreaterThanOrEqual(0);
    expect(falling.values.at(-1)!.value).toBe(0);
    const signed = available(forecastValues([6, 4, 2, 0, -2, -4, -6, -8], { granularity: 'WEEK', horizon: 3 }));
    expect(signed.values[0]!.value).toBeCloseTo(-10, 6);
  });

  it('a constant series forecasts the same value with no spread', () => {
    const f = available(forecastValues(new Array(10).fill(5), { granularity: 'WEEK' }));
    expect(f.values.map((v) => [v.value, v.lo95, v.hi95])).toEqual([
      [5, 5, 5],
      [5, 5, 5],
      [5, 5, 5],
    ]);
    expect(f.mape).toBe(0);
  });

  it('horizon: a quarter of the length, at least 1 and at most 30', () => {
    expect(defaultHorizon(6)).toBe(2);
    expect(defaultHorizon(2)).toBe(1);
    expect(defaultHorizon(1000)).toBe(30);
    expect(available(forecastValues(Array.from({ length: 400 }, (_, i) => i % 5), { granularity: 'MONTH' })).horizon).toBe(30);
  });

  it('is deterministic', () => {
    const rnd = noise(99);
    const y = Array.from({ length: 50 }, () => 100 + 30 * rnd());
    expect(forecastValues(y, { granularity: 'DAY' })).toEqual(forecastValues(y, { granularity: 'DAY' }));
  });
});

describe('building blocks', () => {
  it('MAPE skips actual zeros', () => {
    expect(mape([100, 0, 50], [90, 5, 55])).toBeCloseTo(10, 12);
    expect(mape([0, 0], [1, 2])).toBeNull();
  });

  it('the optimiser finds the minimum of a smooth bowl inside the box and on its edge', () => {
    const inside = minimiseInUnitBox(([a, b]) => (a! - 0.23) ** 2 + 3 * (b! - 0.71) ** 2, 2);
    expect(inside.x[0]).toBeCloseTo(0.23, 3);
    expect(inside.x[1]).toBeCloseTo(0.71, 3);
    const edge = minimiseInUnitBox(([a, b, c]) => (a! + 0.5) ** 2 + (b! - 0.4) ** 2 + (c! - 1.3) ** 2, 3);
    expect(edge.x[0]).toBeCloseTo(0, 3);
    expect(edge.x[1]).toBeCloseTo(0.4, 3);
    expect(edge.x[2]).toBeCloseTo(1, 3);
  });
});
