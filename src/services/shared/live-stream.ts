import { Repeater } from '@graphql-yoga/subscription';
import type { Authorizer } from '../../authz/authorizer';
import { readEventsAfter } from '../../db/queries/events.queries';
import { openSubscriptions, slowConsumersTotal } from '../../metrics/registry';
import type { LoggedEvent } from '../../pubsub/event-transport';
import type { TopicName, Topics } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import { eventCursor, resumePosition } from '../events/event-cursor';
import type { ServiceContext } from './service-context';
import { sharedPerEvent } from './shared-per-event';

export interface LiveStreamSpec<K extends TopicName, Out> {
  topic: K;
  /** Throws the typed error when the subscriber may not have this stream at all. */
  authorize(authz: Authorizer): void;
  /** Per-event filter: the subscriber's own scope and arguments. */
  accept(message: Topics[K][0], authz: Authorizer): boolean | Promise<boolean>;
  map(message: Topics[K][0], authz: Authorizer): Out | Promise<Out>;
  /**
   * Everything `accept` and `map` read besides the subscriber's permissions (its arguments):
   * subscribers with the same key and the same permissions share one decision per event.
   */
  shareKey: string;
  /** Resume after this cursor: what was missed is replayed first, then the stream goes live. */
  after?: string | null;
}

/** Every delivered event carries its cursor: pass it as `after` to resume from there. */
export type Delivered<Out> = Out & { cursor: string };

/** The subscriber fell too far behind; the transport closes it and the client resumes. */
export class SlowConsumerError extends Error {
  constructor() {
    super('Slow consumer: too many undelivered events; resume from the last cursor');
    this.name = 'SlowConsumerError';
  }
}

const REPLAY_BATCH = 200;

/**
 * A subscription that is authorized when opened (shield does not see `subscribe`), re-checks the
 * session and permissions for every event, and ends itself when the subscriber loses the right,
 * as soon as a permission change for them is announced rather than at the next event.
 *
 * Gap-free resume: the live listener is registered before the replay reads the log, and live
 * events queue behind the replay; positions at or below the last one handled are dropped. So every
 * position after `after` is handled exactly once, in order.
 */
export async function liveStream<K extends TopicName, Out extends object>(
  deps: ServiceDeps,
  ctx: ServiceContext,
  spec: LiveStreamSpec<K, Out>,
): Promise<AsyncIterable<Delivered<Out>>> {
  spec.authorize(ctx.authz);
  const viewer = ctx.authz.requireViewer();
  const resumeFrom = spec.after ? await resumePosition(deps.database, spec.after) : null;
  const credential = `${viewer.sessionId ?? `key:${viewer.apiKeySecretId}`}|${ctx.meta.ip}`;
  const decisionKey = `${spec.topic}|${spec.shareKey}`;
  const maxPending = deps.config.SUBSCRIPTION_MAX_PENDING_EVENTS;

  /** Null when the session ended or the right is gone: the stream must end. Shared per event. */
  const currentAuthz = (event: LoggedEvent): Promise<Authorizer | null> =>
    sharedPerEvent(event, `authz|${credential}`, async () => {
      const authz = await ctx.revalidate();
      if (!authz) return null;
      try {
        spec.authorize(authz);
        return authz;
      } catch {
        return null;
      }
    });

  const decide = async (event: LoggedEvent, authz: Authorizer): Promise<Delivered<Out> | null> =>
    sharedPerEvent(event, decisionKey, async () => {
      const message = event.payload as Topics[K][0];
      if (!(await spec.accept(message, authz))) return null;
      return { ...(await spec.map(message, authz)), cursor: eventCursor(event.position) };
    }, authz.requireViewer().permissions);

  return new Repeater<Delivered<Out>>(async (push, stop) => {
    let lastHandled = resumeFrom ?? deps.events.position();
    let pending = 0;
    let chain: Promise<unknown> = Promise.resolve();
    const then = (work: () => Promise<unknown>) => {
      chain = chain.then(work).catch((err: unknown) => stop(err));
    };

    const handle = async (event: LoggedEvent, backpressure: boolean) => {
      if (event.position <= lastHandled) return;
      lastHandled = event.position;
      const authz = await currentAuthz(event);
      if (!authz) return stop();
      const out = await decide(event, authz);
      if (!out) return;
      pending += 1;
      const consumed = push(out).then(() => (pending -= 1));
      if (backpressure) await consumed;
    };

    openSubscriptions.inc();
    const offEvents = deps.events.on(spec.topic, (_payload, event) => {
      if (pending >= maxPending) {
        slowConsumersTotal.inc();
        return stop(new SlowConsumerError());
      }
      pending += 1;
      then(() => handle(event, false).finally(() => (pending -= 1)));
    });
    const offChanges = deps.events.on('permissions.invalidated', (change, event) => {
      if (change.userIds !== null && !change.userIds.includes(viewer.userId)) return;
      // The permission cache heard this first (caches hear before subscribers), so the re-check is current.
      then(async () => (await currentAuthz(event)) ?? stop());
    });
    stop.then(() => {
      openSubscriptions.dec();
      offEvents();
      offChanges();
    });

    if (resumeFrom !== null) {
      then(async () => {
        for (let from = resumeFrom; ; ) {
          const rows = await readEventsAfter(deps.database.db, from, { topic: spec.topic, limit: REPLAY_BATCH });
          for (const row of rows) await handle({ position: row.position, topic: spec.topic, payload: row.payload }, true);
          if (rows.length < REPLAY_BATCH) break;
          from = rows.at(-1)!.position;
        }
      });
    }
    await stop;
  });
}
