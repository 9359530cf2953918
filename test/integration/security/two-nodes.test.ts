import { describe, expect, it } from 'vitest';
import type { SecurityEventRaisedSubscription } from '../../../sdk';
import { createUserWithSets, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster, type TestNode } from '../../fixtures/test-node';
import { EventStream, untilLive } from '../subscriptions/stream';
import { clientFrom, securityEvents, securityEventsMetric } from './helpers';

// Two nodes sharing PostgreSQL and Redis, as behind a load balancer.
const ctx = useCluster({
  nodes: 2,
  redis: true,
  env: {
    TRUST_PROXY: '1',
    LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '20',
    LOGIN_MAX_FAILURES_PER_IP: '200',
    SECURITY_LOGIN_BURST_THRESHOLD: '4',
    SECURITY_STUFFING_ACCOUNTS_THRESHOLD: '4',
  },
});

type Raised = SecurityEventRaisedSubscription['securityEventRaised'];
const codeOf = (error: unknown) => (error as { code?: string } | undefined)?.code;
const wrongLogin = (node: TestNode, ip: string, email: string) =>
  errorCode(() => clientFrom(node, ctx.track, { ip }).Login({ email, password: 'not-the-password-1' }));

/** A HIGH event on node A: a fresh user is handed the Owner set. Returns that user's id. */
async function raiseOwnerGrant(): Promise<string> {
  const { user } = await createUserWithSets(ctx.owners[0]!, ['Owner']);
  return user.id;
}

async function liveStream(iterable: AsyncIterable<{ securityEventRaised: Raised }>, label: string) {
  const stream = ctx.track(new EventStream(iterable, label));
  const pokes = new Set<string>();
  await untilLive(
    stream,
    async () => pokes.add(await raiseOwnerGrant()),
    (e) => e.securityEventRaised.kind === 'OWNER_LEVEL_GRANT' && pokes.has(e.securityEventRaised.userId ?? ''),
  );
  return stream;
}

describe('bursts split across nodes', () => {
  it('raises one LOGIN_FAILURE_BURST when the failures land on both nodes, counted once', async () => {
    const [a, b] = ctx.nodes as [TestNode, TestNode];
    const { user, email } = await createUserWithSets(ctx.owner, ['Viewer']);
    const before = await securityEventsMetric(a, 'LOGIN_FAILURE_BURST', 'MEDIUM');
    // The first four alternate (two per node: only a shared count reaches 4); four more change nothing.
    for (const node of [a, b, a, b]) expect(await wrongLogin(node, '203.0.113.77', email)).toBe('UNAUTHENTICATED');
    for (const node of [a, b, a, b]) expect(await wrongLogin(node, '203.0.113.77', email)).toBe('UNAUTHENTICATED');

    const events = await securityEvents(ctx.owners[1]!, { kinds: ['LOGIN_FAILURE_BURST'], userId: user.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ severity: 'MEDIUM', userId: user.id, ip: '203.0.113.77' });
    expect(events[0]!.auditEvents!.filter((r) => r.action === 'auth.login_failed')).toHaveLength(4);
    // Both nodes run in this process and share its registry: one event, one increment.
    expect(await securityEventsMetric(b, 'LOGIN_FAILURE_BURST', 'MEDIUM')).toBe(before + 1);
  });

  it('raises one CREDENTIAL_STUFFING when the accounts are tried through both nodes', async () => {
    const [a, b] = ctx.nodes as [TestNode, TestNode];
    const emails = Array.from({ length: 8 }, () => uniqueEmail('spray'));
    for (const [i, email] of emails.entries()) expect(await wrongLogin(i % 2 ? b : a, '198.51.100.99', email)).toBe('UNAUTHENTICATED');
    const events = (await securityEvents(ctx.owner, { kinds: ['CREDENTIAL_STUFFING'] })).filter((e) => e.ip === '198.51.100.99');
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ distinctAccounts: 4 });
  });
});

describe('securityEventRaised', () => {
  it('delivers events raised on the other node live, filtered by minSeverity', async () => {
    const admin = await member(ctx.nodes[1]!, ctx.owner, ['Admin']);
    const all = await liveStream(admin.client.SecurityEventRaised(), 'Admin all severities on B');
    const highOnly = await liveStream(admin.client.SecurityEventRaised({ minSeverity: 'HIGH' }), 'Admin HIGH+ on B');

    // A MEDIUM event, then a HIGH one, both on node A.
    const { user: target, email } = await createUserWithSets(ctx.owner, ['Viewer']);
    for (let i = 0; i < 4; i += 1) expect(await wrongLogin(ctx.nodes[0]!, '192.0.2.200', email)).toBe('UNAUTHENTICATED');
    const promoted = await raiseOwnerGrant();

    const medium = await all.next('the login burst', 5_000, (e) => e.securityEventRaised.kind === 'LOGIN_FAILURE_BURST' && e.securityEventRaised.userId === target.id);
    expect(medium.securityEventRaised).toMatchObject({ severity: 'MEDIUM', ip: '192.0.2.200' });
    await all.next('the Owner grant', 5_000, (e) => e.securityEventRaised.userId === promoted);

    const high = await highOnly.next('the Owner grant', 5_000, (e) => e.securityEventRaised.userId === promoted);
    expect(high.securityEventRaised).toMatchObject({ kind: 'OWNER_LEVEL_GRANT', severity: 'HIGH' });
    // The MEDIUM event came first and never reached the HIGH-only stream.
    expect(highOnly.received.map((r) => r.value.securityEventRaised.severity).filter((s) => s !== 'HIGH' && s !== 'CRITICAL')).toEqual([]);
    expect(highOnly.received.some((r) => r.value.securityEventRaised.userId === target.id)).toBe(false);
  });

  it('is refused at subscribe time for a Viewer, and no event reaches them', async () => {
    const viewer = await member(ctx.nodes[1]!, ctx.owner, ['Viewer']);
    const refused = ctx.track(new EventStream(viewer.client.SecurityEventRaised(), 'Viewer on B'));
    await raiseOwnerGrant();
    const outcome = await refused.end('opening securityEventRaised as a Viewer', 3_000);
    expect(outcome.events).toEqual([]);
    expect(codeOf(outcome.error)).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.SecurityEvents({ first: 1 }))).toBe('FORBIDDEN');
  });
});
