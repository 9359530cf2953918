/**
 * Holt's linear trend and additive Holt-Winters in their state-space (error-correction) form,
 * ETS(A,A,N) and ETS(A,A,A) of Hyndman & Athanasopoulos, "Forecasting: Principles and Practice":
 *
 *   ŷ_t = l_{t-1} + b_{t-1} + s_{t-m}          e_t = y_t − ŷ_t
 *   l_t = l_{t-1} + b_{t-1} + α e_t            b_t = b_{t-1} + β e_t      s_t = s_{t-m} + γ e_t
 *
 * which is the classical Holt / Holt-Winters recursion with β = α·β* (β* the classical trend
 * weight), so 0 < β ≤ α and 0 ≤ γ ≤ 1 − α. Written here rather than taken from npm: nostradamus
 * 0.1.0 and holtwinters 0.0.1 take fixed parameters and return points only (no fitting, no
 * intervals, untouched for a decade), timeseries-analysis has no Holt-Winters, and arima (a WASM
 * build of ctsa) fits ARIMA models, not exponential smoothing. The method is the ~100 lines below,
 * checked against R's forecast::hw in test/unit/reports.
 */

export interface SmoothingParams {
  alpha: number;
  beta: number;
  /** 0 for Holt. */
  gamma: number;
}

/** States before the first observation; `season[j]` is the seasonal term of positions j, j+m, … (empty for Holt). */
export interface ModelState {
  level: number;
  trend: number;
  season: number[];
}

export interface ModelRun {
  sse: number;
  residuals: number[];
  /** States after the last observation (the forecast origin). */
  final: ModelState;
}

/** One-step-ahead pass over `y`; the seasonal period is `init.season.length` (0 for Holt). */
export function runModel(y: readonly number[], p: SmoothingParams, init: ModelState): ModelRun {
  const m = init.season.length;
  const season = init.season.slice();
  let level = init.level;
  let trend = init.trend;
  let sse = 0;
  const residuals = new Array<number>(y.length);
  for (let t = 0; t < y.length; t++) {
    const s = m > 0 ? season[t % m]! : 0;
    const e = y[t]! - (level + trend + s);
    residuals[t] = e;
    sse += e * e;
    level = level + trend + p.alpha * e;
    trend = trend + p.beta * e;
    if (m > 0) season[t % m] = s + p.gamma * e;
  }
  return { sse, residuals, final: { level, trend, season } };
}

/** Point forecast h steps (1-based) after the last of `n` observations. */
export function pointForecast(final: ModelState, n: number, h: number): number {
  const m = final.season.length;
  return final.level + h * final.trend + (m > 0 ? final.season[(n + h - 1) % m]! : 0);
}

/**
 * Forecast variance h steps ahead as a multiple of σ² (FPP, table of class-1 ETS variances):
 *   ETS(A,A,N): 1 + (h−1){α² + αβh + β²h(2h−1)/6}
 *   ETS(A,A,A): the same + γk{2α + γ + βm(k+1)}, k = ⌊(h−1)/m⌋.
 */
export function varianceMultiplier(p: SmoothingParams, h: number, m: number): number {
  const { alpha: a, beta: b, gamma: g } = p;
  let v = 1 + (h - 1) * (a * a + a * b * h + (b * b * h * (2 * h - 1)) / 6);
  if (m > 0) {
    const k = Math.floor((h - 1) / m);
    v += g * k * (2 * a + g + b * m * (k + 1));
  }
  return v;
}

/** Holt's initial level and trend: OLS over the first (up to) ten points, so one outlier at the start does not set the slope. */
export function holtInitialState(y: readonly number[]): ModelState {
  const n = Math.min(y.length, 10);
  const xMean = (n - 1) / 2;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += y[i]!;
  yMean /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - xMean) * (y[i]! - yMean);
    sxx += (i - xMean) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = yMean - slope * xMean;
  // The state sits one step before index 0, so that ŷ_0 = level + trend = the line at 0.
  return { level: intercept - slope, trend: slope, season: [] };
}

/**
 * Holt-Winters initial states from the first (up to three) complete seasons: the trend is the least-
 * squares line through the season means (a whole season's mean carries no seasonal term), and each
 * seasonal term is the average deviation from that line at its position, centred to sum to zero.
 * Needs at least two complete seasons.
 */
export function holtWintersInitialState(y: readonly number[], m: number): ModelState {
  const k = Math.min(Math.floor(y.length / m), 3);
  if (k < 2) throw new Error(`Holt-Winters initialisation needs two seasons of ${m}, got ${y.length} points`);
  const centres: number[] = [];
  const means: number[] = [];
  for (let s = 0; s < k; s++) {
    let sum = 0;
    for (let j = 0; j < m; j++) sum += y[s * m + j]!;
    means.push(sum / m);
    centres.push(s * m + (m - 1) / 2);
  }
  const cMean = centres.reduce((a, b) => a + b, 0) / k;
  const mMean = means.reduce((a, b) => a + b, 0) / k;
  let sxy = 0;
  let sxx = 0;
  for (let s = 0; s < k; s++) {
    sxy += (centres[s]! - cMean) * (means[s]! - mMean);
    sxx += (centres[s]! - cMean) ** 2;
  }
  const slope = sxy / sxx;
  const line = (x: number): number => mMean + slope * (x - cMean);
  const season = new Array<number>(m).fill(0);
  for (let j = 0; j < m; j++) {
    for (let s = 0; s < k; s++) season[j]! += y[s * m + j]! - line(s * m + j);
    season[j] = season[j]! / k;
  }
  const centre = season.reduce((a, b) => a + b, 0) / m;
  return { level: line(-1), trend: slope, season: season.map((v) => v - centre) };
}
