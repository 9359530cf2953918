import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** Called for every `next` message: the event's tag (see `tagOf`), when it arrived, and which socket. */
export type DeliveryListener = (tag: string, at: number, socket: number) => void;

export interface SwarmOptions {
  wsUrl: string;
  /** Access tokens; socket i uses tokens[i % tokens.length], so few sessions serve many sockets. */
  tokens: string[];
  count: number;
  /** Sockets being opened at once (connect + connection_init + connection_ack). */
  concurrency: number;
  /** The subscription document sent on every socket. */
  query: string;
  /** Reads the event's tag from a `next` payload (undefined: not one of ours). */
  tagOf: (payload: unknown) => string | undefined;
  /** Give up on one socket's handshake after this long. */
  handshakeTimeoutMs?: number;
}

export interface Swarm {
  /** Sockets asked for; socket indexes run 0..size-1. */
  size: number;
  /** Sockets whose handshake succeeded and whose subscription was sent. */
  open: number;
  /** One line per socket that failed to open, or that the server closed or errored later. */
  problems: string[];
  /** Messages other than `next` for our subscription (`error`, `complete`), by type. */
  unexpected: Record<string, number>;
  onDelivery(listener: DeliveryListener | null): void;
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Many raw `ws` sockets speaking graphql-transport-ws (connection_init with the bearer token, then
 * one `subscribe`), far lighter than one graphql-ws client object each. Only the public protocol is
 * used, so the swarm works against any implementation of the server.
 */
export async function openSwarm(opts: SwarmOptions): Promise<Swarm> {
  const sockets: WebSocket[] = [];
  const problems: string[] = [];
  const unexpected: Record<string, number> = {};
  let closing = false;
  let listener: DeliveryListener | null = null;
  const handshakeTimeoutMs = opts.handshakeTimeoutMs ?? 20_000;
  const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: opts.query } });

  const openOne = (index: number) =>
    new Promise<void>((done) => {
      const socket = new WebSocket(opts.wsUrl, 'graphql-transport-ws', { perMessageDeflate: false });
      let settled = false;
      let failed = false;
      // One line per socket: the first failure, before or after the handshake; none once we close.
      const fail = (why: string) => {
        if (failed || (settled && closing)) return;
        failed = true;
        problems.push(`socket ${index}: ${why}`);
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          socket.terminate();
          done();
        }
      };
      const timer = setTimeout(() => fail(`no connection_ack within ${handshakeTimeoutMs} ms`), handshakeTimeoutMs);
      socket.on('open', () => {
        const token = opts.tokens[index % opts.tokens.length];
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      });
      socket.on('message', (data: Buffer) => {
        const at = performance.now();
        let message: { type?: string; id?: string; payload?: unknown };
        try {
          message = JSON.parse(data.toString('utf8')) as typeof message;
        } catch {
          unexpected.unparsable = (unexpected.unparsable ?? 0) + 1;
          return;
        }
        if (message.type === 'next') {
          const tag = opts.tagOf(message.payload);
          if (tag !== undefined) listener?.(tag, at, index);
          else unexpected.nextWithoutTag = (unexpected.nextWithoutTag ?? 0) + 1;
        } else if (message.type === 'connection_ack' && !settled) {
          settled = true;
          clearTimeout(timer);
          socket.send(subscribe);
          sockets.push(socket);
          done();
        } else if (message.type === 'ping') {
          socket.send(JSON.stringify({ type: 'pong' }));
        } else if (message.type !== 'pong') {
          const type = message.type ?? 'untyped';
          unexpected[type] = (unexpected[type] ?? 0) + 1;
          if (type === 'error' && (unexpected.error ?? 0) <= 3) problems.push(`socket ${index}: error ${JSON.stringify(message.payload)}`);
        }
      });
      socket.on('close', (code, reason) => fail(`closed by server ${code} ${reason.toString()}`));
      socket.on('error', (err) => fail(`socket error ${err.message}`));
    });

  let next = 0;
  const worker = async () => {
    while (next < opts.count) await openOne(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, opts.count)) }, worker));

  return {
    size: opts.count,
    get open() {
      return sockets.length;
    },
    problems,
    unexpected,
    onDelivery(l) {
      listener = l;
    },
    async close(timeoutMs = 15_000) {
      closing = true;
      listener = null;
      await Promise.all(
        sockets.map(
          (socket) =>
            new Promise<void>((done) => {
              if (socket.readyState === WebSocket.CLOSED) return done();
              const timer = setTimeout(() => (socket.terminate(), done()), timeoutMs);
              socket.once('close', () => (clearTimeout(timer), done()));
              socket.close(1000, 'bench done');
            }),
        ),
      );
    },
  };
}
