/** Raw HTTP against /graphql, for what the typed SDK cannot send (bad JSON, odd headers, any document). */

export interface RawError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string; stacktrace?: unknown; [key: string]: unknown };
}

export interface RawResponse {
  status: number;
  contentType: string | null;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: RawError[] } | null;
}

export async function rawPost(
  url: string,
  body: unknown,
  opts: { headers?: Record<string, string>; token?: string } = {},
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return toRaw(response);
}

export async function toRaw(response: Response): Promise<RawResponse> {
  const text = await response.text();
  let body: RawResponse['body'] = null;
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, body };
}

/** Every `extensions` object in the answer, to check that none carries a stack trace. */
export function allExtensions(res: RawResponse): Array<Record<string, unknown>> {
  return (res.body?.errors ?? []).map((e) => e.extensions ?? {});
}
