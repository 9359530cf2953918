import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as BootstrapModule from '../../../src/services/bootstrap';
import type * as ConfigModule from '../../../src/config';
import type * as LoggerModule from '../../../src/logger';
import { loadServerModule } from '../../fixtures/load';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk, useCluster } from '../../fixtures/test-node';
import { auditRows } from '../auth/helpers';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const { bootstrap } = loadServerModule<typeof BootstrapModule>('../../src/services/bootstrap.ts');
const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');

/** The CLI as an operator runs it (npm run owner:reset-password runs this file with tsx). */
function runCli(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'NODE_OPTIONS') base[k] = v;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/owner-reset-password.cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...base, TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.json'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdin.end(stdin ?? '');
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

describe('owner recovery: npm run owner:reset-password', () => {
  const ctx = useCluster();

  it('sets a generated password, revokes the owner sessions, writes the audit event, prints the password once', async () => {
    const oldSession = ctx.owner;
    expect((await oldSession.Me()).me.email).toBe(OWNER_EMAIL);

    const out = await runCli(['--email', OWNER_EMAIL], { DATABASE_URL: ctx.cluster.dbUrl, AUTH_SECRET });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(`Password of the owner ${OWNER_EMAIL} reset; 1 session revoked`);
    const password = /New password \(shown once\): (\S+)/.exec(out.stdout)?.[1];
    expect(password).toBeDefined();
    expect(out.stdout.split(password!).length - 1).toBe(1);

    // The running node hears the revocation (event log NOTIFY): the old session stops working.
    await vi.waitFor(async () => expect(oldSession.Me()).rejects.toThrow(), { timeout: 10_000, interval: 100 });
    await expect(ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).rejects.toThrow();
    const { login } = await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: password! });
    const owner = ctx.track(sdk.createClient({ url: ctx.node.url, token: login.accessToken }));

    const events = await auditRows(owner, 'system.owner_password_reset');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorType: 'SYSTEM', targetType: 'user', targetId: ctx.ownerId, outcome: 'SUCCESS' });
    expect(events[0]!.metadata).toMatchObject({ revokedSessions: 1, via: 'cli' });
    expect(JSON.stringify(events[0])).not.toContain(password!);
    // The hash chain still verifies with the CLI's row in it.
    expect((await owner.AuditIntegrity()).auditIntegrity.verified).toBe(true);
  }, 60_000);

  it('reads the new password from stdin, finds the only owner without --email, refuses someone who is not an owner', async () => {
    const chosen = 'chosen-owner-password-42';
    const out = await runCli(['--password-stdin'], { DATABASE_URL: ctx.cluster.dbUrl, AUTH_SECRET }, `${chosen}\n`);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).not.toContain('New password');
    const { login } = await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: chosen });
    expect(login.accessToken).toEqual(expect.any(String));

    const refused = await runCli(['--email', 'nobody@example.test'], { DATABASE_URL: ctx.cluster.dbUrl, AUTH_SECRET });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([`owner:reset-password failed: nobody@example.test is not an owner; owners: ${OWNER_EMAIL}`]);
  }, 60_000);

  it('warns when ADMIN_PASSWORD is set but the owner already exists (and only then)', async () => {
    const warnings = async (env: Record<string, string>) => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
          done();
        },
      });
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: ctx.cluster.dbUrl, AUTH_SECRET, ...env });
      await bootstrap(ctx.node.database.db, config, createLogger('warn', sink));
      return lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === 40);
    };
    const withPassword = await warnings({ ADMIN_EMAIL: OWNER_EMAIL, ADMIN_PASSWORD: 'another-password-123' });
    expect(withPassword).toHaveLength(1);
    expect(withPassword[0]!.msg).toMatch(/^ADMIN_PASSWORD is set but the owner already exists: it is ignored.*owner:reset-password/);
    expect(await warnings({ ADMIN_EMAIL: OWNER_EMAIL })).toHaveLength(0);
  });
});
