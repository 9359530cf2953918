import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/client';
import { runningEmbeddedUrl, embeddedSettings, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded';
import { assertDatabaseReachable } from '../db/reachability';
import { createLogger } from '../logger';
import { resetOwnerPassword } from '../services/owner-recovery';

const USAGE = `Usage: npm run owner:reset-password -- [--email owner@example.com] [--password-stdin]

Sets a new password for the owner account, revokes all of the owner's sessions and writes the
audit event system.owner_password_reset. Without --email the only owner is chosen. Without
--password-stdin a password is generated and printed once. Uses DATABASE_URL, or the embedded
PostgreSQL of EMBEDDED_PG_DIR (the running server's, or started for the duration).`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  // Quiet: the tool's own output is what the operator reads.
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const password = values['password-stdin'] ? await readStdin() : undefined;

  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.DATABASE_URL;
  if (url) {
    await assertDatabaseReachable(url, config.DATABASE_CONNECT_TIMEOUT_SECONDS);
  } else {
    url = (await runningEmbeddedUrl(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT)) ?? undefined;
    if (!url) {
      embedded = await startEmbeddedPostgres(embeddedSettings(config, log));
      url = embedded.url;
    }
  }
  const database = connectDatabase(url, { max: 2, connectTimeoutSeconds: config.DATABASE_CONNECT_TIMEOUT_SECONDS });
  try {
    const reset = await resetOwnerPassword(database.db, {
      email: values.email,
      password,
      eventChannel: `${config.REDIS_PREFIX}events`,
    });
    const sessions = `${reset.revokedSessions} session${reset.revokedSessions === 1 ? '' : 's'} revoked`;
    process.stdout.write(`Password of the owner ${reset.email} reset; ${sessions}; audit event system.owner_password_reset written.\n`);
    // Printed once, straight to stdout, never logged.
    if (reset.generated) process.stdout.write(`New password (shown once): ${reset.password}\n`);
  } finally {
    await database.close();
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ');
    process.stderr.write(`owner:reset-password failed: ${message}\n`);
    process.exit(1);
  },
);
