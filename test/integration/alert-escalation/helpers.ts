import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import type { DeliverySink } from '../../fixtures/delivery-sink';
import type { TestNode } from '../../fixtures/test-node';
import { postAlerts, prometheusAlert } from '../alerts/helpers';
import { SIGNING_SECRET } from '../deliveries/delivery-cluster';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A WEBHOOK channel to the sink's `path`. */
export async function hook(owner: ControlPlaneClient, sink: DeliverySink, path: string): Promise<string> {
  const { createChannel } = await owner.CreateChannel({ input: { name: `esc ${randomUUID()}`, type: 'WEBHOOK', settings: { url: `${sink.url}${path}` }, secrets: { signingSecret: SIGNING_SECRET } } });
  return createChannel.id;
}

/** A policy whose level i pages the webhook channel `${base}/l${i}`, each after `timeouts[i]` seconds. */
export async function ladder(
  owner: ControlPlaneClient,
  sink: DeliverySink,
  base: string,
  timeouts: number[],
  extra: { repeatCount?: number; ackTimeoutSeconds?: number; isDefault?: boolean } = {},
) {
  const levels = [];
  for (const [i, timeoutSeconds] of timeouts.entries()) levels.push({ channelIds: [await hook(owner, sink, `${base}/l${i}`)], timeoutSeconds });
  const name = `policy ${base} ${randomUUID().slice(0, 8)}`;
  const { createEscalationPolicy } = await owner.CreateEscalationPolicy({ input: { name, levels, ...extra } });
  return createEscalationPolicy;
}

/** Fires an external alert through the intake and returns its id. */
export async function fire(node: TestNode, owner: ControlPlaneClient, key: string, labels: Record<string, string>): Promise<string> {
  expect((await postAlerts(node, key, [prometheusAlert(labels)])).status).toBe(200);
  const { alerts } = await owner.Alerts({ first: 5, filter: { statuses: ['FIRING', 'ACKNOWLEDGED'], matchers: Object.entries(labels).map(([name, value]) => ({ name, op: '=', value })) } });
  expect(alerts.edges).toHaveLength(1);
  return alerts.edges[0]!.node.id;
}

/** The pages (firing, escalated) among a path's requests: acknowledged/resolved notices follow up on a page, they page nobody. */
export const pages = (sink: DeliverySink, path: string) =>
  sink.requests(path).filter((r) => ['alert.firing', 'alert.escalated'].includes((JSON.parse(r.body) as { type?: string }).type ?? ''));

/** How many pages each level's path of `base` received, level 0 first. */
export const counts = (sink: DeliverySink, base: string, levels: number) => Array.from({ length: levels }, (_, i) => pages(sink, `${base}/l${i}`).length);

/** The alert's escalation row (null when it follows no policy). */
export async function escalationOf(node: TestNode, alertId: string) {
  const [row] = await node.database.sql<Array<{ active: boolean; cycle: number; round: number; policy_version: number }>>`
    select active, cycle, round, policy_version from alert_escalations where alert_id = ${alertId}`;
  return row ?? null;
}
