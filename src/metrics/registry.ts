import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The one prom-client registry of the process: `/metrics` exposes it, and later the built-in
 * metrics store samples it. Per process, not per node object: tests run several nodes in one
 * process, and each adds its own `node` label where that matters.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Raised security events by kind and severity: alert rules fire on this. */
export const securityEventsTotal = new Counter({
  name: 'control_plane_security_events_total',
  help: 'Security events raised by threat detection',
  labelNames: ['kind', 'severity'] as const,
  registers: [metricsRegistry],
});

/** Requests refused by a rate limit, by the kind of limit that refused them. */
export const rateLimitedTotal = new Counter({
  name: 'control_plane_rate_limited_total',
  help: 'Requests refused by a rate limit or the query cost budget',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

/** Login attempts slowed down because their account has seen many failures from many IPs. */
export const loginDelayedTotal = new Counter({
  name: 'control_plane_login_delayed_total',
  help: 'Login attempts delayed by the per-account progressive slowdown',
  registers: [metricsRegistry],
});

/** SQL statements sent, so benchmarks and operators can see what one request or event costs. */
export const dbStatementsTotal = new Counter({
  name: 'control_plane_db_statements_total',
  help: 'SQL statements sent to PostgreSQL by this process',
  registers: [metricsRegistry],
});

/** Live subscriptions open on this process (every transport). */
export const openSubscriptions = new Gauge({
  name: 'control_plane_open_subscriptions',
  help: 'Subscriptions currently open on this process',
  registers: [metricsRegistry],
});

/** Subscribers closed because they fell too far behind (they resume from their cursor). */
export const slowConsumersTotal = new Counter({
  name: 'control_plane_slow_consumers_total',
  help: 'Subscriptions ended because their client did not keep up',
  registers: [metricsRegistry],
});

/**
 * Faults that reached the process level (src/server/fault-policy.ts), by kind: `rejection` (an
 * unhandled promise rejection, survived), `driver_fault` (a known-benign driver exception,
 * contained), `exception` (any other uncaught exception: the process shuts down).
 */
export const unhandledErrorsTotal = new Counter({
  name: 'control_plane_unhandled_errors_total',
  help: 'Unhandled rejections and uncaught exceptions that reached the process-level fault policy',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});
