import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { BlockedTargetError, resolveAllowed } from '../../deliveries/ssrf-guard';
import type { SendOutcome } from '../../deliveries/retry-policy';
import { defineSender, EVENT_WORDS, labelLine } from './channel-sender';
import type { NotificationMessage, ReportNotificationMessage } from './notification-message';

const address = z.email().max(320);

/** Errors nodemailer reports for the connection rather than the message: worth another attempt. */
const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

/**
 * SMTP through nodemailer. The host is resolved and checked by the SSRF guard first, then
 * nodemailer connects to that address (TLS still verifies the certificate for the host name).
 */
export const emailSender = defineSender({
  type: 'EMAIL',
  settings: z.strictObject({
    host: z.string().min(1).max(255).regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or address'),
    port: z.number().int().min(1).max(65535).default(587),
    /** Implicit TLS (port 465); otherwise STARTTLS. */
    secure: z.boolean().default(false),
    /** Refuse to send (and to authenticate) over a connection STARTTLS did not protect. */
    requireTls: z.boolean().default(true),
    username: z.string().min(1).max(255).optional(),
    from: address,
    to: z.array(address).min(1).max(50),
  }),
  secretNames: ['password'],
  requiredSecrets: [],
  async send(target, message, ctx) {
    const s = target.settings;
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    let ip: string;
    try {
      ip = await resolveAllowed(s.host, ctx.allowPrivate);
    } catch (err) {
      return { ok: false, retryable: !(err instanceof BlockedTargetError), statusCode: null, retryAfterMs: null, error: (err as Error).message, latencyMs: latency() };
    }
    const transport = nodemailer.createTransport({
      host: ip,
      port: s.port,
      secure: s.secure,
      requireTLS: !s.secure && s.requireTls,
      tls: { servername: s.host.replace(/^\[|\]$/g, '') },
      ...(s.username ? { auth: { user: s.username, pass: target.secrets.password ?? '' } } : {}),
      connectionTimeout: ctx.timeoutMs,
      greetingTimeout: ctx.timeoutMs,
      socketTimeout: ctx.timeoutMs,
      name: 'control-plane',
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const rendered = renderEmail(message);
      // Files travel by reference and are streamed from their source for this attempt only.
      const refs = message.kind === 'report' ? (message.attachments ?? []) : [];
      if (refs.length > 0 && !ctx.openAttachment) throw Object.assign(new Error('this message carries attachments and no attachment reader is available'), { code: 'ENOATTACHMENT' });
      const attachments = refs.map((a) => ({ filename: a.fileName, contentType: a.contentType, content: ctx.openAttachment!(a) }));
      const info = await Promise.race([
        transport.sendMail({ from: s.from, to: s.to, subject: rendered.subject, text: rendered.text, html: rendered.html, headers: { 'X-Delivery-Id': ctx.deliveryId }, ...(attachments.length ? { attachments } : {}) }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error(`no complete SMTP exchange within ${ctx.timeoutMs} ms`), { code: 'ETIMEDOUT' })), ctx.timeoutMs);
        }),
      ]);
      return { ok: true, statusCode: smtpCode(info.response) ?? 250, latencyMs: latency() } satisfies SendOutcome;
    } catch (err) {
      const e = err as { code?: string; responseCode?: number; message: string };
      // SMTP 4xx is "try again later", 5xx is final; no code: the connection, which may recover.
      const retryable = e.responseCode ? e.responseCode >= 400 && e.responseCode < 500 : TRANSIENT_CODES.has(e.code ?? '') || !e.code;
      return { ok: false, retryable, statusCode: e.responseCode ?? null, retryAfterMs: null, error: `${e.code ? `${e.code}: ` : ''}${e.message}`, latencyMs: latency() };
    } finally {
      clearTimeout(timer);
      transport.close();
    }
  },
});

const smtpCode = (response: string | undefined) => (response && /^\d{3}/.test(response) ? Number(response.slice(0, 3)) : null);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderEmail(message: NotificationMessage): { subject: string; text: string; html: string } {
  if (message.kind === 'report') return renderReportEmail(message);
  const subject = `[${message.severity.toUpperCase()}] ${EVENT_WORDS[message.event]}: ${message.title}`.replace(/[\r\n]+/g, ' ').slice(0, 250);
  const annotations = Object.entries(message.annotations).map(([k, v]) => `${k}: ${v}`);
  const alerts = (message.alerts ?? []).map((a) => `- ${a.status}${a.flapping ? ' (flapping)' : ''} ${labelLine(a.labels)}`);
  const lines = [message.summary, '', `Labels: ${labelLine(message.labels)}`, ...annotations, ...(alerts.length ? ['', 'Alerts:', ...alerts] : []), ...(message.url ? ['', message.url] : [])];
  const html = `<h2>${escapeHtml(subject)}</h2>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`;
  return { subject, text: lines.join('\n'), html };
}

/** A report's mail: what it is, the period, and a link per file (attached or, above the size cap, linked only). */
function renderReportEmail(message: ReportNotificationMessage): { subject: string; text: string; html: string } {
  const subject = `${EVENT_WORDS[message.event]}: ${message.title}`.replace(/[\r\n]+/g, ' ').slice(0, 250);
  const r = message.report;
  const attached = new Set((message.attachments ?? []).map((a) => a.id));
  const files = (r.artifacts ?? []).map((a) => `- ${a.fileName} (${a.format}, ${a.sizeBytes} bytes${attached.has(a.id) ? ', attached' : ''}): ${a.url}`);
  const lines = [
    message.summary,
    ...(r.period ? ['', `Period: ${r.period.from} to ${r.period.to}`] : []),
    ...(r.rowCount !== undefined ? [`Rows: ${r.rowCount}`] : []),
    ...(files.length ? ['', 'Files:', ...files] : []),
    ...(message.url ? ['', message.url] : []),
  ];
  const html = `<h2>${escapeHtml(subject)}</h2>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`;
  return { subject, text: lines.join('\n'), html };
}
