/**
 * A small deterministic minimiser over the unit box [0, 1]^d: a coarse grid picks the start, then
 * Nelder–Mead refines it with every vertex clamped into the box. Enough for two or three smoothing
 * parameters whose SSE surface is smooth; no randomness, so the same series always yields the same
 * parameters (and the same report).
 */

const GRID = [0.1, 0.3, 0.5, 0.7, 0.9];

export interface Minimum {
  x: number[];
  value: number;
  evaluations: number;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

function gridPoints(d: number): number[][] {
  let points: number[][] = [[]];
  for (let i = 0; i < d; i++) points = points.flatMap((p) => GRID.map((g) => [...p, g]));
  return points;
}

export function minimiseInUnitBox(f: (x: number[]) => number, d: number, maxIterations = 150 * d): Minimum {
  let evaluations = 0;
  const evalAt = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };

  let best = { x: gridPoints(d)[0]!, value: Number.POSITIVE_INFINITY };
  for (const x of gridPoints(d)) {
    const value = evalAt(x);
    if (value < best.value) best = { x, value };
  }

  // Initial simplex: the grid optimum and one step of 0.1 along each axis (inwards at the box edge).
  let simplex = [{ x: best.x, value: best.value }];
  for (let i = 0; i < d; i++) {
    const x = best.x.slice();
    x[i] = x[i]! + 0.1 <= 1 ? x[i]! + 0.1 : x[i]! - 0.1;
    simplex.push({ x, value: evalAt(x) });
  }

  const combine = (a: number[], b: number[], t: number): number[] => a.map((ai, i) => clamp01(ai + t * (b[i]! - ai)));
  for (let iter = 0; iter < maxIterations; iter++) {
    simplex.sort((p, q) => p.value - q.value);
    const lo = simplex[0]!;
    const hi = simplex[d]!;
    const spread = Math.abs(hi.value - lo.value);
    const size = Math.max(...simplex.slice(1).map((p) => Math.max(...p.x.map((v, i) => Math.abs(v - lo.x[i]!)))));
    if (spread <= 1e-10 * (Math.abs(lo.value) + 1e-12) && size < 1e-4) break;
    if (size < 1e-7) break;

    const centroid = new Array<number>(d).fill(0);
    for (let j = 0; j < d; j++) for (let i = 0; i < d; i++) centroid[i] = centroid[i]! + simplex[j]!.x[i]! / d;

    const reflected = combine(centroid, hi.x, -1);
    const fr = evalAt(reflected);
    if (fr < lo.value) {
      const expanded = combine(centroid, hi.x, -2);
      const fe = evalAt(expanded);
      simplex[d] = fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
      continue;
    }
    if (fr < simplex[d - 1]!.value) {
      simplex[d] = { x: reflected, value: fr };
      continue;
    }
    const contracted = fr < hi.value ? combine(centroid, reflected, 0.5) : combine(centroid, hi.x, 0.5);
    const fc = evalAt(contracted);
    if (fc < Math.min(fr, hi.value)) {
      simplex[d] = { x: contracted, value: fc };
      continue;
    }
    // Shrink towards the best vertex.
    simplex = simplex.map((p, i) => {
      if (i === 0) return p;
      const x = combine(lo.x, p.x, 0.5);
      return { x, value: evalAt(x) };
    });
  }
  simplex.sort((p, q) => p.value - q.value);
  const winner = simplex[0]!.value <= best.value ? simplex[0]! : best;
  return { x: winner.x, value: winner.value, evaluations };
}
