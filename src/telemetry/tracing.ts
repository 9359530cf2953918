import { context, ROOT_CONTEXT, SpanKind, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';

/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set. When it is not, nothing
 * here runs: no provider, no middleware, no Apollo plugin, and the database client's span hooks
 * return after one null check (src/telemetry/db-spans.ts).
 */
export interface Tracing {
  tracer: Tracer;
  slowFieldMs: number;
  /** Exports what is buffered, then stops. */
  shutdown(): Promise<void>;
}

/** The tracer database spans go to: the last started node's (one per process in production). */
let current: Tracer | null = null;
export const currentTracer = (): Tracer | null => current;

const propagator = new W3CTraceContextPropagator();
const headerGetter = {
  keys: (carrier: Request['headers']) => Object.keys(carrier),
  get: (carrier: Request['headers'], key: string) => carrier[key],
};

let contextManagerSet = false;

export function startTracing(config: {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_SERVICE_NAME: string;
  TRACING_SLOW_FIELD_MS: number;
}): Tracing | null {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  // Spans find their parent through the async context; one manager per process, kept once set.
  if (!contextManagerSet) contextManagerSet = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // The variable is the collector's base URL (as in the OTel specification): signals go under /v1.
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.OTEL_SERVICE_NAME }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('control-plane');
  current = tracer;
  return {
    tracer,
    slowFieldMs: config.TRACING_SLOW_FIELD_MS,
    async shutdown() {
      if (current === tracer) current = null;
      await provider.shutdown();
    },
  };
}

/**
 * One server span per GraphQL request, child of the caller's W3C `traceparent` when it sent a
 * valid one; its own traceparent goes back in the response header. Mounted after the body parser:
 * the parser resumes in the socket's async context, and everything after this runs in the span's.
 */
export function traceRequests(tracing: Tracing) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const parent = propagator.extract(ROOT_CONTEXT, req.headers, headerGetter);
    const span = tracing.tracer.startSpan(
      'graphql',
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.baseUrl || req.path } },
      parent,
    );
    const active = trace.setSpan(parent, span);
    const carrier: Record<string, string> = {};
    propagator.inject(active, carrier, { set: (c, k, v) => void (c[k] = v) });
    if (carrier.traceparent) res.setHeader('traceparent', carrier.traceparent);
    res.locals.traceId = span.spanContext().traceId;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(active, next);
  };
}
