import { SignJWT } from 'jose';
import type { ControlPlaneClient, ControlPlaneError } from '../../../sdk';
import { AUTH_SECRET, sdk, type TestNode } from '../../fixtures/test-node';

/** Awaits `fn` expecting the SDK to throw; returns the whole ControlPlaneError (message, status, extensions). */
export async function failure(fn: () => Promise<unknown>): Promise<ControlPlaneError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof sdk.ControlPlaneError) return e as ControlPlaneError;
    throw e;
  }
  throw new Error('expected the call to fail, but it succeeded');
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
 * Opens `UserChanged` and proves the subscription is live on the server: events are produced
 * (by `poke`, one event each) until the first one arrives. The events of the other pokes are
 * drained too, so the returned iterator's next result is whatever happens after this call.
 */
export async function liveUserChanged(client: ControlPlaneClient, poke: () => Promise<unknown>) {
  const iterator = client.UserChanged()[Symbol.asyncIterator]();
  const first = iterator.next();
  for (let pokes = 1; pokes <= 50; pokes += 1) {
    await poke();
    const result = await settleWithin(first, 200);
    if (result.status === 'error') throw result.error;
    if (result.status === 'value') {
      // Pokes made before the subscription was registered produced no event for it; later ones did.
      // Drain whatever arrives within a short quiet period.
      for (;;) {
        const extra = await settleWithin(iterator.next(), 500);
        if (extra.status === 'timeout') return { iterator, pending: extra };
      }
    }
  }
  throw new Error('subscription never delivered an event');
}
