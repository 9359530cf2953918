/** The files of a project that uses the packed SDK, one per way of importing it. */

/** Plain Node ESM: the node entry (loads `ws` by itself on Node 20) — login, a query, a subscription. */
export const ESM_CONSUMER = `
import { createClient, MeDocument, ControlPlaneError } from '@control-plane/sdk';

const env = process.env;
const client = createClient({ url: env.CP_URL });
const login = await client.login({ email: env.CP_EMAIL, password: env.CP_PASSWORD });
const { me } = await client.Me();
const viaDocument = await client.request(MeDocument);

// The subscription may not be registered when the first user is created: create until one is heard.
const events = client.UserChanged()[Symbol.asyncIterator]();
const heard = events.next();
const created = [];
let event = null;
for (let i = 0; i < 20 && !event; i += 1) {
  const email = 'esm-' + i + '-' + Date.now() + '@example.test';
  created.push(email);
  await client.CreateUser({ input: { email, name: 'ESM consumer', password: 'consumer-password-1' } });
  event = await Promise.race([heard, new Promise((r) => setTimeout(() => r(null), 500))]);
}
await events.return();

let refused = null;
try {
  await createClient({ url: env.CP_URL, token: 'not-a-token' }).Me();
} catch (e) {
  refused = { isControlPlaneError: e instanceof ControlPlaneError, code: e.code, status: e.status };
}
await client.close();
console.log(JSON.stringify({ userId: login.user.id, me: me.email, viaDocument: viaDocument.me.email, event: event && event.value.userChanged, created, refused }));
`;

/** Plain Node CommonJS: require() of the package — login and a query. */
export const CJS_CONSUMER = `
const { createClient, ControlPlaneError, CLIENT_ERROR_CODES } = require('@control-plane/sdk');

(async () => {
  const env = process.env;
  const client = createClient({ url: env.CP_URL });
  await client.login({ email: env.CP_EMAIL, password: env.CP_PASSWORD });
  const { me } = await client.Me();
  let refused = null;
  try {
    await createClient({ url: env.CP_URL, token: 'not-a-token' }).Me();
  } catch (e) {
    refused = { isControlPlaneError: e instanceof ControlPlaneError, code: e.code };
  }
  await client.close();
  console.log(JSON.stringify({ me: me.email, refused, codes: CLIENT_ERROR_CODES.length }));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
`;

/** TypeScript with module NodeNext, one ESM and one CommonJS file: types must resolve and check. */
export const TS_FILES = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [], lib: ['ES2022', 'DOM'] },
    files: ['esm.mts', 'cjs.cts'],
  }),
  'esm.mts': `
import { createClient, MeDocument, UserChangedDocument, ControlPlaneError, type MeQuery, type ClientErrorCode } from '@control-plane/sdk';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

const doc: TypedDocumentNode<MeQuery, { [key: string]: never }> = MeDocument;
export async function main(url: string): Promise<string> {
  const client = createClient({ url, apiKey: 'cpk_example', onTokens: (t) => void t?.accessToken });
  const { me } = await client.request(doc);
  for await (const e of client.subscribe(UserChangedDocument, { after: null })) return e.userChanged.user?.email ?? '';
  const code: ClientErrorCode = new ControlPlaneError({ code: 'SESSION_ENDED' }).code;
  return me.email + code;
}
`,
  'cjs.cts': `
import { createClient, type UsersQuery } from '@control-plane/sdk';

export async function count(url: string): Promise<number> {
  const users: UsersQuery = await createClient({ url, token: 't', refreshToken: 'r' }).Users({ first: 5 });
  return users.users.edges.length;
}
`,
  'wrong.mts.txt': `
import { createClient } from '@control-plane/sdk';
// A wrong field must fail to compile: proves the types are real, not any.
export const n: number = (await createClient({ url: 'x' }).Me()).me.id;
`,
};

/** A browser entry: bundled with esbuild for platform browser. */
export const BROWSER_ENTRY = `
import { createClient, MeDocument } from '@control-plane/sdk';
const client = createClient({ url: '/graphql', wsUrl: 'wss://example.test/graphql' });
client.request(MeDocument).then((r) => console.log(r.me.email));
for await (const e of client.UserChanged()) console.log(e.userChanged.kind);
`;
