import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Client as UrqlClient, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { OWNER_EMAIL, OWNER_PASSWORD, sdk, useCluster } from '../../fixtures/test-node';
import { uniqueEmail } from '../../fixtures/seed';

/**
 * The SDK's typed documents used as they are by the two common GraphQL clients, against a real
 * server: queries, a mutation and a subscription. The types come from the documents alone (no
 * generics written here), so a document that lost its types would fail `npm run typecheck`.
 */
const ctx = useCluster();
let authorization: string;

beforeAll(async () => {
  const login = await ctx.track(sdk.createClient({ url: ctx.node.url })).login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
  authorization = `Bearer ${login.accessToken}`;
});

function wsClient(): WsClient {
  const client = createWsClient({ url: ctx.node.wsUrl, webSocketImpl: WebSocket, lazy: true, connectionParams: () => ({ authorization }) });
  ctx.track({ close: () => client.dispose() });
  return client;
}

const newUser = (prefix: string) => ({ input: { email: uniqueEmail(prefix), name: 'Typed doc', password: 'typed-document-pw-1' } });

/** Creates users until `heard` has resolved (the subscription may register after the first one). */
async function createUntilHeard<T>(heard: Promise<T>, create: () => Promise<unknown>): Promise<T> {
  for (let i = 0; i < 20; i += 1) {
    await create();
    const outcome = await Promise.race([heard, new Promise<null>((r) => setTimeout(() => r(null), 500))]);
    if (outcome) return outcome;
  }
  throw new Error('no subscription event after 20 users');
}

describe('the SDK documents in Apollo Client', () => {
  it('runs queries, a mutation and a subscription', async () => {
    const ws = wsClient();
    const http = new HttpLink({ uri: ctx.node.url, headers: { authorization } });
    const link = split(
      ({ query }) => {
        const def = getMainDefinition(query);
        return def.kind === 'OperationDefinition' && def.operation === 'subscription';
      },
      new GraphQLWsLink(ws),
      http,
    );
    const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
    try {
      const me = await apollo.query({ query: sdk.MeDocument, fetchPolicy: 'network-only' });
      expect(me.data?.me.email).toBe(OWNER_EMAIL);

      const created = await apollo.mutate({ mutation: sdk.CreateUserDocument, variables: newUser('apollo') });
      const id = created.data!.createUser.id;
      const user = await apollo.query({ query: sdk.UserDocument, variables: { id }, fetchPolicy: 'network-only' });
      expect(user.data?.user?.name).toBe('Typed doc');

      const emails: string[] = [];
      const heard = new Promise<string>((resolve, reject) => {
        const sub = apollo.subscribe({ query: sdk.UserChangedDocument }).subscribe({
          next: (r) => {
            const email = r.data?.userChanged.user.email;
            if (email && emails.includes(email)) {
              sub.unsubscribe();
              resolve(email);
            }
          },
          error: reject,
        });
      });
      const email = await createUntilHeard(heard, async () => {
        const vars = newUser('apollo-sub');
        emails.push(vars.input.email);
        await apollo.mutate({ mutation: sdk.CreateUserDocument, variables: vars });
      });
      expect(emails).toContain(email);
    } finally {
      apollo.stop();
    }
  });
});

describe('the SDK documents in urql', () => {
  it('runs queries, a mutation and a subscription (graphql-ws subscription exchange)', async () => {
    const ws = wsClient();
    const urql = new UrqlClient({
      url: ctx.node.url,
      // POST for every operation: this test is about the documents, not the GET transport.
      preferGetMethod: false,
      fetchOptions: () => ({ headers: { authorization } }),
      exchanges: [
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
        fetchExchange,
      ],
    });

    const me = await urql.query(sdk.MeDocument, {}).toPromise();
    expect(me.error).toBeUndefined();
    expect(me.data?.me.email).toBe(OWNER_EMAIL);

    const created = await urql.mutation(sdk.CreateUserDocument, newUser('urql')).toPromise();
    expect(created.error).toBeUndefined();
    const users = await urql.query(sdk.UsersDocument, { first: 50 }, { requestPolicy: 'network-only' }).toPromise();
    expect(users.data?.users.edges.map((e) => e.node.id)).toContain(created.data?.createUser.id);

    const emails: string[] = [];
    let unsubscribe = () => {};
    const heard = new Promise<string>((resolve) => {
      ({ unsubscribe } = urql.subscription(sdk.UserChangedDocument, {}).subscribe((r) => {
        const email = r.data?.userChanged.user.email;
        if (email && emails.includes(email)) resolve(email);
      }));
    });
    try {
      const email = await createUntilHeard(heard, async () => {
        const vars = newUser('urql-sub');
        emails.push(vars.input.email);
        await urql.mutation(sdk.CreateUserDocument, vars).toPromise();
      });
      expect(emails).toContain(email);
    } finally {
      unsubscribe();
    }
  });
});
