import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';

/** One notification as the WEBHOOK channel posts it (Standard Webhooks envelope around the message). */
export interface SinkNotification {
  /** performance.now() in this process when the body had fully arrived. */
  at: number;
  /** Date.now() at the same moment, to compare with timestamps PostgreSQL wrote. */
  wallAt: number;
  /** The webhook-id header: the delivery's id in notificationDeliveries. */
  id: string;
  type: string;
  groupLabels: Record<string, string>;
  alerts: Array<{ fingerprint: string; status: string; labels: Record<string, string> }>;
  /** The webhook-signature header verified against the channel's signing secret. */
  signed: boolean;
}

/**
 * A webhook receiver on loopback for the fan-out bench: answers 200 at once, verifies each body's
 * Standard Webhooks signature as a real receiver must, and keeps what arrived and when (so the
 * bench counts notifications and the alerts inside them, and times their arrival).
 */
export async function startWebhookSink(signingSecret: string) {
  const verifier = new Webhook(signingSecret);
  const received: SinkNotification[] = [];
  const waiters: Array<() => void> = [];
  let malformed = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const wallAt = Date.now();
      const body = Buffer.concat(chunks).toString('utf8');
      let signed = true;
      try {
        verifier.verify(body, req.headers as Record<string, string>);
      } catch {
        signed = false;
      }
      try {
        const parsed = JSON.parse(body) as { type: string; data: { labels: Record<string, string>; alerts: SinkNotification['alerts'] } };
        received.push({ at, wallAt, id: String(req.headers['webhook-id'] ?? ''), type: parsed.type, groupLabels: parsed.data.labels, alerts: parsed.data.alerts, signed });
      } catch {
        malformed += 1;
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    malformed: () => malformed,
    /** Resolves when `done()` holds after an arrival, or after `timeoutMs` (the caller then reports what came). */
    async until(done: () => boolean, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!done() && Date.now() < deadline) {
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, Math.max(0, Math.min(250, deadline - Date.now())));
        });
      }
    },
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
