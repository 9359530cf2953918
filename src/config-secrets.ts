import type { Env } from './config';

/**
 * Variables whose values are secrets (or URLs that may carry a password): the logger censors
 * them at any depth a config object could be logged at, and `redactConfig` masks them.
 */
export const SECRET_CONFIG_KEYS = [
  'DATABASE_URL',
  'REDIS_URL',
  'AUTH_SECRET',
  'ADMIN_PASSWORD',
  'ENCRYPTION_KEY',
  'ENCRYPTION_KEYS_PREVIOUS',
  'METRICS_TOKEN',
  'OIDC_CLIENT_SECRET',
  'PROMETHEUS_URL',
  'PROMETHEUS_BEARER_TOKEN',
  'SMTP_URL',
] as const satisfies ReadonlyArray<keyof Env>;

/** The config with every secret value replaced by `[redacted]` (set) or left undefined (unset): safe to log or show. */
export function redactConfig<T extends Partial<Env>>(config: T): T {
  const copy: Record<string, unknown> = { ...config };
  for (const key of SECRET_CONFIG_KEYS) if (copy[key] !== undefined) copy[key] = '[redacted]';
  return copy as T;
}
