import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The process-level fault policy (src/server/fault-policy.ts), installed in a real Node process
// that then faults for real: the process keeps running after an unhandled rejection and after the
// known postgres.js driver fault, and shuts down with exit code 1 after any other exception.

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

function runChild(mode: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'fault-policy-child.ts'), mode], {
      cwd: REPO_ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: resolve(REPO_ROOT, 'tsconfig.json'), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
    child.once('close', (code) => done({ code, stdout }));
  });
}

const logLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg: string; err?: { message?: string } });

describe('process fault policy', () => {
  it('logs and counts an unhandled rejection, and keeps running', async () => {
    const { code, stdout } = await runChild('rejection');
    expect(code).toBe(0);
    expect(stdout).toContain('ALIVE');
    expect(stdout).toContain('control_plane_unhandled_errors_total{kind="rejection"} 1');
    expect(logLines(stdout)).toContainEqual(
      expect.objectContaining({ level: 50, msg: expect.stringContaining('unhandled promise rejection'), err: expect.objectContaining({ message: 'a promise nobody awaited' }) }),
    );
  });

  it("contains postgres.js's null-socket write thrown from setImmediate, and keeps running", async () => {
    const { code, stdout } = await runChild('driver');
    expect(code).toBe(0);
    expect(stdout).toContain('ALIVE');
    expect(stdout).toContain('control_plane_unhandled_errors_total{kind="driver_fault"} 1');
    expect(stdout).not.toContain('SHUTDOWN');
  });

  it('shuts down with exit code 1 on any other uncaught exception, after logging and counting it', async () => {
    const { code, stdout } = await runChild('other');
    expect(code).toBe(1);
    expect(stdout).toContain('SHUTDOWN 1');
    expect(stdout).not.toContain('ALIVE');
    expect(logLines(stdout)).toContainEqual(expect.objectContaining({ level: 60, err: expect.objectContaining({ message: 'a bug in our own code' }) }));
  });
});
