import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DeliverySink } from '../../fixtures/delivery-sink';
import { useCluster } from '../../fixtures/test-node';
import { until } from '../../fixtures/until';
import { startPrometheus, type PrometheusOptions, type PrometheusServer } from '../metrics-store/prometheus-server';
import { ALL, alertKey } from './helpers';

/**
 * A real Prometheus (the Debian binary) lists the test node under `alerting.alertmanagers` and
 * posts to `/api/v2/alerts` on its own schedule, with its own JSON and its own bearer header. Its
 * rule reads a gauge it scrapes from a local sink, so the test can stop the rule firing.
 */
const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0', WORKER_POLL_INTERVAL_MS: '200' } });
let scrape: DeliverySink;
const running: PrometheusServer[] = [];

// Prometheus re-sends a firing alert after this delay (default 1m): short, to see several re-sends.
// Firing alerts carry endsAt = now + 4 × max(delay, evaluation interval), here 8 s: long enough that
// a slow cycle on a busy machine does not let the alert lapse between two re-sends.
const RESEND_DELAY = '--rules.alert.resend-delay=2s';
const WAIT_MS = 40_000;

beforeAll(async () => {
  scrape = await DeliverySink.start();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
});
afterAll(async () => {
  await scrape?.close();
});

const target = () => new URL(scrape.url).host;
const intakeTarget = () => `127.0.0.1:${ctx.node.port}`;

/** What the sink's /metrics says: the switch gauge the rule reads. */
function setSwitch(value: 0 | 1): void {
  scrape.defaultReply('/metrics', {
    status: 200,
    headers: { 'content-type': 'text/plain; version=0.0.4' },
    body: `# TYPE prom_intake_switch gauge\nprom_intake_switch{case="on-off"} ${value}\n`,
  });
}

async function prometheus(opts: PrometheusOptions): Promise<PrometheusServer> {
  const server = await startPrometheus([target()], { flags: [RESEND_DELAY], ...opts });
  running.push(server);
  return server;
}

/** Sum of one counter over its label sets, from Prometheus's own /metrics. */
async function promCounter(server: PrometheusServer, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

const alertsNamed = async (alertname: string) => {
  const { alerts } = await ctx.owner.Alerts({ first: 20, filter: { matchers: [{ name: 'alertname', op: '=', value: alertname }] } });
  return alerts.edges.map((e) => e.node);
};

describe('a real Prometheus pointed at POST /api/v2/alerts', () => {
  it('opens one alert with the rule\'s labels and annotations, keeps it one while Prometheus re-sends, and resolves it when the rule stops firing', async () => {
    setSwitch(1);
    const key = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:push', scope: ALL }]);
    const prom = await prometheus({
      alertmanagers: [{ target: intakeTarget(), bearer: key }],
      rules: [
        'groups:',
        '  - name: intake',
        '    rules:',
        '      - alert: IntakeSwitchOn',
        '        expr: prom_intake_switch == 1',
        '        for: 0s',
        '        labels: { severity: critical, team: payments }',
        '        annotations:',
        "          summary: 'switch {{ $labels.case }} is on'",
        "          value: '{{ $value }}'",
        '          runbook_url: https://runbooks.example.test/switch',
        '',
      ].join('\n'),
    });

    const opened = await until(() => alertsNamed('IntakeSwitchOn'), (a) => a.length > 0, WAIT_MS);
    expect(opened, prom.log()).toHaveLength(1);
    const alert = opened[0]!;
    expect(alert.status).toBe('FIRING');
    expect(alert.severity).toBe('CRITICAL');
    expect(alert.source.kind).toBe('EXTERNAL');
    expect(alert.source.name).toMatch(/^api-key:/);
    // The series' labels (with the scrape's instance and job), the rule's labels, and alertname.
    expect(alert.labels).toEqual({ alertname: 'IntakeSwitchOn', case: 'on-off', instance: target(), job: 'control_plane', severity: 'critical', team: 'payments' });
    // Templated by Prometheus before sending.
    expect(alert.annotations).toEqual({ summary: 'switch on-off is on', value: '1', runbook_url: 'https://runbooks.example.test/switch' });
    expect(alert.generatorUrl).toContain('g0.expr=prom_intake_switch');
    expect(alert.endsAt).not.toBeNull();

    // Prometheus re-sends the firing alert (every 2 s here): each report lands on the same alert.
    const receipts = new Set<string>();
    const sentBefore = await promCounter(prom, 'prometheus_notifications_sent_total');
    const during = await until(
      async () => {
        const now = await alertsNamed('IntakeSwitchOn');
        for (const a of now) receipts.add(a.lastReceivedAt as string);
        return now;
      },
      () => receipts.size >= 3,
      WAIT_MS,
    );
    expect(receipts.size).toBeGreaterThanOrEqual(3);
    expect(await promCounter(prom, 'prometheus_notifications_sent_total')).toBeGreaterThan(sentBefore);
    expect(during).toHaveLength(1);
    expect(during[0]!.id).toBe(alert.id);
    expect(during[0]!.status).toBe('FIRING');
    expect(during[0]!.fingerprint).toBe(alert.fingerprint);

    // The rule stops firing: Prometheus sends the alert once more with endsAt = the resolve time.
    setSwitch(0);
    const { alert: resolved } = await until(() => ctx.owner.Alert({ id: alert.id }), (r) => r.alert.status === 'RESOLVED', WAIT_MS);
    expect(resolved.status, prom.log()).toBe('RESOLVED');
    expect(resolved.resolvedBy).toBeNull();
    expect(new Date(resolved.endsAt as string).getTime()).toBeLessThanOrEqual(Date.now());
    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: alert.id, first: 100 });
    const actions = alertTimeline.edges.map((e) => e.node.action);
    expect(actions[0]).toBe('FIRED');
    expect(actions.at(-1)).toBe('RESOLVED');
    expect(actions.filter((a) => a === 'RESOLVED')).toHaveLength(1);

    // Prometheus keeps re-sending the resolved alert for a while: that neither reopens nor doubles it.
    const sentAtResolve = await promCounter(prom, 'prometheus_notifications_sent_total');
    const sentLater = await until(() => promCounter(prom, 'prometheus_notifications_sent_total'), (n) => n >= sentAtResolve + 2, WAIT_MS);
    expect(sentLater).toBeGreaterThanOrEqual(sentAtResolve + 2);
    const last = await alertsNamed('IntakeSwitchOn');
    expect(last).toHaveLength(1);
    expect(last[0]!.status).toBe('RESOLVED');
    expect(await promCounter(prom, 'prometheus_notifications_errors_total')).toBe(0);
  });

  it('a key without alerts:push is refused: Prometheus counts and logs the 403, and no alert is opened', async () => {
    const readOnly = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: ALL }]);
    const prom = await prometheus({
      alertmanagers: [{ target: intakeTarget(), bearer: readOnly }],
      rules: ['groups:', '  - name: refused', '    rules:', '      - alert: IntakeRefused', '        expr: vector(1) > 0', '        for: 0s', '        labels: { severity: warning }', ''].join('\n'),
    });

    // Two refused sends at least (the first and a re-send), as Prometheus itself counts them.
    const errors = await until(() => promCounter(prom, 'prometheus_notifications_errors_total'), (n) => n >= 2, WAIT_MS);
    expect(errors, prom.log()).toBeGreaterThanOrEqual(2);
    expect(prom.log()).toMatch(/Error sending alert.*403/);
    expect(await alertsNamed('IntakeRefused')).toHaveLength(0);
    const { auditLogs } = await ctx.owner.AuditLogs({ first: 20, filter: { action: 'access.denied', actorId: ctx.ownerId } });
    expect(auditLogs.edges.map((e) => (e.node.metadata as { path?: string }).path)).toContain('POST /api/v2/alerts');
  });
});
