import { z } from 'zod';
import { sendOutbound } from '../../deliveries/outbound-http';
import { classifyHttp } from '../../deliveries/retry-policy';
import { defineSender, EVENT_WORDS } from './channel-sender';
import type { NotificationMessage, ReportNotificationMessage } from './notification-message';

const SEVERITY_EMOJI: Record<string, string> = { critical: ':red_circle:', error: ':large_orange_circle:', warning: ':large_yellow_circle:', info: ':large_blue_circle:' };
const MAX_LISTED = 10;

/** Slack incoming webhook with Block Kit blocks; the webhook URL is itself the credential, so it is a secret. */
export const slackSender = defineSender({
  type: 'SLACK',
  settings: z.strictObject({
    /** Shown in the header block only; the webhook decides where the message goes. */
    mention: z.string().max(100).optional(),
  }),
  secretNames: ['webhookUrl'],
  requiredSecrets: ['webhookUrl'],
  checkSecret: (_name, value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'must be an http(s) URL';
    } catch {
      return 'must be a URL (the Slack incoming webhook URL)';
    }
  },
  async send(target, message, ctx) {
    const body = JSON.stringify(slackPayload(message, target.settings.mention));
    return classifyHttp(await sendOutbound({ url: target.secrets.webhookUrl!, headers: { 'content-type': 'application/json' }, body }, ctx));
  },
});

export function slackPayload(message: NotificationMessage, mention?: string) {
  if (message.kind === 'report') return reportSlackPayload(message, mention);
  const head = `${SEVERITY_EMOJI[message.severity] ?? ''} ${EVENT_WORDS[message.event]}: ${message.title}`.trim();
  const labels = Object.keys(message.labels).sort().map((k) => `\`${k}=${message.labels[k]}\``).join(' ');
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: head.slice(0, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: `${mention ? `${mention} ` : ''}${message.summary}`.slice(0, 3000) } },
  ];
  if (labels) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: labels.slice(0, 3000) }] });
  if (message.alerts && message.alerts.length > 0) {
    const lines = message.alerts.slice(0, MAX_LISTED).map((a) => `• ${a.status}${a.flapping ? ' (flapping)' : ''} ${a.labels.alertname ?? a.fingerprint}`);
    if (message.alerts.length > MAX_LISTED) lines.push(`… and ${message.alerts.length - MAX_LISTED} more`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 3000) } });
  }
  if (message.url) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open alert' }, url: message.url }] });
  }
  // `text` is the notification and accessibility fallback Slack asks for alongside blocks.
  return { text: head, blocks };
}

/** A report: its name, the period it covers and a download button per file (never the files themselves). */
function reportSlackPayload(message: ReportNotificationMessage, mention?: string) {
  const head = `:bar_chart: ${EVENT_WORDS[message.event]}: ${message.title}`;
  const r = message.report;
  const facts = [r.period ? `*Period:* ${r.period.from} to ${r.period.to}` : null, r.rowCount !== undefined ? `*Rows:* ${r.rowCount}` : null].filter(Boolean).join('\n');
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: head.slice(0, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: `${mention ? `${mention} ` : ''}${message.summary}${facts ? `\n${facts}` : ''}`.slice(0, 3000) } },
  ];
  const links = (r.artifacts ?? []).slice(0, 25).map((a) => ({ type: 'button', text: { type: 'plain_text', text: `Download ${a.format}`.slice(0, 75) }, url: a.url }));
  if (links.length > 0) blocks.push({ type: 'actions', elements: links });
  return { text: head, blocks };
}
