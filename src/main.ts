import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { startNode } from './server/node';

async function main() {
  const config = loadConfig();
  // Express and Apollo read NODE_ENV themselves: the validated value (production by default) must
  // be what they see, or they run in development mode (landing page, verbose errors).
  process.env.NODE_ENV = config.NODE_ENV;
  const log = createLogger(config.LOG_LEVEL);
  const node = await startNode(config, log);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests and closing sockets');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await node.close();
      log.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  // Configuration errors carry a readable message; print it plainly rather than as a stack.
  process.stderr.write(`control-plane failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.NODE_ENV === 'development' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
