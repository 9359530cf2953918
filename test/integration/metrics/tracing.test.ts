import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import type * as LoggerModule from '../../../src/logger';
import type * as NodeModule from '../../../src/server/node';
import { loadServerModule } from '../../fixtures/load';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, startCluster } from '../../fixtures/test-node';
import { createIsolatedDatabase } from '../../setup/reset-db';

const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { startNode } = loadServerModule<typeof NodeModule>('../../src/server/node.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
}

/** OTLP/JSON ids are hex; accept base64 too (the protobuf-JSON mapping some exporters use). */
const hex = (id: unknown) => (typeof id === 'string' && /^[0-9a-f]*$/i.test(id) ? id.toLowerCase() : Buffer.from(String(id ?? ''), 'base64').toString('hex'));

/** A minimal OTLP/HTTP receiver on loopback: stores every span POSTed to /v1/traces (JSON). */
function startReceiver() {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      contentTypes.push(String(req.headers['content-type']));
      if (req.url === '/v1/traces') {
        const payload = JSON.parse(body.toString('utf8')) as {
          resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: Array<Record<string, unknown>> }> }>;
        };
        for (const rs of payload.resourceSpans ?? [])
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? [])
              spans.push({ traceId: hex(s.traceId), spanId: hex(s.spanId), parentSpanId: hex(s.parentSpanId), name: String(s.name) });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return {
    spans,
    contentTypes,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  const receiver = startReceiver();
  let endpoint: string;
  beforeAll(async () => {
    endpoint = `http://127.0.0.1:${await receiver.listen()}`;
  });
  afterAll(() => receiver.close());

  it('continues the caller traceparent: operation span as its child, db spans below it, traceparent returned', async () => {
    // Every field counts as slow here, so resolver spans show up too.
    const cluster = await startCluster({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, TRACING_SLOW_FIELD_MS: '0' } });
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    let returned: string | null;
    try {
      const node = cluster.nodes[0]!;
      const { login } = await node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
      const res = await fetch(node.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${login.accessToken}`,
          traceparent: `00-${traceId}-${callerSpanId}-01`,
        },
        body: JSON.stringify({ query: 'query Me { me { id email } }', operationName: 'Me' }),
      });
      expect(res.status).toBe(200);
      returned = res.headers.get('traceparent');
    } finally {
      // Closing the node flushes the span processor.
      await cluster.close();
    }

    const m = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(returned ?? '');
    expect(m, `traceparent response header: ${returned}`).not.toBeNull();
    expect(m![1]).toBe(traceId);
    const operationSpanId = m![2]!;
    expect(operationSpanId).not.toBe(callerSpanId);

    const inTrace = receiver.spans.filter((s) => s.traceId === traceId);
    const operation = inTrace.filter((s) => s.parentSpanId === callerSpanId);
    expect(operation.map((s) => s.name)).toEqual(['query Me']);
    expect(operation[0]!.spanId).toBe(operationSpanId);

    const children = inTrace.filter((s) => s.parentSpanId === operationSpanId);
    const dbSpans = children.filter((s) => s.name.startsWith('db.'));
    expect(dbSpans.length).toBeGreaterThanOrEqual(1);
    expect(children.map((s) => s.name)).toContain('resolve Query.me');
    // Every span of the request is in the caller's trace, and each has its parent in it.
    const ids = new Set([callerSpanId, ...inTrace.map((s) => s.spanId)]);
    for (const s of inTrace) expect(ids.has(s.parentSpanId), `${s.name} has its parent in the trace`).toBe(true);
    expect(receiver.contentTypes.every((c) => c.startsWith('application/json'))).toBe(true);

    // The login before it (its own trace) ran a transaction: its statements are the transaction's children.
    const transactions = receiver.spans.filter((s) => s.name === 'db.transaction');
    expect(transactions.length).toBeGreaterThanOrEqual(1);
    const inTransaction = receiver.spans.filter((s) => s.name === 'db.query' && transactions.some((t) => t.spanId === s.parentSpanId));
    expect(inTransaction.length).toBeGreaterThanOrEqual(1);
  });

  it('without a traceparent a request starts its own trace and still returns one', async () => {
    const cluster = await startCluster({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } });
    let header: string | null;
    try {
      const res = await fetch(cluster.nodes[0]!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: 'not-a-traceparent' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      header = res.headers.get('traceparent');
    } finally {
      await cluster.close();
    }
    const m = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(header ?? '');
    expect(m).not.toBeNull();
    const root = receiver.spans.find((s) => s.traceId === m![1] && s.spanId === m![2]);
    expect(root?.name).toBe('query anonymous');
    expect(root?.parentSpanId).toBe('');
  });

  it('puts the trace id on the request\'s log lines', async () => {
    const db = await createIsolatedDatabase(inject('databaseUrl'));
    const lines: string[] = [];
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db.url, AUTH_SECRET,
      ADMIN_EMAIL: OWNER_EMAIL, ADMIN_PASSWORD: OWNER_PASSWORD, LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    });
    const node = await startNode(config, createLogger('info', { write: (l: string) => void lines.push(l) }));
    const traceId = randomBytes(16).toString('hex');
    try {
      // Every request logs its access line; whatever the request's own logger writes carries the ids too.
      const res = await fetch(node.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`, 'x-request-id': 'trace-log-probe' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(res.status).toBeLessThan(500);
    } finally {
      await node.close();
      await db.drop();
    }
    const ofRequest = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === 'trace-log-probe');
    expect(ofRequest.length).toBeGreaterThanOrEqual(1);
    for (const line of ofRequest) expect(line.traceId, JSON.stringify(line)).toBe(traceId);
  });

  it('without OTEL_EXPORTER_OTLP_ENDPOINT nothing is traced and no traceparent is returned', async () => {
    const cluster = await startCluster();
    try {
      const res = await fetch(cluster.nodes[0]!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('traceparent')).toBeNull();
    } finally {
      await cluster.close();
    }
  });
});
