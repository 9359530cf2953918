import { dirname, join } from 'node:path';
import express, { type Request, type RequestHandler, type Router } from 'express';

/** Where the explorer's files are served from, relative to `/graphql` (so a path prefix in a proxy still works). */
export const EXPLORER_ASSET_PATH = '/explorer';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * Every file the explorer page loads, served from our own node_modules: nothing comes from a CDN,
 * and the page's Content-Security-Policy forbids any other origin, so nothing leaves either.
 */
const ASSETS: Record<string, string> = {
  'react.production.min.js': join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
  'graphql-ws.min.js': join(packageDir('graphql-ws'), 'umd/graphql-ws.min.js'),
};

/**
 * Boots GraphiQL (an external file, so the CSP needs no 'unsafe-inline' script). Queries and
 * mutations go over HTTP with the header editor's headers; subscriptions over graphql-ws with the
 * editor's Authorization as connection parameter (what the server authenticates sockets by).
 * Headers are not persisted: a pasted token lives as long as the tab.
 */
const BOOT_SCRIPT = `(function () {
  'use strict';
  var endpoint = location.pathname;
  var wsUrl = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + endpoint;
  var http = GraphiQL.createFetcher({ url: endpoint });
  var socket = null;
  var socketAuth = null;
  function socketFor(auth) {
    if (socket && socketAuth === auth) return socket;
    if (socket) socket.dispose();
    socketAuth = auth;
    socket = graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: auth ? { authorization: auth } : {} });
    return socket;
  }
  function isSubscription(params, doc) {
    return !!doc && doc.definitions.some(function (d) {
      return d.kind === 'OperationDefinition' && d.operation === 'subscription' &&
        (!params.operationName || (d.name && d.name.value === params.operationName));
    });
  }
  function fetcher(params, opts) {
    if (!isSubscription(params, opts && opts.documentAST)) return http(params, opts);
    var headers = (opts && opts.headers) || {};
    var client = socketFor(headers.Authorization || headers.authorization || null);
    return {
      subscribe: function (sink) {
        var dispose = client.subscribe(params, {
          next: function (v) { sink.next(v); },
          error: function (e) { sink.error(e instanceof Error ? e : new Error('WebSocket closed: ' + (e && e.code) + ' ' + (e && e.reason))); },
          complete: function () { sink.complete(); },
        });
        return { unsubscribe: dispose };
      },
    };
  }
  var search = new URLSearchParams(location.search);
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: search.get('query') || '# Paste an access token (login) or an API key into the Headers tab below,\\n# then reload the schema (Ctrl+Shift+R) for completion and docs.\\n\\nquery Me {\\n  me {\\n    id\\n    email\\n  }\\n}\\n',
      defaultHeaders: '{\\n  "Authorization": "Bearer "\\n}',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Control plane explorer</title>
<link rel="stylesheet" href="graphql${EXPLORER_ASSET_PATH}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script src="graphql${EXPLORER_ASSET_PATH}/react.production.min.js"></script>
<script src="graphql${EXPLORER_ASSET_PATH}/react-dom.production.min.js"></script>
<script src="graphql${EXPLORER_ASSET_PATH}/graphiql.min.js"></script>
<script src="graphql${EXPLORER_ASSET_PATH}/graphql-ws.min.js"></script>
<script src="graphql${EXPLORER_ASSET_PATH}/boot.js"></script>
</body>
</html>
`;

/**
 * Same origin only; styles inline because CodeMirror and GraphiQL set style attributes; fonts are
 * data: URIs inside graphiql.min.css. No frames, no forms, no base tag.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A browser navigating to /graphql (GET preferring text/html), as opposed to a GraphQL client. */
function wantsPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // `/graphql/` would break the page's relative asset URLs: only the endpoint itself.
  if (req.path !== '/' || req.originalUrl.split('?')[0]!.endsWith('/')) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Mounted at `/graphql` before the GraphQL handler: the explorer page and its assets under
 * `/graphql/explorer/`. Relative URLs (`graphql/explorer/…` from `/graphql`) keep working behind a
 * proxy that serves the API under a path prefix.
 */
export function explorerRouter(): Router {
  const router = express.Router();
  const page: RequestHandler = (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.setHeader('content-security-policy', EXPLORER_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-store');
    res.vary('Accept');
    res.type('html').send(PAGE);
  };
  router.get('/', page);
  router.get(`${EXPLORER_ASSET_PATH}/boot.js`, (_req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-cache');
    res.type('application/javascript').send(BOOT_SCRIPT);
  });
  router.get(`${EXPLORER_ASSET_PATH}/:file`, (req, res) => {
    const name = req.params.file as string;
    if (!Object.prototype.hasOwnProperty.call(ASSETS, name)) return void res.status(404).type('text').send('Not found');
    res.setHeader('x-content-type-options', 'nosniff');
    // Files change only with an upgrade of the package; revalidated by ETag after an hour.
    res.sendFile(ASSETS[name]!, { maxAge: '1h', dotfiles: 'deny' });
  });
  return router;
}
