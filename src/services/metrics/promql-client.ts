/**
 * Client of the Prometheus HTTP API's instant query (`/api/v1/query`), which Prometheus, Thanos,
 * Mimir and VictoriaMetrics all answer: what PROMQL alert rules evaluate. Instant vectors and
 * scalars are results; anything else, and every failure, is a PromQLError the rule engine turns
 * into the rule's Error state.
 */

export type PromQLErrorKind =
  /** No answer within timeoutMs. */
  | 'timeout'
  /** Connection refused, DNS, TLS: the request did not get an HTTP answer. */
  | 'unreachable'
  /** The server answered `status: error` (bad_data, execution, timeout, ...): `errorType` says which. */
  | 'query'
  /** The answer was not the API's JSON, or was a range vector or string where a vector was expected. */
  | 'bad_response';

export class PromQLError extends Error {
  constructor(
    readonly kind: PromQLErrorKind,
    message: string,
    readonly details: { httpStatus?: number; errorType?: string } = {},
  ) {
    super(message);
    this.name = 'PromQLError';
  }
}

export interface PromQLSample {
  labels: Record<string, string>;
  /** NaN and infinities as Prometheus sends them; null for NaN (no comparable value). */
  value: number | null;
}

export interface PromQLOptions {
  /** Evaluation time; the server's "now" when omitted. */
  at?: Date;
  timeoutMs: number;
  /** Extra headers (an Authorization for a hosted Prometheus). */
  headers?: Record<string, string>;
}

/** Prometheus sends sample values as strings: "1.5", "NaN", "+Inf", "-Inf". */
function parseValue(raw: unknown): number | null {
  if (typeof raw !== 'string') throw new PromQLError('bad_response', 'a sample value was not a string');
  if (raw === '+Inf' || raw === 'Inf') return Infinity;
  if (raw === '-Inf') return -Infinity;
  const n = Number(raw);
  if (raw === 'NaN') return null;
  if (Number.isNaN(n)) throw new PromQLError('bad_response', `a sample value was not a number: ${raw.slice(0, 40)}`);
  return n;
}

interface ApiAnswer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: unknown };
}

export async function queryPromQL(baseUrl: string, expr: string, opts: PromQLOptions): Promise<PromQLSample[]> {
  const url = `${baseUrl.replace(/\/+$/, '')}/api/v1/query`;
  const form = new URLSearchParams({ query: expr });
  if (opts.at) form.set('time', (opts.at.getTime() / 1000).toFixed(3));
  let response: Response;
  let text: string;
  try {
    // POST with a form body: long expressions do not hit URL length limits (all four servers accept it).
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...opts.headers },
      body: form,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    text = await response.text();
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new PromQLError('timeout', `no answer from ${url} within ${opts.timeoutMs} ms`);
    throw new PromQLError('unreachable', `could not reach ${url}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`);
  }
  let body: ApiAnswer;
  try {
    body = JSON.parse(text) as ApiAnswer;
  } catch {
    throw new PromQLError('bad_response', `${url} answered HTTP ${response.status} without the API's JSON`, { httpStatus: response.status });
  }
  if (body.status !== 'success') {
    throw new PromQLError('query', `query failed (${body.errorType ?? 'unknown'}): ${body.error ?? `HTTP ${response.status}`}`, {
      httpStatus: response.status,
      errorType: body.errorType,
    });
  }
  const { resultType, result } = body.data ?? {};
  if (resultType === 'scalar') {
    const [, value] = result as [number, string];
    return [{ labels: {}, value: parseValue(value) }];
  }
  if (resultType !== 'vector' || !Array.isArray(result)) {
    throw new PromQLError('bad_response', `expected an instant vector or a scalar, got ${resultType ?? 'nothing'}`, { httpStatus: response.status });
  }
  return result.map((r: { metric?: Record<string, string>; value?: [number, string] }) => ({
    labels: { ...(r.metric ?? {}) },
    value: parseValue(r.value?.[1]),
  }));
}
