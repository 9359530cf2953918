/**
 * Nagios-style flap detection: over the last 21 evaluations (20 possible changes), the weighted
 * share of evaluations whose state differed from the one before, newer changes weighing more
 * (0.80 for the oldest up to 1.18 for the newest). An instance starts flapping above the high
 * threshold and stops below the low one (the gap keeps it from flapping in and out of "flapping").
 */

export const FLAP_WINDOW = 21;

export interface FlapSettings {
  /** Percent; Nagios's default high_flap_threshold is 50 (per service). */
  high: number;
  /** Percent; must be below `high`. */
  low: number;
}

export const DEFAULT_FLAP: FlapSettings = { high: 50, low: 25 };

/** Weighted percent of state changes in `history` (oldest first; only the last 21 count). */
export function percentStateChange(history: readonly boolean[]): number {
  const recent = history.slice(-FLAP_WINDOW);
  if (recent.length < 2) return 0;
  let weighted = 0;
  for (let i = 1; i < recent.length; i += 1) {
    // Position among the 20 slots of a full window, so a short history is not over-weighted.
    const slot = FLAP_WINDOW - recent.length + i;
    if (recent[i] !== recent[i - 1]) weighted += 0.8 + (slot - 1) * 0.02;
  }
  return (weighted / (FLAP_WINDOW - 1)) * 100;
}

export interface FlapResult {
  history: boolean[];
  percent: number;
  flapping: boolean;
  /** true/false when flapping just started/stopped; null when unchanged. */
  changed: boolean | null;
}

/** Records one evaluation (`problem`: was the instance pending or firing) and decides flapping. */
export function recordEvaluation(history: readonly boolean[], problem: boolean, wasFlapping: boolean, settings: FlapSettings = DEFAULT_FLAP): FlapResult {
  const next = [...history, problem].slice(-FLAP_WINDOW);
  const percent = percentStateChange(next);
  const flapping = wasFlapping ? percent >= settings.low : percent > settings.high;
  return { history: next, percent, flapping, changed: flapping === wasFlapping ? null : flapping };
}
