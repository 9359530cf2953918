import { describe, expect, it } from 'vitest';
import { OWNER_EMAIL, OWNER_PASSWORD, sdk, useCluster } from '../../fixtures/test-node';

// The query cost budget applies to subscriptions too: graphql-ws does not go through Apollo's plugins.
const ctx = useCluster({ owner: false, env: { MAX_QUERY_COMPLEXITY: '10' } });

describe('WebSocket query limits', () => {
  it('refuses a subscription over the complexity budget when it is opened', async () => {
    const { login } = await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const client = ctx.track(sdk.createClient({ url: ctx.node.url, wsUrl: ctx.node.wsUrl, token: login.accessToken }));
    const error = await (async () => {
      try {
        for await (const _ of client.UserChanged()) return new Error('received an event');
      } catch (e) {
        return e as { code?: string; message: string };
      }
      return new Error('the subscription ended without an error');
    })();
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error.message).toMatch(/complexity \d+ exceeds the maximum of 10/);
  });
});
