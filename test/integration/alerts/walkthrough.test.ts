import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { useCluster } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { EventStream } from '../subscriptions/stream';

/**
 * README "Alerts in ten minutes", step by step, through the generated SDK against a real node:
 * the same operations and values as the README, so the README cannot drift from what works.
 * The node's own sampling is off so that the only series of the error-rate metric is the pushed one.
 */
const ctx = useCluster({ env: { ALLOW_PRIVATE_TARGETS: 'true', METRICS_SAMPLE_SECONDS: '0', WORKER_POLL_INTERVAL_MS: '200' } });
const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let sink: DeliverySink;

beforeAll(async () => {
  sink = await DeliverySink.start();
});
afterAll(async () => {
  await sink?.close();
});

/** Subscriptions this node holds open, from its /metrics: a subscription is live once counted there. */
async function openSubscriptions(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${ctx.node.port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('control_plane_open_subscriptions'));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

interface Posted {
  type: string;
  data: { event: string; title: string; labels: Record<string, string>; alerts: Array<{ status: string; labels: Record<string, string>; annotations: Record<string, string> }> };
}

describe('README: Alerts in ten minutes', () => {
  it('default rules, a breaching metric, the alert live and at a webhook, acknowledge, silence, history and MTTA', async () => {
    const owner = ctx.owner;

    // 1. The default rules.
    const { alertRules } = await owner.AlertRules({ first: 20 });
    const defaults = new Map(alertRules.edges.flatMap((e) => (e.node.defaultKey ? [[e.node.defaultKey, e.node] as const] : [])));
    expect([...defaults.keys()].sort()).toEqual(['cpu', 'error-rate', 'latency-p99', 'memory']);
    const rule = defaults.get('error-rate')!;
    expect(rule).toMatchObject({
      name: 'High error rate',
      enabled: true,
      operator: 'GT',
      threshold: 0.05,
      intervalSeconds: 60,
      forSeconds: 300,
      severity: 'ERROR',
      builtin: { metric: 'graphql_error_rate', by: ['node'], aggregation: 'avg', windowSeconds: 300 },
    });

    // 2. Evaluate it every 5 s and fire at the first breach (the default waits 5 minutes).
    const { updateAlertRule } = await owner.UpdateAlertRule({ id: rule.id, input: { intervalSeconds: 5, forSeconds: 0 } });
    expect(updateAlertRule).toMatchObject({ intervalSeconds: 5, forSeconds: 0, threshold: 0.05 });

    // 3. A webhook channel, and a routing tree that sends every alert there.
    const { createChannel } = await owner.CreateChannel({
      input: { name: 'my webhook', type: 'WEBHOOK', settings: { url: `${sink.url}/alerts` }, secrets: { signingSecret: SIGNING_SECRET } },
    });
    expect(createChannel.secretsSet).toEqual(['signingSecret']);
    await owner.SetAlertRoutingTree({ input: { receivers: [createChannel.id], groupBy: ['alertname'], groupWait: '5s', groupInterval: '1m', repeatInterval: '4h' } });

    // 4. Watch alerts live.
    const stream = ctx.track(new EventStream(owner.AlertChanged({}), 'AlertChanged'));
    // The SDK subscribes when the stream is first read: start reading, then wait until the node holds it.
    const firstChange = stream.next('the FIRED change', 40_000);
    expect(await until(openSubscriptions, (n) => n >= 1)).toBe(1);

    // 5. Push a metric that breaches the rule: a 50 % error rate on node demo-1.
    const { pushMetrics } = await owner.PushMetrics({ samples: [{ metric: 'graphql_error_rate', labelMap: { node: 'demo-1' }, value: 0.5 }] });
    expect(pushMetrics).toEqual({ accepted: 1, seriesCreated: 1 });

    // 6. The alert fires, live.
    const fired = await firstChange;
    expect(fired.alertChanged.kind).toBe('FIRED');
    const alert = fired.alertChanged.alert;
    expect(alert.status).toBe('FIRING');
    expect(alert.severity).toBe('ERROR');
    expect(alert.source).toMatchObject({ kind: 'RULE', ruleId: rule.id });
    expect(alert.labels).toEqual({ alertname: 'High error rate', node: 'demo-1', severity: 'error' });
    expect(alert.annotations).toEqual({ summary: 'Error rate on demo-1 is 50%' });
    const { alerts } = await owner.Alerts({ first: 20, filter: { statuses: ['FIRING', 'ACKNOWLEDGED'] } });
    expect(alerts.edges.map((e) => e.node.id)).toEqual([alert.id]);

    // 7. The notification at the webhook: one signed JSON per group.
    await until(async () => sink.requests('/alerts').length, (n) => n >= 1, 30_000);
    const [request] = sink.requests('/alerts');
    expect(request, 'a request at the webhook').toBeDefined();
    const posted = new Webhook(SIGNING_SECRET).verify(request!.body, request!.headers as Record<string, string>) as Posted;
    expect(posted.type).toBe('alert.firing');
    expect(posted.data.event).toBe('FIRING');
    expect(posted.data.labels).toEqual({ alertname: 'High error rate' });
    expect(posted.data.alerts).toHaveLength(1);
    expect(posted.data.alerts[0]).toMatchObject({ status: 'firing', labels: alert.labels, annotations: alert.annotations });

    // 8. Acknowledge it.
    const { acknowledgeAlert } = await owner.AcknowledgeAlert({ id: alert.id, note: 'looking into it' });
    expect(acknowledgeAlert.status).toBe('ACKNOWLEDGED');
    expect(acknowledgeAlert.acknowledgedBy).toBe(ctx.ownerId);
    const acked = await stream.next('the ACKNOWLEDGED change', 10_000);
    expect(acked.alertChanged).toMatchObject({ kind: 'ACKNOWLEDGED', alert: { id: alert.id, status: 'ACKNOWLEDGED' } });

    // 9. Silence its labels.
    const { createSilence } = await owner.CreateSilence({
      input: {
        matchers: [
          { name: 'alertname', op: '=', value: 'High error rate' },
          { name: 'node', op: '=', value: 'demo-1' },
        ],
        endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        comment: 'deploying a fix',
      },
    });
    expect(createSilence.state).toBe('ACTIVE');
    const silenced = await stream.next('the SILENCED change', 10_000, (e) => e.alertChanged.kind === 'SILENCED');
    expect(silenced.alertChanged.alert.id).toBe(alert.id);
    expect(silenced.alertChanged.alert.silencedBy).toEqual([createSilence.id]);

    // 10. Its history: the rule instance's transitions, and the alert's timeline.
    const { alertStateHistory } = await owner.AlertStateHistory({ filter: { ruleId: rule.id }, first: 20 });
    const transitions = alertStateHistory.edges.map((e) => e.node).filter((h) => (h.labels as Record<string, string>)['node'] === 'demo-1');
    expect(transitions.map((h) => [h.fromState, h.toState, h.value])).toEqual([['NORMAL', 'FIRING', 0.5]]);
    const { alertTimeline } = await owner.AlertTimeline({ alertId: alert.id, first: 20 });
    const timeline = alertTimeline.edges.map((e) => e.node);
    expect(timeline.map((n) => n.action)).toEqual(['FIRED', 'ACKNOWLEDGED', 'SILENCED']);
    expect(timeline[1]).toMatchObject({ actorType: 'USER', actorId: ctx.ownerId, note: 'looking into it' });

    // The delivery log: the one notification, delivered on the first attempt.
    const { notificationDeliveries } = await until(
      () => owner.NotificationDeliveries({ filter: { channelId: createChannel.id }, first: 10 }),
      (r) => r.notificationDeliveries.edges.every((e) => e.node.status !== 'PENDING'),
    );
    expect(notificationDeliveries.edges.map((e) => [e.node.origin.kind, e.node.status, e.node.attempts.map((a) => a.statusCode)])).toEqual([['alert-group', 'SUCCEEDED', [200]]]);

    // 11. MTTA.
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const { alertStats } = await owner.AlertStats({ ...window, groupBy: 'RULE' });
    expect(alertStats).toMatchObject({ total: 1, acknowledged: 1, resolved: 0, mttrSeconds: null });
    const mtta = (Date.parse(acknowledgeAlert.acknowledgedAt as string) - Date.parse(alert.startsAt as string)) / 1000;
    expect(alertStats.mttaSeconds).toBeCloseTo(mtta, 2);
    expect(alertStats.groups).toEqual([expect.objectContaining({ key: rule.id, count: 1, acknowledged: 1 })]);
    // The routing tree's notification counts for the alert it carried.
    expect(alertStats.notifications).toEqual({ sent: 1, failed: 0, pending: 0 });
  });
});
