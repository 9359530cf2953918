import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../../src/services/alerts/channels/email.sender';
import type { AlertNotificationMessage } from '../../../src/services/alerts/channels/notification-message';
import { eventAction, pagerDutyEvent } from '../../../src/services/alerts/channels/pagerduty.sender';
import { slackPayload } from '../../../src/services/alerts/channels/slack.sender';

const message: AlertNotificationMessage = {
  kind: 'alert',
  event: 'FIRING',
  title: 'DiskFull <script>',
  summary: 'disk above 95%',
  severity: 'warning',
  labels: { alertname: 'DiskFull', instance: 'db-1' },
  annotations: { runbook: 'r' },
  fingerprint: 'abc123',
};

describe('channel renderings', () => {
  it('maps events to PagerDuty actions: only ack and resolve leave trigger', () => {
    expect(['FIRING', 'ESCALATED', 'FLAPPING', 'TEST', 'ACKNOWLEDGED', 'RESOLVED'].map((e) => eventAction(e as AlertNotificationMessage['event']))).toEqual([
      'trigger',
      'trigger',
      'trigger',
      'trigger',
      'acknowledge',
      'resolve',
    ]);
    expect(pagerDutyEvent({ ...message, event: 'RESOLVED' }, 'key', {})).toEqual({ routing_key: 'key', event_action: 'resolve', dedup_key: 'abc123' });
    expect(pagerDutyEvent(message, 'key', {})).toMatchObject({ payload: { source: 'db-1', severity: 'warning' } });
  });

  it('Slack lists at most ten alerts of a group', () => {
    const alerts = Array.from({ length: 12 }, (_, i) => ({ fingerprint: `f${i}`, status: 'FIRING', labels: { alertname: `A${i}` }, annotations: {} }));
    const payload = slackPayload({ ...message, alerts });
    const list = payload.blocks[3] as { text: { text: string } };
    expect(list.text.text.split('\n')).toHaveLength(11);
    expect(list.text.text).toContain('and 2 more');
  });

  it('email escapes HTML and keeps the subject on one line', () => {
    const mail = renderEmail({ ...message, title: 'a\r\nBcc: x@example.com <b>' });
    expect(mail.subject).toBe('[WARNING] Firing: a Bcc: x@example.com <b>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;b&gt;');
  });
});
