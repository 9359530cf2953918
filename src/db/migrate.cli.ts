import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startEmbeddedPostgres } from './embedded';
import { runMigrations } from './migrate';

/** `npm run db:migrate`: apply pending migrations and exit (embedded PostgreSQL when no DATABASE_URL). */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, systemDir: config.EMBEDDED_PG_SYSTEM_DIR, log });
  try {
    await runMigrations(config.DATABASE_URL ?? embedded!.url);
    log.info('migrations applied');
  } finally {
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
