import 'reflect-metadata';
import { loadConfig } from './config';
import { asyncStdout, createLogger } from './logger';
import { installFaultPolicy } from './server/fault-policy';
import type { RunningNode } from './server/node';
import { Teardown } from './server/teardown';

/** Longest the stop of a half-started node may take before the process exits anyway. */
const STARTUP_TEARDOWN_MS = 20_000;

async function main() {
  const config = loadConfig();
  // Express and Apollo read NODE_ENV themselves: the validated value (production by default) must
  // be what they see, or they run in development mode (landing page, verbose errors).
  process.env.NODE_ENV = config.NODE_ENV;
  // Pretty output (development) goes through its own transport; otherwise stdout, written asynchronously.
  const log = config.isDevelopment
    ? createLogger(config.LOG_LEVEL, undefined, { pretty: true })
    : createLogger(config.LOG_LEVEL, asyncStdout());
  // Everything start-up has started so far; stopped when start-up cannot finish.
  const teardown = new Teardown();
  let node: RunningNode | undefined;
  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, STARTUP_TEARDOWN_MS);
    force.unref();
    if (!node) {
      // A signal or fault during start-up: nothing to drain, but what started must stop.
      await teardown.run(log);
      process.exit(exitCode || 1);
    }
    log.info({ signal }, 'shutting down: draining requests and closing sockets');
    try {
      await node.close();
      log.info('stopped cleanly');
      process.exit(exitCode);
    } catch (err) {
      log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  // Before anything can fault: unhandled rejections are survived, benign driver faults contained,
  // other uncaught exceptions end in a graceful shutdown with exit code 1 (src/server/fault-policy.ts).
  installFaultPolicy({ log, shutdown: (exitCode) => void shutdown('uncaughtException', exitCode) });
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // Loaded only now: graphql-js picks its production code paths (no cross-realm instanceOf checks
  // on every type test) from NODE_ENV when first loaded, and NODE_ENV is set just above.
  const { startNode } = require('./server/node') as typeof import('./server/node');
  node = await startNode(config, log, teardown);
}

main().catch((err) => {
  // One line naming the setting and what to do (StartupError, configuration errors), no stack;
  // startNode has already stopped whatever it had started.
  const message = startupFailure(err).replace(/\s*\n\s*/g, ' ');
  process.stderr.write(`control-plane failed to start: ${message}\n`);
  if (process.env.NODE_ENV === 'development' && err instanceof Error && err.name !== 'StartupError') {
    process.stderr.write(`${err.stack}\n`);
  }
  process.exit(1);
});

/**
 * What went wrong, in words: a failed statement is named by PostgreSQL's reason (deadlock, timeout,
 * missing privilege), never by its text and parameters, which may carry secrets.
 */
function startupFailure(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause as { message?: string; code?: string } | undefined;
  if (err.message.startsWith('Failed query') && cause?.message) {
    return `a database statement failed: ${cause.message}${cause.code ? ` (SQLSTATE ${cause.code})` : ''}`;
  }
  return err.message;
}
