import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster({ owner: false });
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

async function page() {
  const res = await fetch(ctx.node.url, { headers: { accept: BROWSER_ACCEPT } });
  return { res, html: await res.text() };
}

/** Every src/href of a script, stylesheet or other link in the page. */
const referencesOf = (html: string) => [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);

describe('self-hosted explorer at /graphql', () => {
  it('serves GraphiQL to a browser, with a strict CSP and no external URL', async () => {
    const { res, html } = await page();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toMatch(/<div id="graphiql">/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // No CDN and no beacon: nothing in the page names another host.
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  });

  it('loads every script and stylesheet from its own origin, and each is served 200 with the right type', async () => {
    const { html } = await page();
    const refs = referencesOf(html);
    expect(refs.length).toBe(6);
    const origin = new URL(ctx.node.url).origin;
    for (const ref of refs) {
      const url = new URL(ref, ctx.node.url);
      expect(url.origin, ref).toBe(origin);
      const asset = await fetch(url);
      expect(asset.status, ref).toBe(200);
      expect(asset.headers.get('content-type'), ref).toMatch(ref.endsWith('.css') ? /^text\/css/ : /javascript/);
      expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await asset.text()).length, ref).toBeGreaterThan(100);
    }
    // GraphiQL, React and the graphql-ws client are the packages' own builds.
    expect(refs.map((r) => r.split('/').pop())).toEqual([
      'graphiql.min.css',
      'react.production.min.js',
      'react-dom.production.min.js',
      'graphiql.min.js',
      'graphql-ws.min.js',
      'boot.js',
    ]);
  });

  it('opens the header editor with an Authorization template and never persists headers', async () => {
    const boot = await (await fetch(new URL('graphql/explorer/boot.js', ctx.node.url))).text();
    expect(boot).toMatch(/defaultHeaders: '\{\\n {2}"Authorization": "Bearer "\\n\}'/);
    expect(boot).toMatch(/shouldPersistHeaders: false/);
    expect(boot).toMatch(/defaultEditorToolsVisibility: 'headers'/);
    expect(boot).not.toMatch(/https?:\/\//);
  });

  it('answers unknown explorer files 404 and never serves files outside the list', async () => {
    for (const path of ['graphql/explorer/nope.js', 'graphql/explorer/..%2Fpackage.json', 'graphql/explorer/%2e%2e%2f%2e%2e%2fpackage.json']) {
      const res = await fetch(new URL(path, ctx.node.url));
      expect(res.status, path).toBe(404);
    }
  });

  it('GraphQL clients on the same URL still get GraphQL (GET with JSON accept, POST)', async () => {
    const get = await fetch(`${ctx.node.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const noAccept = await fetch(`${ctx.node.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(noAccept.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
