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
  /** Sent as `Authorization: Bearer` (PROMETHEUS_BEARER_TOKEN). */
  bearerToken?: string;
  /** Sent as `X-Scope-OrgID`, the tenant of Mimir, Cortex and multi-tenant Thanos (PROMETHEUS_TENANT). */
  tenant?: string;
  /** Extra headers. */
  headers?: Record<string, string>;
}

/**
 * The URL to send to and the headers that authenticate it. Node's fetch refuses a URL with
 * credentials in it, so a `user:password@` becomes HTTP Basic auth (as Prometheus's own
 * `basic_auth`) and leaves the URL. `secrets` are the strings no message may repeat.
 */
export function prometheusTarget(baseUrl: string, opts: Pick<PromQLOptions, 'bearerToken' | 'tenant'> = {}): { url: string; headers: Record<string, string>; secrets: string[] } {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // The value itself stays out of the message: it may be a URL with a password, mistyped.
    throw new PromQLError('unreachable', 'PROMETHEUS_URL is not a valid URL');
  }
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    const basic = Buffer.from(`${user}:${password}`).toString('base64');
    headers['authorization'] = `Basic ${basic}`;
    // The user name is no secret (and short ones would mask unrelated text); the password and the
    // header value (which decodes to it) are.
    secrets.push(url.password, password, basic);
    url.username = '';
    url.password = '';
  }
  if (opts.bearerToken) {
    headers['authorization'] = `Bearer ${opts.bearerToken}`;
    secrets.push(opts.bearerToken);
  }
  if (opts.tenant) headers['x-scope-orgid'] = opts.tenant;
  const path = url.pathname.replace(/\/+$/, '');
  return { url: `${url.origin}${path}/api/v1/query${url.search}`, headers, secrets: secrets.filter((x) => x.length > 0) };
}

/** The message with every secret masked: a server or a network error may echo what it was sent. */
function scrub(message: string, secrets: string[]): string {
  let out = message;
  // Longest first, so a secret containing another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
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
  const target = prometheusTarget(baseUrl, opts);
  try {
    return await runQuery(target, expr, opts);
  } catch (err) {
    // One exit for every message: none repeats a password or token, whatever produced it.
    if (err instanceof PromQLError) throw new PromQLError(err.kind, scrub(err.message, target.secrets), err.details);
    throw new PromQLError('bad_response', scrub(err instanceof Error ? err.message : String(err), target.secrets));
  }
}

async function runQuery(target: { url: string; headers: Record<string, string> }, expr: string, opts: PromQLOptions): Promise<PromQLSample[]> {
  const { url } = target;
  const form = new URLSearchParams({ query: expr });
  if (opts.at) form.set('time', (opts.at.getTime() / 1000).toFixed(3));
  let response: Response;
  let text: string;
  try {
    // POST with a form body: long expressions do not hit URL length limits (all four servers accept it).
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...opts.headers, ...target.headers },
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
    const hint = response.status === 401 || response.status === 403 ? ' (check PROMETHEUS_URL credentials, PROMETHEUS_BEARER_TOKEN, PROMETHEUS_TENANT)' : '';
    throw new PromQLError('bad_response', `${url} answered HTTP ${response.status} without the API's JSON${hint}`, { httpStatus: response.status });
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
