import type { AlertRouteInput } from '../../../sdk/generated/graphql';
import type { DeliverySink } from '../../fixtures/delivery-sink';
import { until } from '../../fixtures/until';
import type { DeliveryFixture } from '../deliveries/delivery-cluster';
import { alertKey, ALL, postAlerts, prometheusAlert } from '../alerts/helpers';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the webhook channel posted: the Standard Webhooks envelope around the NotificationMessage. */
export interface PostedGroup {
  type: string;
  data: { event: string; title: string; severity: string; labels: Record<string, string>; alerts: Array<{ status: string; labels: Record<string, string> }> };
}

export const posted = (sink: DeliverySink, path: string): PostedGroup[] => sink.requests(path).map((r) => JSON.parse(r.body) as PostedGroup);

/** Waits until `path` received `count` requests (or times out: the caller's assertion then shows what arrived). */
export async function received(sink: DeliverySink, path: string, count: number, timeoutMs = 15_000): Promise<PostedGroup[]> {
  await until(async () => sink.requests(path).length, (n) => n >= count, timeoutMs);
  return posted(sink, path);
}

/** Short timings so a test sees a flush in about a second (Alertmanager's defaults are 30s/5m/4h). */
export const FAST = { groupWait: '1s', groupInterval: '1s', repeatInterval: '1h' } as const;

export const eq = (name: string, value: string) => ({ name, op: '=', value });

/** The routing tree for one test: an empty root (no receivers) with these children. */
export async function setRoutes(fx: DeliveryFixture, routes: AlertRouteInput[], root: Partial<AlertRouteInput> = {}) {
  const { setAlertRoutingTree } = await fx.owner.SetAlertRoutingTree({ input: { groupBy: [], ...root, routes } });
  return setAlertRoutingTree;
}

/** An intake client holding alerts:write, as Prometheus is configured. */
export function intake(fx: DeliveryFixture) {
  let key: string | undefined;
  return async (alerts: Array<{ labels: Record<string, string>; endsAt?: Date; summary?: string }>) => {
    key ??= await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
    const res = await postAlerts(fx.node, key, alerts.map((a) => prometheusAlert(a.labels, { ...(a.endsAt ? { endsAt: a.endsAt } : {}), ...(a.summary ? { summary: a.summary } : {}) })));
    if (res.status !== 200) throw new Error(`intake answered ${res.status}: ${res.text}`);
  };
}
