import pino, { type DestinationStream, type Logger } from 'pino';
import { SECRET_CONFIG_KEYS } from './config-secrets';
import { safeErrorForLog } from './errors/safe-error';


/**
 * Structured JSON logs. Redaction is a second line of defence: code never logs secrets on purpose,
 * but if a request or error object carries one it is censored here. `destination` defaults to
 * stdout; tests pass one in memory to inspect what would be logged; the server passes
 * `asyncStdout()`.
 */
export function createLogger(level: string, destination?: DestinationStream, opts: { pretty?: boolean } = {}): Logger {
  return pino({
    // npm run dev: readable lines through pino-pretty (a devDependency, so never in a production
    // install); everywhere else one JSON object per line.
    ...(opts.pretty && !destination && prettyAvailable()
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,service' } } }
      : {}),
    level,
    base: { service: 'control-plane' },
    // Any `err` logged anywhere: database errors carry query parameters (password hashes on a
    // failed insert) in their message, which path redaction cannot see; keep only safe fields.
    serializers: {
      err: (err: unknown) => {
        const safe = safeErrorForLog(err);
        return safe === err && err instanceof Error ? pino.stdSerializers.err(err) : safe;
      },
    },
    redact: {
      paths: [...new Set([
        'password', '*.password', '*.*.password', 'newPassword', '*.newPassword', 'currentPassword',
        '*.currentPassword', 'accessToken', '*.accessToken', 'refreshToken', '*.refreshToken',
        'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
        'variables', '*.variables', 'secret', '*.secret', 'passwordHash', '*.passwordHash',
        // Second factor and secrets at rest (the GraphQL variables carrying codes are covered above).
        'otpauthUri', '*.otpauthUri', 'recoveryCodes', '*.recoveryCodes', 'challenge', '*.challenge',
        'secretSealed', '*.secretSealed', 'wrappedKey', '*.wrappedKey', 'ENCRYPTION_KEY', '*.ENCRYPTION_KEY',
        'ENCRYPTION_KEYS_PREVIOUS', '*.ENCRYPTION_KEYS_PREVIOUS', 'extensions.challenge', '*.extensions.challenge',
        // OIDC: the client secret and whatever the provider hands back.
        'OIDC_CLIENT_SECRET', '*.OIDC_CLIENT_SECRET', 'clientSecret', '*.clientSecret', 'client_secret', '*.client_secret',
        'codeVerifier', '*.codeVerifier', 'code_verifier', '*.code_verifier', 'idToken', '*.idToken', 'id_token',
        '*.id_token', 'access_token', '*.access_token', 'refresh_token', '*.refresh_token', 'callbackUrl', '*.callbackUrl',
        // Notification channel credentials (write-only secrets) should they ever reach a log call.
        'secrets', '*.secrets', 'webhookUrl', '*.webhookUrl', 'routingKey', '*.routingKey', 'routing_key', '*.routing_key',
        'signingSecret', '*.signingSecret', 'authToken', '*.authToken', 'secretsSealed', '*.secretsSealed',
        // Config values marked secret (AUTH_SECRET, PROMETHEUS_URL with its password, ...), should a
        // config object or part of one be logged.
        ...SECRET_CONFIG_KEYS.flatMap((key) => [key, `*.${key}`]),
      ])],
      censor: '[redacted]',
    },
  }, destination as DestinationStream);
}

export type { Logger };

/**
 * stdout written asynchronously: a request never waits on a write(2) of its access-log line, and
 * lines logged while a write is under way go out together in the next one. No minimum length, so
 * a quiet server still logs each line at once. pino flushes it synchronously on process exit
 * (process.exit included), so the last lines before a shutdown or a fatal fault are not lost.
 */
export function asyncStdout(): DestinationStream {
  return pino.destination({ dest: 1, sync: false });
}

function prettyAvailable(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

const LEVEL_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
const silent = () => undefined;

/**
 * `parent.child(bindings)`, built on first use. pino serializes (and redacts) a child's bindings
 * when the child is made: every request made two children (request id, user id) whether or not
 * it logged a line, ~3 % of the CPU of a cheap request. Calls at a level that is off never build
 * it; anything else gets the real child, so lines carry the same bindings as before.
 */
export function lazyChild(parent: Logger, bindings: Record<string, unknown>): Logger {
  let child: Logger | undefined;
  const real = () => (child ??= parent.child(bindings));
  return new Proxy(parent, {
    get(_target, prop) {
      if (!child && typeof prop === 'string') {
        if (LEVEL_METHODS.has(prop) && !parent.isLevelEnabled(prop)) return silent;
        // A child has its parent's level until told otherwise: level questions need no child.
        if (prop === 'isLevelEnabled') return parent.isLevelEnabled.bind(parent);
        if (prop === 'level' || prop === 'levelVal') return parent[prop];
      }
      const target = real();
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set(_target, prop, value) {
      return Reflect.set(real(), prop, value);
    },
  });
}
