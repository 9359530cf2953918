import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/**
 * Which proxies may set X-Forwarded-For: `false` (none: the socket address is the client), a hop
 * count (`1`: one load balancer in front), or a comma list of proxy addresses/CIDRs (Express's
 * names `loopback`, `linklocal`, `uniquelocal` too). `true` is refused: it would trust the
 * client-chosen left-most entry.
 */
const trustProxy = z
  .string()
  .trim()
  .refine((v) => v !== 'true' && v !== '1=true', {
    message: 'TRUST_PROXY=true would trust a client-chosen X-Forwarded-For; set a hop count (e.g. 1) or the proxy addresses',
  })
  .refine((v) => v === 'false' || /^\d{1,2}$/.test(v) || v.split(',').every((p) => /^[\w.:/]+$/.test(p.trim()) && p.trim() !== ''), {
    message: 'TRUST_PROXY must be false, a hop count, or a comma list of proxy addresses/CIDRs',
  })
  .transform((v): false | number | string[] =>
    v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v.split(',').map((p) => p.trim()),
  );
/** A 256-bit key as 64 hex characters or base64 (url-safe or not) of exactly 32 bytes. */
export function parseKey256(value: string): Buffer | null {
  const v = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(v)) return null;
  const bytes = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length === 32 ? bytes : null;
}
const KEY_MESSAGE = 'must be 32 bytes as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)';
const key256 = z.string().refine((v) => parseKey256(v) !== null, KEY_MESSAGE);

/** `https://host[:port]` exactly as a browser sends it in `Origin` (no path, no trailing slash). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Every environment variable the server reads; documented one-to-one in the README table. */
const envSchema = z.object({
  // Secure by default: stack traces only when asked for (npm run dev).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .url()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// (or postgresql://) URL, e.g. postgres://user:password@host:5432/db')
    .optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  /** As root only: where the cluster and a copy of the binaries go when the postgres user cannot reach the checkout. */
  EMBEDDED_PG_SYSTEM_DIR: z.string().default('/var/lib/control-plane'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  // Bounded waits while PostgreSQL is away: a request fails UNAVAILABLE instead of hanging.
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(2),
  /** Server-side cap on one statement (PostgreSQL statement_timeout); 0 turns it off. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Longest a request waits for a database connection before answering UNAVAILABLE. */
  REQUEST_DB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// (or rediss://) URL, e.g. redis://127.0.0.1:6379')
    .optional(),
  /** Namespaces channels and keys, so several deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[\w:.-]{0,64}$/).default('cp:'),
  // Shared read cache (src/services/cache): Redis with REDIS_URL, else an in-process LRU.
  /** Longest a cached read lives; tag invalidation normally replaces it much sooner. 0 turns the cache off. */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Entries kept at most (per node in memory; per deployment in Redis); the least recently stored go first. */
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** A read whose serialised value is larger than this is not cached. */
  CACHE_MAX_ENTRY_BYTES: z.coerce.number().int().min(256).max(16 * 1024 * 1024).default(256 * 1024),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  // The built-in default is accepted when spelled out (compose files and charts set it explicitly),
  // although zod's email check wants a dotted domain.
  ADMIN_EMAIL: z.union([z.literal('admin@localhost'), z.email()]).optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(900),
  SESSION_ABSOLUTE_TTL_HOURS: z.coerce.number().positive().default(24 * 14),
  SESSION_IDLE_TTL_MINUTES: z.coerce.number().positive().default(60 * 24),
  // Lockout is per (account, client IP): one client hammering an account never locks its owner out
  // elsewhere. Across all IPs an account is only slowed down (progressive delay), never refused.
  LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_SLOWDOWN_AFTER_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(20),
  LOGIN_MAX_DELAY_MS: z.coerce.number().int().min(0).max(30_000).default(5_000),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  // Threat detection: each burst raises one security event per window (shared through Redis).
  SECURITY_LOGIN_BURST_THRESHOLD: z.coerce.number().int().min(2).default(5),
  SECURITY_LOGIN_BURST_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  SECURITY_STUFFING_ACCOUNTS_THRESHOLD: z.coerce.number().int().min(2).default(10),
  SECURITY_STUFFING_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  SECURITY_FORBIDDEN_BURST_THRESHOLD: z.coerce.number().int().min(2).default(20),
  SECURITY_FORBIDDEN_BURST_WINDOW_SECONDS: z.coerce.number().int().min(1).default(300),
  SECURITY_VERIFY_AUDIT_CHAIN_AT_START: bool.default(true),
  // Signed audit checkpoints: verification starts at the newest one. 0 turns the timer off.
  AUDIT_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  // Live events: subscriptions resume from a cursor within this window; older cursors get CURSOR_EXPIRED.
  EVENT_LOG_RETENTION_HOURS: z.coerce.number().min(0.01).max(24 * 90).default(24),
  // Durable jobs (graphile-worker in the same PostgreSQL): false makes a node API-only.
  WORKER_ENABLED: bool.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  WORKER_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  WORKER_STALE_AFTER_SECONDS: z.coerce.number().int().min(10).max(3_600).default(30),
  // Alertmanager-compatible intake (POST /api/v2/alerts): bounded body and batch.
  ALERTS_INTAKE_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(2 * 1024 * 1024),
  ALERTS_INTAKE_MAX_BATCH: z.coerce.number().int().min(1).max(100_000).default(1_000),
  // Outbound deliveries (notification channels, report delivery): durable job per send.
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Bound on one attempt, connect to last byte read (HTTP) or the whole SMTP conversation. */
  DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** First retry waits up to this long; each further one doubles it (full jitter), up to the cap. */
  DELIVERY_BACKOFF_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(5_000),
  /** Cap on any retry delay, a receiver's Retry-After included. */
  DELIVERY_BACKOFF_MAX_MS: z.coerce.number().int().min(1).max(86_400_000).default(3_600_000),
  /** Lets deliveries reach loopback, private, link-local and other internal addresses (SSRF guard off; tests, labs). */
  ALLOW_PRIVATE_TARGETS: bool.default(false),
  /** Finished deliveries (and their attempt logs) are kept this long; pending ones until they finish. */
  DELIVERY_RETENTION_DAYS: z.coerce.number().min(0.01).max(3650).default(30),
  /**
   * The product's own outbound mail (scheduled reports, schedule notices): `smtp://user:password@host:587`
   * (STARTTLS) or `smtps://...:465` (implicit TLS). The password is sealed into each delivery, never logged.
   */
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587')
    .optional(),
  /** Sender address of the product's own mail (needed with SMTP_URL). */
  SMTP_FROM: z.email().optional(),
  /** Refuse to send (and to authenticate) over smtp:// unless STARTTLS protected the connection. */
  SMTP_REQUIRE_TLS: bool.default(true),
  /** Base URL users reach the API at (`https://cp.example.com`): links in report deliveries point there. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
    .optional(),
  /** Scheduled report email: attachments above this total (MB) are sent as download links instead. */
  REPORT_EMAIL_MAX_ATTACHMENT_MB: z.coerce.number().min(0).max(100).default(20),
  /** Most due report schedules one tick claims; the rest wait for the next tick (one a minute). */
  REPORT_SCHEDULE_CLAIM_LIMIT: z.coerce.number().int().min(1).max(10_000).default(100),
  /** Report artifacts (the files of finished runs) are kept this long, then purged with an hourly job. */
  REPORT_ARTIFACT_RETENTION_DAYS: z.coerce.number().min(0.01).max(3650).default(30),
  /** Signed artifact download links (`?exp=&sig=`) are valid this long. */
  REPORT_LINK_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  /** Runs one user may have queued or running at once; more answer RATE_LIMITED (a full queue is no one's to take). */
  REPORT_MAX_ACTIVE_RUNS_PER_USER: z.coerce.number().int().min(1).max(1000).default(3),
  /** Signed links in scheduled deliveries (email, Slack, webhook) are valid this long: read days later, they still open. */
  REPORT_DELIVERED_LINK_TTL_SECONDS: z.coerce.number().int().min(60).max(31 * 86_400).default(7 * 86_400),
  PAGERDUTY_EVENTS_URL: z.string().url().default('https://events.pagerduty.com'),
  TWILIO_API_URL: z.string().url().default('https://api.twilio.com'),
  // A subscriber this many events behind is a slow consumer: its socket is closed (4008) and it resumes.
  SUBSCRIPTION_MAX_PENDING_EVENTS: z.coerce.number().int().min(1).max(1000).default(256),
  WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(15),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(5000),
  MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(20),
  /** Operations per minute per authenticated user, unless a USER or PERMISSION_SET policy sets their limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Operations per minute per IP address from callers without a valid token. */
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Query complexity points per minute per user (per IP when anonymous). */
  QUERY_COST_BUDGET_PER_MINUTE: z.coerce.number().int().min(1).default(50_000),
  /**
   * Execute queries and mutations with graphql-jit (compiled once per document) instead of
   * graphql-js; introspection and subscriptions stay on graphql-js either way.
   */
  GRAPHQL_JIT: bool.default(false),
  /** Compiled documents kept per node (least recently used dropped first). */
  GRAPHQL_JIT_CACHE_SIZE: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** Unset: holders of schema:introspect only; true: anyone, anonymous callers too; false: nobody. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  /** Browser origins allowed to call the API cross-origin (exact `scheme://host[:port]`, comma list); none by default. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .refine((list) => list.every((o) => o === '*' || isOrigin(o)), {
      message: 'CORS_ORIGINS must be a comma list of origins such as https://admin.example.com (scheme, host and port only, no path), or *',
    }),
  TRUST_PROXY: trustProxy.default(false),
  /** Master key of the secret box (wraps the data keys); generated into `settings` when unset. */
  ENCRYPTION_KEY: key256.optional(),
  /** Former master keys, comma-separated: data keys they wrapped are re-wrapped at start-up. */
  ENCRYPTION_KEYS_PREVIOUS: z
    .string()
    .optional()
    .refine((v) => !v || v.split(',').every((k) => parseKey256(k) !== null), `each key ${KEY_MESSAGE}`),
  /** How recent an authentication sensitive operations need (seconds). */
  STEP_UP_MAX_AGE: z.coerce.number().int().min(1).default(600),
  /** When set, GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise). */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /** OTLP/HTTP collector base URL (e.g. http://collector:4318): tracing is on only when set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('control-plane'),
  /** A resolver span is recorded only for fields slower than this (ms); the operation span always. */
  TRACING_SLOW_FIELD_MS: z.coerce.number().min(0).default(10),
  /** Attempts of a transaction that fails on a serialization failure, deadlock or lost connection. */
  DB_TRANSACTION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
  /** errorStats keeps this many days of error records. */
  ERROR_EVENTS_RETENTION_DAYS: z.coerce.number().min(0.01).max(3650).default(30),
  // Built-in metrics store (issue 10): what alert rules read.
  /** Samples older than this many days are purged (hourly job). */
  METRICS_RETENTION_DAYS: z.coerce.number().min(0.01).max(3650).default(15),
  /** Each node samples its own /metrics registry into the store this often (seconds); 0 turns the sampler off. */
  METRICS_SAMPLE_SECONDS: z.coerce.number().min(0).max(3600).default(15),
  /** Most samples one pushMetrics call may carry. */
  METRICS_PUSH_MAX_SAMPLES: z.coerce.number().int().min(1).max(10_000).default(1000),
  /** Most distinct label sets (series) one metric name may have in the store; pushes beyond are refused. */
  METRICS_MAX_SERIES_PER_METRIC: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** Most series the store holds before pushMetrics may create no more (many names could otherwise fill it). */
  METRICS_MAX_SERIES: z.coerce.number().int().min(1).max(100_000_000).default(100_000),
  /** The value of the `node` label on this node's sampled metrics; default `<hostname>:<port>`. */
  METRICS_NODE_NAME: z.string().trim().min(1).max(200).optional(),
  /**
   * Prometheus-compatible HTTP API (`/api/v1/query`) that PROMQL alert rules are evaluated against.
   * A `user:password@` in it is sent as HTTP Basic auth, never as part of the URL (secret).
   */
  PROMETHEUS_URL: z.string().url().optional(),
  /** Sent as `Authorization: Bearer` to PROMETHEUS_URL (secret; exclusive with credentials in the URL). */
  PROMETHEUS_BEARER_TOKEN: z.string().trim().min(1).optional(),
  /** Sent as `X-Scope-OrgID` to PROMETHEUS_URL: the tenant on Mimir, Cortex or a multi-tenant Thanos. */
  PROMETHEUS_TENANT: z.string().trim().min(1).max(1000).optional(),
  /** Longest wait for one PromQL query (ms). */
  PROMETHEUS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often the alert evaluation tick claims due rules (ms); with no rule due it waits up to 10 s. */
  ALERT_EVALUATION_TICK_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  /** Rule evaluations one node runs at once. */
  ALERT_EVALUATION_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /**
   * PromQL rule evaluations one node runs at once, in a pool of their own (a Prometheus outage
   * never holds up built-in rules); due PromQL rules beyond it are left to other nodes or the next tick.
   */
  ALERT_PROMQL_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /** Most due BUILTIN rules one tick claims (less what this node is still evaluating); PROMQL ones only fill free slots. */
  ALERT_EVALUATION_CLAIM_LIMIT: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Threshold of the default CPU rule (percent of one core, per node). */
  ALERT_DEFAULT_CPU_PERCENT: z.coerce.number().min(0).max(100_000).default(90),
  /** Threshold of the default memory rule (resident bytes, per node). */
  ALERT_DEFAULT_MEMORY_BYTES: z.coerce.number().min(0).default(1.5 * 1024 ** 3),
  /** Threshold of the default error-rate rule (share of failed operations, per node). */
  ALERT_DEFAULT_ERROR_RATE: z.coerce.number().min(0).max(1).default(0.05),
  /** Threshold of the default latency rule (p99 seconds, per node and operation). */
  ALERT_DEFAULT_LATENCY_P99_SECONDS: z.coerce.number().min(0).max(3_600).default(1),
  /** Rows per section a PDF report's table shows ("first N of M rows"); CSV, JSON and XLSX keep every row. */
  REPORT_PDF_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // OIDC sign-in: off unless both OIDC_ISSUER and OIDC_CLIENT_ID are set.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Optional: without it the client is public and relies on PKCE alone. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_SCOPES: z.string().trim().min(1).default('openid email profile'),
  OIDC_ALLOW_SIGNUP: bool.default(false),
  OIDC_GROUPS_CLAIM: z.string().trim().min(1).default('groups'),
  /** JSON object: IdP group name -> permission set name, added on each sign-in when missing. */
  OIDC_GROUP_SETS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return {};
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().min(1), z.string().min(1), { error: 'must map group names to permission set names' })),
});

export type Env = z.infer<typeof envSchema>;

export type IntrospectionPolicy = 'everyone' | 'permission' | 'nobody';

export interface Config extends Env {
  /**
   * Who may introspect the schema (`__schema`, `__type`): `permission` (default) means signed-in
   * holders of schema:introspect; anonymous callers only when GRAPHQL_INTROSPECTION=true.
   */
  introspection: IntrospectionPolicy;
  isProduction: boolean;
  isDevelopment: boolean;
  /** OIDC_ISSUER and OIDC_CLIENT_ID are both set. */
  oidcEnabled: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // One line (main.ts prints it as the whole failure report): each variable and what is wrong.
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${issues.join('; ')} (see the configuration table in the README)`);
  }
  const cfg = parsed.data;
  if (cfg.OIDC_ISSUER && cfg.OIDC_CLIENT_ID && !cfg.OIDC_REDIRECT_URI) {
    throw new Error('Invalid configuration: OIDC_REDIRECT_URI: required when OIDC_ISSUER and OIDC_CLIENT_ID are set');
  }
  if (cfg.OIDC_ISSUER) {
    const issuer = new URL(cfg.OIDC_ISSUER);
    const loopback = issuer.hostname === 'localhost' || issuer.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(issuer.hostname);
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback)) {
      throw new Error('Invalid configuration: OIDC_ISSUER: must be https (plain http only on a loopback address)');
    }
  }
  if (cfg.PROMETHEUS_URL) {
    const prometheus = new URL(cfg.PROMETHEUS_URL);
    // The messages name the variable, never its value (it may hold a password).
    if (prometheus.protocol !== 'http:' && prometheus.protocol !== 'https:') {
      throw new Error('Invalid configuration: PROMETHEUS_URL: must be an http:// or https:// URL');
    }
    if ((prometheus.username || prometheus.password) && cfg.PROMETHEUS_BEARER_TOKEN) {
      throw new Error('Invalid configuration: PROMETHEUS_BEARER_TOKEN: set it or credentials in PROMETHEUS_URL, not both (one Authorization header)');
    }
  }
  if (cfg.SMTP_URL && !cfg.SMTP_FROM) {
    throw new Error('Invalid configuration: SMTP_FROM: required when SMTP_URL is set (the sender address of report mail)');
  }
  if (!cfg.OIDC_SCOPES.split(/\s+/).includes('openid')) {
    throw new Error('Invalid configuration: OIDC_SCOPES: must include openid');
  }
  return {
    ...cfg,
    introspection: cfg.GRAPHQL_INTROSPECTION === undefined ? 'permission' : cfg.GRAPHQL_INTROSPECTION ? 'everyone' : 'nobody',
    isProduction: cfg.NODE_ENV === 'production',
    isDevelopment: cfg.NODE_ENV === 'development',
    oidcEnabled: !!(cfg.OIDC_ISSUER && cfg.OIDC_CLIENT_ID),
  };
}
