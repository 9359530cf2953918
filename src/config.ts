import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Every environment variable the server reads; documented one-to-one in the README table. */
const envSchema = z.object({
  // Secure by default: stack traces and introspection only when asked for (npm run dev).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  REDIS_URL: z.string().url().optional(),
  /** Namespaces channels and keys, so several deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[\w:.-]{0,64}$/).default('cp:'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(900),
  SESSION_ABSOLUTE_TTL_HOURS: z.coerce.number().positive().default(24 * 14),
  SESSION_IDLE_TTL_MINUTES: z.coerce.number().positive().default(60 * 24),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  /** Operations per minute per authenticated user, unless a USER or PERMISSION_SET policy sets their limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Operations per minute per IP address from callers without a valid token. */
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Query complexity points per minute per user (per IP when anonymous). */
  QUERY_COST_BUDGET_PER_MINUTE: z.coerce.number().int().min(1).default(50_000),
  GRAPHQL_INTROSPECTION: bool.optional(),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  /** Introspection defaults to off in production, on elsewhere. */
  introspection: boolean;
  isProduction: boolean;
  isDevelopment: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const cfg = parsed.data;
  return {
    ...cfg,
    introspection: cfg.GRAPHQL_INTROSPECTION ?? cfg.NODE_ENV !== 'production',
    isProduction: cfg.NODE_ENV === 'production',
    isDevelopment: cfg.NODE_ENV === 'development',
  };
}
