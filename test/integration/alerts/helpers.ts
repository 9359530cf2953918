import type { ControlPlaneClient, GrantInput } from '../../../sdk';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import type { TestNode } from '../../fixtures/test-node';
import { createKey } from '../security/helpers';
import { customSet } from '../permissions/features.helpers';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Go's time.Time JSON (RFC 3339 with nanoseconds), as Prometheus' notifier writes it. */
export const goTime = (d: Date) => d.toISOString().replace(/\.(\d{3})Z$/, '.$1456789Z');

let seq = 0;
/**
 * One alert exactly as Prometheus' notifier (notifier.Alert) posts it: labels with the rule's and
 * external labels, annotations, startsAt, endsAt (ValidUntil while firing; the resolve time once
 * resolved) and generatorURL.
 */
export function prometheusAlert(labels: Record<string, string>, opts: { endsAt?: Date; startsAt?: Date; summary?: string } = {}) {
  seq += 1;
  const startsAt = opts.startsAt ?? new Date(Date.now() - 60_000);
  return {
    labels: { alertname: 'HighErrorRate', instance: 'api-1:9090', job: 'api', prometheus: 'monitoring/k8s', ...labels },
    annotations: { summary: opts.summary ?? 'Error rate above 5%', description: `5xx share is 7.2% (${seq})`, runbook_url: 'https://runbooks.example.test/high-error-rate' },
    startsAt: goTime(startsAt),
    endsAt: goTime(opts.endsAt ?? new Date(Date.now() + 4 * 60_000)),
    generatorURL: 'http://prometheus-k8s-0:9090/graph?g0.expr=sum%28rate%28http_requests_total%7Bcode%3D~%225..%22%7D%5B5m%5D%29%29&g0.tab=1',
  };
}

export function intakeUrl(node: TestNode): string {
  return new URL('/api/v2/alerts', node.url).toString();
}

/** POSTs to the intake as Prometheus does (JSON body, bearer credential). */
export async function postAlerts(node: TestNode, token: string | null, body: unknown, raw = false) {
  const res = await fetch(intakeUrl(node), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Prometheus/3.5.0', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as { code?: string; message?: string }) : null, headers: res.headers };
}

/** An API key of the owner holding `grants`, as Prometheus would be configured with. */
export async function alertKey(node: TestNode, owner: ControlPlaneClient, grants: GrantInput[]) {
  return (await createKey(node, owner, grants, { name: `prometheus ${++seq}` })).secret;
}

export const ALL = { kind: 'ALL' as const };
export const teamScope = (team: string) => ({ kind: 'LABELS' as const, labels: { team } });

/** A user holding one custom set of `grants`, logged in on `node`. */
export async function userWith(node: TestNode, owner: ControlPlaneClient, grants: GrantInput[], prefix = 'alerts') {
  const set = await customSet(owner, prefix, grants);
  const email = uniqueEmail(prefix);
  const { createUser } = await owner.CreateUser({ input: { email, name: prefix, password: DEFAULT_PASSWORD, permissionSetIds: [set.id] } });
  return { id: createUser.id, client: await node.clientFor(email, DEFAULT_PASSWORD) };
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
