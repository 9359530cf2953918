import { spawn } from 'node:child_process';
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { buildAndPack, consumerProject, ROOT } from './package-kit';

/**
 * examples/sdk-quickstart.mts, the README's SDK snippet, run as written: copied into a project
 * that installed the packed SDK, started with tsx against a real server.
 */
const EXAMPLE = join(ROOT, 'examples', 'sdk-quickstart.mts');
const ctx = useCluster();
let project: string;

beforeAll(async () => {
  project = await consumerProject(await buildAndPack(), {});
  await copyFile(EXAMPLE, join(project, 'sdk-quickstart.mts'));
}, 240_000);
afterAll(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

describe('the SDK example', () => {
  it('is the README snippet, verbatim', async () => {
    const [readme, example] = await Promise.all([readFile(join(ROOT, 'README.md'), 'utf8'), readFile(EXAMPLE, 'utf8')]);
    expect(readme).toContain('```ts\n' + example + '```');
  });

  it('signs in, queries and receives a live event against a real server', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'sdk-quickstart.mts'], {
      cwd: project,
      env: { ...process.env, CONTROL_PLANE_URL: ctx.node.url, CONTROL_PLANE_EMAIL: OWNER_EMAIL, CONTROL_PLANE_PASSWORD: OWNER_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // The example waits for one change: make changes until it has printed one and exited.
    const created: string[] = [];
    let code: number | null | undefined;
    for (let i = 0; i < 60 && code === undefined; i += 1) {
      if (stdout.includes('users: ')) {
        const email = uniqueEmail('example');
        created.push(email);
        await ctx.owner.CreateUser({ input: { email, name: 'Example', password: 'example-password-1' } });
      }
      code = await Promise.race([exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 500))]);
    }
    if (code === undefined) child.kill();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^tokens until \d{4}-\d\d-\d\dT/);
    expect(lines[1]).toBe(`signed in as ${OWNER_EMAIL}`);
    expect(lines[2]).toContain(OWNER_EMAIL);
    const event = /^user CREATED: (.+)$/.exec(lines[3] ?? '');
    expect(created).toContain(event?.[1]);
  }, 60_000);
});
