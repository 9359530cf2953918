// Sign in, run a query, watch users change live. Run from a project that installed the SDK:
//   CONTROL_PLANE_URL=http://localhost:4000/graphql CONTROL_PLANE_EMAIL=admin@localhost \
//   CONTROL_PLANE_PASSWORD='<printed password>' npx tsx sdk-quickstart.mts
import { createClient, ControlPlaneError } from '@control-plane/sdk';

const client = createClient({
  url: process.env.CONTROL_PLANE_URL ?? 'http://localhost:4000/graphql',
  // Called after login and after every automatic refresh (refresh tokens rotate): persist them here.
  onTokens: (tokens) => console.log(tokens ? `tokens until ${tokens.expiresAt}` : 'signed out'),
});

try {
  const me = await client.login({ email: process.env.CONTROL_PLANE_EMAIL!, password: process.env.CONTROL_PLANE_PASSWORD! });
  console.log(`signed in as ${me.user.email}`);

  const { users } = await client.Users({ first: 5 });
  console.log(`users: ${users.edges.map((edge) => edge.node.email).join(', ')}`);

  // Reconnects with backoff and resumes after the last event by itself; this example stops at one.
  for await (const { userChanged } of client.UserChanged()) {
    console.log(`user ${userChanged.kind}: ${userChanged.user.email}`);
    break;
  }
} catch (error) {
  if (error instanceof ControlPlaneError) console.error(`failed with ${error.code}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await client.close();
}
