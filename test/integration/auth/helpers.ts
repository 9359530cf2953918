import { SignJWT } from 'jose';
import type { ControlPlaneClient, ControlPlaneError } from '../../../sdk';
import { thrownBy } from '../../fixtures/seed';
import { AUTH_SECRET, sdk, type TestNode } from '../../fixtures/test-node';

/** Awaits `fn` expecting the SDK to throw; returns the whole ControlPlaneError (message, status, extensions). */
export async function failure(fn: () => Promise<unknown>): Promise<ControlPlaneError> {
  const e = await thrownBy(fn);
  if (e instanceof sdk.ControlPlaneError) return e as ControlPlaneError;
  throw e;
}

/** A tracked client (closed with the cluster) that sends the given access token. */
export function withToken(node: TestNode, token: string): ControlPlaneClient {
  const client = node.anonymous();
  client.setToken(token);
  return client;
}

/** Logs in and returns the raw payload (both tokens) plus a client using its access token. */
export async function login(node: TestNode, email: string, password: string) {
  const { login: payload } = await node.anonymous().Login({ email, password });
  return { ...payload, client: withToken(node, payload.accessToken) };
}

/** The id of the session the client is calling with. */
export async function currentSessionId(client: ControlPlaneClient): Promise<string> {
  const { sessions } = await client.Sessions({ first: 100 });
  const current = sessions.edges.filter((e) => e.node.current);
  if (current.length !== 1) throw new Error(`expected exactly one current session, got ${current.length}`);
  return current[0]!.node.id;
}

/** Audit rows with this action, newest first, as the given reader sees them. */
export async function auditRows(reader: ControlPlaneClient, action: string) {
  const { auditLogs } = await reader.AuditLogs({ first: 100, filter: { action } });
  return auditLogs.edges.map((e) => e.node);
}

/** An HS256 token with the server's claim layout; override any part to forge a bad one. */
export async function signAccessToken(opts: {
  userId: string;
  sessionId: string;
  expiresAt: Date;
  secret?: string;
  issuer?: string;
  audience?: string;
}): Promise<string> {
  return new SignJWT({ sid: opts.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(opts.userId)
    .setIssuer(opts.issuer ?? 'control-plane')
    .setAudience(opts.audience ?? 'control-plane-api')
    .setIssuedAt(Math.floor(opts.expiresAt.getTime() / 1000) - 900)
    .setExpirationTime(Math.floor(opts.expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(opts.secret ?? AUTH_SECRET));
}

type Settled<T> = { status: 'value'; value: T } | { status: 'error'; error: unknown } | { status: 'timeout' };

/** Resolves to what the promise did within `ms`, never rejects. */
export function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'timeout' }), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve({ status: 'value', value })),
      (error: unknown) => (clearTimeout(timer), resolve({ status: 'error', error })),
    );
  });
}

/**
 * Opens `UserChanged` and proves the subscription is live on the server: users are created (by
 * `createUser`, returning the new id) until the first event arrives. Every creation after the one
 * first seen also produced an event; those are drained, so the iterator's next result is whatever
 * happens after this call.
 */
export async function liveUserChanged(client: ControlPlaneClient, createUser: () => Promise<string>) {
  const iterator = client.UserChanged()[Symbol.asyncIterator]();
  const first = iterator.next();
  const created: string[] = [];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    created.push(await createUser());
    const result = await settleWithin(first, 200);
    if (result.status === 'error') throw result.error;
    if (result.status === 'timeout') continue;
    if (result.value.done) throw new Error('subscription ended before it was live');
    const seen = created.indexOf(result.value.value.userChanged.user.id);
    if (seen < 0) throw new Error('unexpected first event');
    for (const id of created.slice(seen + 1)) {
      const next = await iterator.next();
      if (next.done || next.value.userChanged.user.id !== id) throw new Error('unexpected event while draining');
    }
    return iterator;
  }
  throw new Error('subscription never delivered an event');
}
