/*
 * PostGraphile 4 for the comparison bench, in its own process, on the bench database through the
 * read-only role (DATABASE_URL). Prints `listening <port>` when ready. Env: DATABASE_URL, PORT.
 *
 * Plain CommonJS, because the resolver pin below must run before PostGraphile is required.
 * PostGraphile 4 needs graphql 15 while the project uses 16, so npm nests graphql 15 twice (under
 * postgraphile/ and under graphile-build-pg/, with a second graphile-build there too). Two copies
 * of graphql in one schema fail ("Cannot use GraphQLObjectType from another module or realm"), so
 * every request for `graphql` or `graphile-build` is resolved from postgraphile's own folder: one
 * copy of each, as in a project that installs PostGraphile alone.
 */
'use strict';
const Module = require('node:module');
const path = require('node:path');
const http = require('node:http');

const home = path.dirname(require.resolve('postgraphile/package.json'));
const PINNED = new Set(['graphql', 'graphile-build']);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  const name = request.split('/')[0];
  if (PINNED.has(name)) return resolveFilename.call(this, request, parent, isMain, { paths: [home] });
  return resolveFilename.call(this, request, parent, isMain, options);
};

const { postgraphile } = require('postgraphile');

const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  // Only what the role may read appears in the schema (the role has SELECT on a few columns).
  ignoreRBAC: false,
  disableDefaultMutations: true,
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  enableQueryBatching: false,
  setofFunctionsContainNulls: false,
  retryOnInitFail: false,
});

const server = http.createServer(middleware);
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
