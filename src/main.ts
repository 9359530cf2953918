import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { installFaultPolicy } from './server/fault-policy';
import { startNode, type RunningNode } from './server/node';

async function main() {
  const config = loadConfig();
  // Express and Apollo read NODE_ENV themselves: the validated value (production by default) must
  // be what they see, or they run in development mode (landing page, verbose errors).
  process.env.NODE_ENV = config.NODE_ENV;
  const log = createLogger(config.LOG_LEVEL);
  let node: RunningNode | undefined;
  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    // Before the node is up there is nothing to drain (a fault during start-up).
    if (!node) process.exit(exitCode || 1);
    log.info({ signal }, 'shutting down: draining requests and closing sockets');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
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
  node = await startNode(config, log);

  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  // Configuration errors carry a readable message; print it plainly rather than as a stack.
  process.stderr.write(`control-plane failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.NODE_ENV === 'development' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
