import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { GaugeSources } from './gauge-sources';

/**
 * The one prom-client registry of the process: `/metrics` exposes it, and later the built-in
 * metrics store samples it. Per process, not per node object: tests run several nodes in one
 * process, and each adds its own `node` label where that matters.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
// prom-client names three gauges `…_total`, which Prometheus reserves for counters (promtool
// rejects them). Their per-type versions (nodejs_active_handles{type}, …) carry the same data.
for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) {
  metricsRegistry.removeSingleMetric(name);
}

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

// Issue 8, observability: what an operator needs on a dashboard without reading logs.

/** GraphQL operations over HTTP, by operation name (bounded: src/metrics/operation-names.ts) and type. */
export const graphqlRequestsTotal = new Counter({
  name: 'control_plane_graphql_requests_total',
  help: 'GraphQL operations answered over HTTP, by operation name and type',
  labelNames: ['operation', 'type'] as const,
  registers: [metricsRegistry],
});

/** Errors in GraphQL answers, by the client-visible code (one per error, not per request). */
export const graphqlErrorsTotal = new Counter({
  name: 'control_plane_graphql_errors_total',
  help: 'Errors returned in GraphQL answers, by operation name and extensions.code',
  labelNames: ['operation', 'code'] as const,
  registers: [metricsRegistry],
});

/**
 * Operations that failed on the server's side: an INTERNAL error in the answer or an HTTP 5xx. The
 * metrics store's `graphql_error_rate` is this over graphqlRequestsTotal (one per operation, so a
 * request with several errors counts once).
 */
export const graphqlFailedOperationsTotal = new Counter({
  name: 'control_plane_graphql_failed_operations_total',
  help: 'GraphQL operations over HTTP that ended with an INTERNAL error or an HTTP 5xx status, by operation name',
  labelNames: ['operation'] as const,
  registers: [metricsRegistry],
});

/** From the request's arrival to the answer being ready, per operation. */
export const graphqlDurationSeconds = new Histogram({
  name: 'control_plane_graphql_request_duration_seconds',
  help: 'Time from request start to response, by operation name',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Failed logins by cause; the response never tells the caller which one it was. */
export const loginFailuresTotal = new Counter({
  name: 'control_plane_login_failures_total',
  help: 'Failed password logins, by reason (unknown_email, bad_password, inactive_user)',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

/** Domain events this process committed and handed to the transport (Redis or in-process). */
export const eventsPublishedTotal = new Counter({
  name: 'control_plane_events_published_total',
  help: 'Domain events committed and published by this process, by topic',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
});

/** One per (event, local subscriber listener): the fan-out this process did. */
export const eventsDeliveredTotal = new Counter({
  name: 'control_plane_events_delivered_total',
  help: 'Domain events delivered to local subscribers (one per event and listener), by topic',
  labelNames: ['topic'] as const,
  registers: [metricsRegistry],
});

/** Transactions re-run after a transient database error (src/services/shared/unit-of-work.ts). */
export const transactionRetriesTotal = new Counter({
  name: 'control_plane_db_transaction_retries_total',
  help: 'Transactions retried after a transient database error, by SQLSTATE or error code',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

/** Classified errors (src/errors/classify.ts), one per class an error carries. */
export const classifiedErrorsTotal = new Counter({
  name: 'control_plane_errors_total',
  help: 'Errors seen in GraphQL operations, by class (an error with several classes counts in each)',
  labelNames: ['class'] as const,
  registers: [metricsRegistry],
});

/** Error records not written to the error_events table (buffer full or PostgreSQL away). */
export const errorEventsDroppedTotal = new Counter({
  name: 'control_plane_error_events_dropped_total',
  help: 'Error records dropped instead of stored for errorStats (buffer full or database away)',
  registers: [metricsRegistry],
});

/** Durable jobs finished on this node (src/services/jobs/), by task and outcome. */
export const jobsTotal = new Counter({
  name: 'control_plane_jobs_total',
  help: 'Durable jobs run on this node, by task and outcome (success, error: will retry, failed: out of attempts)',
  labelNames: ['task', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** Sampled at scrape time from every live source in the process (src/metrics/gauge-sources.ts). */
export const openWebSockets = summedGauge('control_plane_open_websockets', 'WebSocket connections currently open on /graphql');
export const dbPoolInUse = summedGauge('control_plane_db_pool_in_use', 'Database operations holding a pooled connection');
export const dbPoolWaiting = summedGauge('control_plane_db_pool_waiting', 'Database operations waiting for a pooled connection');
export const dbTransactionSlotsInUse = summedGauge('control_plane_db_transaction_slots_in_use', 'Transaction slots held (the pool keeps some connections free of transactions)');
export const dbTransactionSlotsWaiting = summedGauge('control_plane_db_transaction_slots_waiting', 'Transactions waiting for a transaction slot');

/** 1 when a Redis client of this role is ready, 0 otherwise; absent when Redis is not configured. */
export const redisConnected = new Gauge({
  name: 'control_plane_redis_connected',
  help: 'Redis connection state per client role (1 ready, 0 not ready)',
  labelNames: ['role'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    const byRole = new Map<string, number>();
    for (const [role, ready] of redisSources) byRole.set(role, Math.min(byRole.get(role) ?? 1, ready() ? 1 : 0));
    for (const [role, value] of byRole) this.set({ role }, value);
  },
});
const redisSources = new Set<[string, () => boolean]>();

/** Reports a Redis client's state until the returned function is called (on close). */
export function watchRedisClient(role: string, ready: () => boolean): () => void {
  const entry: [string, () => boolean] = [role, ready];
  redisSources.add(entry);
  return () => redisSources.delete(entry);
}

/** A gauge that sums its registered sources when scraped; `.sources.add(fn)` registers one. */
function summedGauge(name: string, help: string): Gauge & { sources: GaugeSources } {
  const sources = new GaugeSources();
  const gauge = new Gauge({
    name,
    help,
    registers: [metricsRegistry],
    collect() {
      this.set(sources.sum());
    },
  });
  return Object.assign(gauge, { sources });
}
