import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient, UserChangedSubscription } from '../../../sdk';
import { DEFAULT_PASSWORD, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { EventStream } from './stream';

const SESSIONS = 5;
const PER_SESSION = 40;

const fx = useCluster({ nodes: 1 });

/**
 * Statement counts of one event fanned out to many subscribers of few sessions: the work per event
 * is shared per session (authorization) and per permissions (execution), never done per socket.
 */
describe('fan-out cost is per session, not per subscriber', () => {
  it(`one event to ${SESSIONS * PER_SESSION} subscribers of ${SESSIONS} sessions costs a handful of statements, warm or cold`, async () => {
    const subject = (await fx.owner.CreateUser({ input: { email: uniqueEmail('fan'), name: 'fan 0', password: DEFAULT_PASSWORD } })).createUser;
    let n = 0;
    const change = () => fx.owner.UpdateUser({ id: subject.id, input: { name: `fan ${(n += 1)}` } });
    const statements = () => fx.node.database.statementCount();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

    // What the mutation itself costs, with nobody listening.
    await change();
    await settle();
    let before = statements();
    await change();
    await settle();
    const mutationAlone = statements() - before;

    const clients: ControlPlaneClient[] = [];
    for (let i = 0; i < SESSIONS; i += 1) clients.push(fx.track((await member(fx.node, fx.owner, ['Admin'])).client));
    const streams: Array<EventStream<UserChangedSubscription>> = [];
    for (const client of clients) {
      for (let j = 0; j < PER_SESSION; j += 1) streams.push(fx.track(new EventStream(client.UserChanged({}), `subscriber ${streams.length}`)));
    }
    const about = (e: UserChangedSubscription) => e.userChanged.user.id === subject.id;
    // Live once one change reaches every subscriber.
    let live = false;
    for (let attempt = 0; attempt < 30 && !live; attempt += 1) {
      const name = `fan ${n + 1}`;
      const got = streams.map((s) => s.next(name, 1_000, (e) => about(e) && e.userChanged.user.name === name).then(() => true, () => false));
      await change();
      live = (await Promise.all(got)).every(Boolean);
    }
    expect(live, 'every subscriber is live').toBe(true);

    const fanOut = async () => {
      before = statements();
      const name = `fan ${n + 1}`;
      const delivered = Promise.all(streams.map((s) => s.next(name, 10_000, (e) => about(e) && e.userChanged.user.name === name)));
      await change();
      await delivered;
      await settle();
      return statements() - before - mutationAlone;
    };

    const warm = await fanOut();
    // Caches dropped (as after a Redis reconnect): each session is read once and each user's
    // permissions compiled once for all its sockets, not once per socket.
    fx.node.deps.sessionCache.clear();
    fx.node.deps.permissionCache.invalidate(null, true);
    const cold = await fanOut();
    console.info(`[fan-out] ${streams.length} subscribers, ${SESSIONS} sessions: extra statements per event warm=${warm} cold=${cold}`);
    // Warm: one execution per session (its permission sets loaded once), shared by its 40 sockets.
    expect(warm, 'warm caches: one batched load per session').toBeLessThanOrEqual(SESSIONS + 1);
    expect(cold, `cold caches: bounded by the ${SESSIONS} sessions, not the ${streams.length} sockets`).toBeLessThanOrEqual(SESSIONS * 8);
  });
});
