import { Counter, Histogram } from 'prom-client';
import { metricsRegistry } from './registry';

/** Delivery attempts by channel type and outcome (SUCCEEDED, RETRY, FAILED, DEAD). */
export const deliveryAttemptsTotal = new Counter({
  name: 'control_plane_delivery_attempts_total',
  help: 'Outbound delivery attempts (notifications, reports) by channel type and outcome',
  labelNames: ['channel_type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const deliveryLatencySeconds = new Histogram({
  name: 'control_plane_delivery_latency_seconds',
  help: 'Duration of one outbound delivery attempt, by channel type',
  labelNames: ['channel_type'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});
