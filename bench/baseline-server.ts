/**
 * The comparison bench's hand-written baseline: node:http, no framework, one SQL statement per
 * request (postgres.js, prepared), answering exactly the two documents the bench sends with the JSON
 * our API returns for them. It still does what our server must do per request: verify the access
 * token (jose, HS256, same secret, issuer and audience) and check the session row (not revoked, not
 * expired, not idle, user active) in that same statement. It does NOT evaluate permissions (the
 * bench's viewer is the owner, who may read everything): that is the floor our API is measured
 * against, not a second implementation of it.
 *
 * Run as a child process by bench/compare-support.ts; prints `listening <port>` when ready.
 * Env: DATABASE_URL, AUTH_SECRET, SESSION_IDLE_TTL_MINUTES, PORT (0 = any).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import postgres from 'postgres';

const key = new TextEncoder().encode(process.env.AUTH_SECRET);
const idleMinutes = Number(process.env.SESSION_IDLE_TTL_MINUTES);
const sql = postgres(process.env.DATABASE_URL!, { max: 10, prepare: true, onnotice: () => {} });

const USERS_QUERY = 'query($first: Int) { users(first: $first) { edges { node { id name email permissionSets { name } } } } }';
const ME_QUERY = '{ me { id name } }';

/** Session usable: the same four conditions as isSessionUsable() in src/services/auth/session-cache.ts. */
const LIVE_SESSION = `
  select 1 from sessions s join users su on su.id = s.user_id
  where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now()
    and s.last_used_at > now() - make_interval(mins => $3) and su.status = 'ACTIVE'`;

/** The whole response body, built by PostgreSQL in one statement (null when the session is not live). */
const USERS_SQL = `
  select case when exists (${LIVE_SESSION}) then (
    select json_build_object('data', json_build_object('users', json_build_object('edges',
      coalesce(json_agg(json_build_object('node', json_build_object(
        'id', p.id, 'name', p.name, 'email', p.email,
        'permissionSets', (
          select coalesce(json_agg(json_build_object('name', ps.name) order by ps.name), '[]'::json)
          from user_permission_sets ups join permission_sets ps on ps.id = ups.set_id
          where ups.user_id = p.id and (ups.expires_at is null or ups.expires_at > now())
        )
      )) order by p.id desc), '[]'::json)
    )))::text
    from (select id, name, email from users order by id desc limit $4) p
  ) end as body`;

const ME_SQL = `
  select u.id, u.name from sessions s join users u on u.id = s.user_id
  where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now()
    and s.last_used_at > now() - make_interval(mins => $3) and u.status = 'ACTIVE'`;

const UNAUTHENTICATED = JSON.stringify({ errors: [{ message: 'Session expired or revoked', extensions: { code: 'UNAUTHENTICATED' } }] });

async function claims(req: IncomingMessage): Promise<{ sub: string; sid: string } | null> {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), key, { issuer: 'control-plane', audience: 'control-plane-api', algorithms: ['HS256'] });
    return typeof payload.sub === 'string' && typeof payload.sid === 'string' ? { sub: payload.sub, sid: payload.sid } : null;
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, '{"errors":[{"message":"not found"}]}');
  const [raw, who] = await Promise.all([readBody(req), claims(req)]);
  const { query, variables } = JSON.parse(raw) as { query: string; variables?: { first?: number } };
  if (!who) return send(res, 200, UNAUTHENTICATED);
  if (query === USERS_QUERY) {
    const [row] = await sql.unsafe<{ body: string | null }[]>(USERS_SQL, [who.sid, who.sub, idleMinutes, Math.min(variables?.first ?? 50, 100)], { prepare: true });
    return send(res, 200, row?.body ?? UNAUTHENTICATED);
  }
  if (query === ME_QUERY) {
    const [me] = await sql.unsafe<{ id: string; name: string }[]>(ME_SQL, [who.sid, who.sub, idleMinutes], { prepare: true });
    return send(res, 200, me ? JSON.stringify({ data: { me: { id: me.id, name: me.name } } }) : UNAUTHENTICATED);
  }
  send(res, 400, '{"errors":[{"message":"the baseline answers only the two bench documents"}]}');
}

const server = createServer((req, res) => {
  handle(req, res).catch((err: Error) => send(res, 500, JSON.stringify({ errors: [{ message: err.message }] })));
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : '?'}`);
});
process.on('SIGTERM', () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});
