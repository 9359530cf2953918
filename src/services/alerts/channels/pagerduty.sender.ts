import { z } from 'zod';
import { sendOutbound } from '../../deliveries/outbound-http';
import { classifyHttp, type SendOutcome } from '../../deliveries/retry-policy';
import { defineSender, labelLine } from './channel-sender';
import type { AlertNotificationMessage } from './notification-message';

/**
 * PagerDuty Events API v2. The dedup_key is the alert's fingerprint, so the incident a FIRING
 * opened is the one an acknowledge or resolve here acknowledges or resolves there. A `reopen`
 * trigger (the incident was acknowledged, and is not any more) is sent as resolve + trigger; an
 * `acknowledged` one (its alerts were acknowledged before anyone was told) as trigger + acknowledge.
 */
export const pagerDutySender = defineSender({
  type: 'PAGERDUTY',
  settings: z.strictObject({
    source: z.string().min(1).max(255).optional(),
    component: z.string().max(255).optional(),
  }),
  secretNames: ['routingKey'],
  requiredSecrets: ['routingKey'],
  checkSecret: (_name, value) => (/^[A-Za-z0-9]{20,64}$/.test(value) ? null : 'must be a PagerDuty integration (routing) key'),
  async send(target, message, ctx) {
    // PagerDuty pages about alerts; a report (or any other message kind) never opens an incident.
    if (message.kind !== 'alert') return { ok: false, retryable: false, statusCode: null, retryAfterMs: null, error: `a PAGERDUTY channel carries alerts only, not ${message.kind} messages`, latencyMs: 0 };
    const url = `${ctx.pagerDutyEventsUrl.replace(/\/+$/, '')}/v2/enqueue`;
    const post = async (event: object) => classifyHttp(await sendOutbound({ url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) }, ctx));
    const routingKey = target.secrets.routingKey!;
    const event = (e: AlertNotificationMessage['event']) => pagerDutyEvent({ ...message, event: e }, routingKey, target.settings);
    if (eventAction(message.event) !== 'trigger' || (!message.reopen && !message.acknowledged)) return post(event(message.event));
    // Up to three events in one attempt, in order; a retry repeats them all (each is idempotent at PagerDuty).
    const steps = [...(message.reopen ? ['RESOLVED' as const] : []), message.event, ...(message.acknowledged ? ['ACKNOWLEDGED' as const] : [])];
    let latencyMs = 0;
    let outcome: SendOutcome | undefined;
    for (const step of steps) {
      outcome = await post(event(step));
      latencyMs += outcome.latencyMs;
      if (!outcome.ok) break;
    }
    return { ...outcome!, latencyMs };
  },
});

export function eventAction(event: AlertNotificationMessage['event']): 'trigger' | 'acknowledge' | 'resolve' {
  if (event === 'ACKNOWLEDGED') return 'acknowledge';
  if (event === 'RESOLVED') return 'resolve';
  return 'trigger';
}

export function pagerDutyEvent(message: AlertNotificationMessage, routingKey: string, settings: { source?: string; component?: string }) {
  const action = eventAction(message.event);
  const base = { routing_key: routingKey, event_action: action, dedup_key: message.fingerprint };
  if (action !== 'trigger') return base;
  return {
    ...base,
    payload: {
      summary: `${message.title}${message.summary ? ` — ${message.summary}` : ''}`.slice(0, 1024),
      source: settings.source ?? message.labels.instance ?? 'control-plane',
      severity: message.severity,
      ...(settings.component ? { component: settings.component } : {}),
      custom_details: { event: message.event, labels: labelLine(message.labels), annotations: message.annotations, ...(message.alerts ? { alerts: message.alerts.length } : {}) },
    },
    client: 'control-plane',
    ...(message.url ? { client_url: message.url, links: [{ href: message.url, text: 'Alert' }] } : {}),
  };
}
