import type { ControlPlaneClient } from '../../../sdk';
import type * as LoggerModule from '../../../src/logger';
import type * as QueueModule from '../../../src/services/deliveries/delivery-queue';
import type * as UowModule from '../../../src/services/shared/unit-of-work';
import type { DeliveryRequest } from '../../../src/services/deliveries/delivery-queue';
import type { AlertNotificationMessage } from '../../../src/services/alerts/channels/notification-message';
import { loadServerModule } from '../../fixtures/load';
import type { TestNode } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
export { until } from '../../fixtures/until';

const { enqueueDelivery } = loadServerModule<typeof QueueModule>('../../src/services/deliveries/delivery-queue.ts');
const { inTransaction } = loadServerModule<typeof UowModule>('../../src/services/shared/unit-of-work.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const quiet = createLogger('silent');

/** What the routing round will do: enqueue a delivery in a transaction of its own. */
export async function enqueue(node: TestNode, req: DeliveryRequest): Promise<string> {
  const row = await inTransaction(node.deps, quiet, (uow) => enqueueDelivery(node.deps, uow, req));
  return row.id;
}

export function alertMessage(overrides: Partial<AlertNotificationMessage> = {}): AlertNotificationMessage {
  return {
    kind: 'alert',
    event: 'FIRING',
    title: 'HighErrorRate',
    summary: 'error rate above 5% for 5 minutes',
    severity: 'critical',
    labels: { alertname: 'HighErrorRate', team: 'payments' },
    annotations: { runbook: 'https://runbooks.example.com/errors' },
    fingerprint: 'f0e1d2c3b4a59687',
    url: 'https://control-plane.example.com/alerts/1',
    ...overrides,
  };
}

export type DeliveryNode = Awaited<ReturnType<ControlPlaneClient['NotificationDeliveries']>>['notificationDeliveries']['edges'][number]['node'];

/** The delivery with this origin as `reader` sees it. */
export async function deliveryOf(reader: ControlPlaneClient, origin: { kind: string; id: string }): Promise<DeliveryNode | undefined> {
  const { notificationDeliveries } = await reader.NotificationDeliveries({ filter: { origin }, first: 5 });
  return notificationDeliveries.edges[0]?.node;
}

export async function settled(reader: ControlPlaneClient, origin: { kind: string; id: string }, timeoutMs = 15_000): Promise<DeliveryNode> {
  const d = await until(() => deliveryOf(reader, origin), (v) => !!v && v.status !== 'PENDING', timeoutMs);
  if (!d) throw new Error(`no delivery for ${origin.kind}/${origin.id}`);
  return d;
}
