import { defineConfig } from 'tsup';

/**
 * Two entries, each as ESM and CommonJS with its own declarations (.d.ts / .d.cts): `index` for
 * browsers and runtimes with a global WebSocket, `node` which may load `ws` lazily. graphql,
 * graphql-ws and ws stay external: the app's copies are used (one graphql realm).
 */
export default defineConfig({
  entry: { index: 'index.ts', node: 'node.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.json',
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  sourcemap: true,
  clean: true,
  external: ['graphql', 'graphql-ws', 'ws', '@graphql-typed-document-node/core'],
});
