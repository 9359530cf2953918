/**
 * The comparison bench's framework floor: the fixed stack's HTTP and GraphQL layers alone —
 * Apollo Server 5 on express 5, graphql-js executing the bench's documents — over data held in
 * memory (read once at start from the bench database, so the answers equal ours), with no token
 * check, no session, no permissions, no database per request and no plugins. Whatever our API does
 * on top costs more than this, so this server's requests/s bounds what the fixed stack can reach.
 *
 * Run as a child process by bench/compare.bench.ts; prints `listening <port>` when ready.
 * Env: DATABASE_URL, ME_ID (the bench viewer), PORT (0 = any).
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import postgres from 'postgres';

const schema = buildSchema(`
  type PermissionSet { name: String! }
  type User { id: ID! name: String! email: String permissionSets: [PermissionSet!]! }
  type UserEdge { node: User! }
  type UserConnection { edges: [UserEdge!]! }
  type Query { me: User users(first: Int): UserConnection! }
`);

type User = { id: string; name: string; email: string; permissionSets: { name: string }[] };

async function load(url: string): Promise<User[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<User[]>`
      select u.id, u.name, u.email, coalesce((
        select json_agg(json_build_object('name', ps.name) order by ps.name)
        from user_permission_sets ups join permission_sets ps on ps.id = ups.set_id
        where ups.user_id = u.id and (ups.expires_at is null or ups.expires_at > now())), '[]'::json) as "permissionSets"
      from users u order by u.id desc limit 100`;
    return rows.map((r) => ({ ...r }));
  } finally {
    await sql.end();
  }
}

async function main() {
  const users = await load(process.env.DATABASE_URL!);
  const me = users.find((u) => u.id === process.env.ME_ID) ?? null;
  const rootValue = {
    me: () => me,
    users: ({ first }: { first?: number }) => ({ edges: users.slice(0, first ?? 50).map((node) => ({ node })) }),
  };
  const apollo = new ApolloServer({ schema, rootValue, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const server = createServer(app);
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

void main();
