import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

/** The request a log line belongs to; every line written while serving it carries its id. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Structured JSON logs. Redaction is a second line of defence: code never logs secrets on purpose,
 * but if a request or error object carries one it is censored here.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'control-plane' },
    mixin: () => requestScope.getStore() ?? {},
    redact: {
      paths: [
        'password', '*.password', '*.*.password', 'newPassword', '*.newPassword', 'currentPassword',
        '*.currentPassword', 'accessToken', '*.accessToken', 'refreshToken', '*.refreshToken',
        'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
        'variables', '*.variables', 'secret', '*.secret', 'passwordHash', '*.passwordHash',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
