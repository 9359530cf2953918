import { build } from 'esbuild';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { BROWSER_ENTRY, CJS_CONSUMER, ESM_CONSUMER, TS_FILES } from './consumers';
import { buildAndPack, consumerProject, packedFiles, runNode, runTsc } from './package-kit';

/**
 * The SDK as another project gets it: built, packed into a tarball, unpacked into a project
 * outside this repository, and imported from Node ESM, Node CommonJS, TypeScript (NodeNext) and a
 * browser bundle. The Node imports run against a real server.
 */
const ctx = useCluster({ owner: false });
let project: string;

beforeAll(async () => {
  const tarball = await buildAndPack();
  project = await consumerProject(tarball, {
    'esm.mjs': ESM_CONSUMER,
    'cjs.cjs': CJS_CONSUMER,
    'browser-entry.mjs': BROWSER_ENTRY,
    ...TS_FILES,
  });
}, 240_000);
afterAll(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

const env = () => ({ CP_URL: ctx.node.url, CP_EMAIL: OWNER_EMAIL, CP_PASSWORD: OWNER_PASSWORD });

describe('the packed SDK', () => {
  it('ships ESM, CommonJS and declarations for both, and nothing of the server', async () => {
    const files = await packedFiles(project);
    for (const f of ['index.mjs', 'index.js', 'index.d.mts', 'index.d.ts', 'node.mjs', 'node.js', 'node.d.mts', 'node.d.ts']) expect(files).toContain(f);
    const { default: manifest } = (await import(join(project, 'node_modules/@control-plane/sdk/package.json'), { with: { type: 'json' } })) as {
      default: { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@graphql-typed-document-node/core', 'graphql-ws']);
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(['graphql', 'ws']);
  });

  it('runs from plain Node ESM: login, a query, a subscription event, a mapped error', async () => {
    const out = JSON.parse(await runNode(project, 'esm.mjs', env())) as {
      me: string;
      viaDocument: string;
      event: { kind: string; user: { email: string } } | null;
      created: string[];
      refused: { isControlPlaneError: boolean; code: string; status: number };
    };
    expect(out.me).toBe(OWNER_EMAIL);
    expect(out.viaDocument).toBe(OWNER_EMAIL);
    expect(out.event?.kind).toBe('CREATED');
    expect(out.created).toContain(out.event?.user.email);
    expect(out.refused).toEqual({ isControlPlaneError: true, code: 'UNAUTHENTICATED', status: 401 });
  });

  it('runs from plain Node CommonJS: login, a query, a mapped error', async () => {
    const out = JSON.parse(await runNode(project, 'cjs.cjs', env())) as { me: string; refused: { isControlPlaneError: boolean; code: string }; codes: number };
    expect(out.me).toBe(OWNER_EMAIL);
    expect(out.refused).toEqual({ isControlPlaneError: true, code: 'UNAUTHENTICATED' });
    expect(out.codes).toBeGreaterThan(10);
  });

  it('type-checks from TypeScript with module NodeNext (ESM and CommonJS files), and rejects a wrong type', async () => {
    await expect(runTsc(project)).resolves.toBeDefined();
    await rename(join(project, 'wrong.mts.txt'), join(project, 'esm.mts'));
    const failed = await runTsc(project).then(
      () => null,
      (e: { stdout: string }) => e.stdout,
    );
    expect(failed).toMatch(/TS2322: Type 'string' is not assignable to type 'number'/);
  }, 60_000);

  it('bundles for the browser without ws or any Node built-in', async () => {
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['browser-entry.mjs'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('@control-plane/sdk/dist/index.mjs'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/ws\/|\/node\.m?js$/.test(p))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    // Everything is inside the bundle: nothing left for a browser to import or require.
    expect(Object.values(result.metafile.outputs).flatMap((o) => o.imports)).toEqual([]);
    expect(code.match(/(?:\brequire\(\s*|^\s*import\b[^;]*?\bfrom\s*|\bimport\(\s*)["'](?:node:[^"']+|ws|fs|net|tls|http|https|crypto|stream|module)["']/gm)).toBeNull();
    expect(code).toContain('wss://example.test/graphql');
  });
});
