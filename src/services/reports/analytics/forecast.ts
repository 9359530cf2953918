/**
 * Forecasts of a report series: Holt's linear trend, or additive Holt-Winters when the series covers
 * at least two full seasons. Smoothing parameters minimise the one-step-ahead SSE; intervals use the
 * residual variance and the horizon-dependent ETS variance; MAPE comes from a hold-out backtest
 * (the same method refitted on all but the last points). With too little data the result says so
 * in a sentence the report prints instead of a line.
 *
 * Non-negative series (counts): forecasts and interval bounds are clamped at 0, since a negative
 * count is impossible; the Gaussian band is otherwise left as it is (not re-centred).
 */
import type { Forecast } from '../report-document';
import type { Granularity } from './buckets';
import {
  holtInitialState,
  holtWintersInitialState,
  pointForecast,
  runModel,
  varianceMultiplier,
  type ModelState,
  type SmoothingParams,
} from './exponential-smoothing';
import { minimiseInUnitBox } from './optimise';

/** Season length in buckets: a day of hours, a week of days, a year of weeks or of months. */
export const SEASON_LENGTHS: Record<Granularity, number> = { HOUR: 24, DAY: 7, WEEK: 52, MONTH: 12 };

/** Fewest points Holt's method is fitted to (and reported on). */
export const MIN_POINTS_HOLT = 6;
/** Fewest points a backtest fits Holt to (the hold-out leaves the rest). */
const MIN_BACKTEST_TRAIN_HOLT = 4;
export const MAX_HORIZON = 30;

const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;
/** Bounds of the smoothing parameters, as in R's forecast::ets, keeping the model away from the degenerate edges. */
const P_LO = 1e-4;
const P_HI = 0.9999;

const UNIT_WORDS: Record<Granularity, [string, string]> = {
  HOUR: ['hour', 'hours'],
  DAY: ['day', 'days'],
  WEEK: ['week', 'weeks'],
  MONTH: ['month', 'months'],
};

export interface ForecastOptions {
  granularity: Granularity;
  /** Buckets to forecast; default a quarter of the series length, between 1 and MAX_HORIZON. */
  horizon?: number;
  /** Override the season length (null: never seasonal). */
  seasonLength?: number | null;
}

export interface ForecastValue {
  value: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
}

export type ValuesForecast =
  | (Omit<Extract<Forecast, { available: true }>, 'points'> & { values: ForecastValue[] })
  | Extract<Forecast, { available: false }>;

interface FittedModel {
  params: SmoothingParams;
  final: ModelState;
  sse: number;
  n: number;
  m: number;
}

export function defaultHorizon(length: number): number {
  return Math.min(MAX_HORIZON, Math.max(1, Math.round(length / 4)));
}

/** Fit Holt (m = 0) or Holt-Winters (m > 0) by minimising the one-step-ahead SSE. */
export function fitModel(y: readonly number[], m: number): FittedModel {
  const init = m > 0 ? holtWintersInitialState(y, m) : holtInitialState(y);
  const toParams = (x: number[]): SmoothingParams => {
    const alpha = P_LO + (P_HI - P_LO) * x[0]!;
    // β ≤ α and γ ≤ 1 − α (the usual admissible region) through the relative weights β*, γ*.
    const beta = alpha * (P_LO + (P_HI - P_LO) * x[1]!);
    const gamma = m > 0 ? (1 - alpha) * (P_LO + (P_HI - P_LO) * x[2]!) : 0;
    return { alpha, beta, gamma };
  };
  const best = minimiseInUnitBox((x) => runModel(y, toParams(x), init).sse, m > 0 ? 3 : 2);
  const params = toParams(best.x);
  const run = runModel(y, params, init);
  return { params, final: run.final, sse: run.sse, n: y.length, m };
}

/** Point forecasts 1..h steps after the fitted data. */
function pointForecasts(model: FittedModel, h: number): number[] {
  return Array.from({ length: h }, (_, i) => pointForecast(model.final, model.n, i + 1));
}

/** Mean absolute percentage error in percent over the actuals that are not 0; null if all are 0. */
export function mape(actual: readonly number[], predicted: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  actual.forEach((a, i) => {
    if (a === 0) return;
    sum += Math.abs((a - predicted[i]!) / a);
    count++;
  });
  return count === 0 ? null : (100 * sum) / count;
}

export function forecastValues(values: readonly number[], options: ForecastOptions): ValuesForecast {
  const n = values.length;
  const [one, many] = UNIT_WORDS[options.granularity];
  if (values.some((v) => !Number.isFinite(v))) {
    return { available: false, reason: 'No forecast: the series has missing or non-numeric values.' };
  }
  if (n < MIN_POINTS_HOLT) {
    return {
      available: false,
      reason: `Not enough data for a forecast: the range has ${n} ${n === 1 ? one : many}, a forecast needs at least ${MIN_POINTS_HOLT}.`,
    };
  }
  if (values.every((v) => v === 0)) {
    return { available: false, reason: `No forecast: every ${one} in the range is zero.` };
  }

  const seasonLength = options.seasonLength === undefined ? SEASON_LENGTHS[options.granularity] : options.seasonLength;
  const m = seasonLength !== null && seasonLength >= 2 && n >= 2 * seasonLength ? seasonLength : 0;
  const horizon = Math.min(MAX_HORIZON, Math.max(1, Math.floor(options.horizon ?? defaultHorizon(n))));

  const model = fitModel(values, m);
  // Degrees of freedom: the smoothing parameters and the initial states were all taken from the data.
  const parameterCount = m > 0 ? 3 + 2 + (m - 1) : 2 + 2;
  const sigma2 = model.sse / Math.max(1, n - parameterCount);
  const nonNegative = values.every((v) => v >= 0);
  const floor = (v: number): number => (nonNegative && v < 0 ? 0 : v);

  const forecastValuesOut = pointForecasts(model, horizon).map((value, i) => {
    const sd = Math.sqrt(sigma2 * varianceMultiplier(model.params, i + 1, m));
    return {
      value: floor(value),
      lo80: floor(value - Z80 * sd),
      hi80: floor(value + Z80 * sd),
      lo95: floor(value - Z95 * sd),
      hi95: floor(value + Z95 * sd),
    };
  });

  // Backtest: the same method refitted without the last points, scored on them.
  const minTrain = m > 0 ? 2 * m : MIN_BACKTEST_TRAIN_HOLT;
  const holdOut = Math.min(horizon, n - minTrain);
  let backtestMape: number | null = null;
  if (holdOut >= 1) {
    const train = values.slice(0, n - holdOut);
    const predicted = pointForecasts(fitModel(train, m), holdOut).map(floor);
    backtestMape = mape(values.slice(n - holdOut), predicted);
  }

  const parameters: Record<string, number> = {
    alpha: model.params.alpha,
    beta: model.params.beta,
    sigma: Math.sqrt(sigma2),
    backtestPoints: Math.max(0, holdOut),
  };
  if (m > 0) parameters.gamma = model.params.gamma;
  return {
    available: true,
    method: m > 0 ? 'HOLT_WINTERS_ADDITIVE' : 'HOLT',
    seasonLength: m > 0 ? m : null,
    horizon,
    values: forecastValuesOut,
    mape: backtestMape,
    parameters,
  };
}
