import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { assertAllowedHost, BlockedTargetError, guardedLookup } from './ssrf-guard';

export interface OutboundRequest {
  url: string;
  method?: 'POST' | 'PUT';
  headers: Record<string, string>;
  body: string;
}

export interface OutboundLimits {
  timeoutMs: number;
  allowPrivate: boolean;
}

/** What came back, or why nothing did. The body is cut short: only a snippet is kept for the log. */
export type OutboundResult =
  | { kind: 'response'; status: number; headers: http.IncomingHttpHeaders; bodySnippet: string; latencyMs: number }
  | { kind: 'timeout' | 'connection' | 'blocked'; error: string; latencyMs: number };

const SNIPPET_BYTES = 2048;

/**
 * One HTTP request on behalf of the product. Every resolved address passes the SSRF guard (a
 * custom `lookup`, so the socket connects to the checked address); redirects are never followed
 * (a 3xx is an answer like any other: following one would reach a host nobody checked); the whole
 * exchange, connect to last byte, is bounded by `timeoutMs`. Fresh sockets (no keep-alive agent):
 * a pooled socket would skip the lookup and its check.
 */
export function sendOutbound(request: OutboundRequest, limits: OutboundLimits): Promise<OutboundResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`unsupported scheme ${url.protocol}`);
      assertAllowedHost(url.hostname, limits.allowPrivate);
    } catch (err) {
      return resolve({ kind: err instanceof BlockedTargetError ? 'blocked' : 'connection', error: (err as Error).message, latencyMs: elapsed() });
    }
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (result: OutboundResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = client.request(
      url,
      {
        method: request.method ?? 'POST',
        headers: { 'content-length': Buffer.byteLength(request.body).toString(), 'user-agent': 'control-plane-deliveries', ...request.headers },
        lookup: guardedLookup(limits.allowPrivate) as never,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < SNIPPET_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          finish({
            kind: 'response',
            status: res.statusCode ?? 0,
            headers: res.headers,
            bodySnippet: Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString('utf8'),
            latencyMs: elapsed(),
          }),
        );
        res.on('error', (err) => finish({ kind: 'connection', error: err.message, latencyMs: elapsed() }));
      },
    );
    const timer = setTimeout(() => {
      finish({ kind: 'timeout', error: `no complete answer within ${limits.timeoutMs} ms`, latencyMs: elapsed() });
      req.destroy();
    }, limits.timeoutMs);
    req.on('error', (err) => {
      const blocked = err instanceof BlockedTargetError || (err as NodeJS.ErrnoException).code === 'EBLOCKEDTARGET';
      finish({ kind: blocked ? 'blocked' : 'connection', error: describeError(err), latencyMs: elapsed() });
    });
    req.end(request.body);
  });
}

/** The error's code and message; Node's messages name host and port, never the path or query. */
function describeError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
}
