import { z } from 'zod';
import type { Config } from '../../../config';
import type { ReportRecipient } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import type { InlineTarget } from '../../deliveries/delivery-queue';
import { checkSecrets, parseSettings } from '../../deliveries/delivery-target';

export const RECIPIENT_KINDS = ['EMAIL', 'SLACK', 'WEBHOOK'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const MAX_RECIPIENTS = 20;

export interface RecipientInput {
  kind: RecipientKind;
  /** An email address, a Slack incoming-webhook URL, or a webhook URL. */
  target: string;
  /** WEBHOOK only: the Standard Webhooks key (`whsec_...`) the payload is signed with. */
  signingSecret?: string | null;
}

/** Per recipient (same index), the secrets it sends with; sealed as one JSON array. */
export type RecipientSecrets = Array<Record<string, string> | null>;

const email = z.email().max(320);

/** The senders name their own fields (`url`, `webhookUrl`); the input calls it `target`. */
function asTarget(at: string, check: () => unknown): void {
  try {
    check();
  } catch (err) {
    if (err instanceof AppError && err.code === 'BAD_USER_INPUT') throw AppError.badInput(err.message.replace(/^\S+ /, 'target '), `${at}.target`);
    throw err;
  }
}

/**
 * A Slack or webhook URL may be its own credential (a token in the path or query): only its origin
 * is ever shown or audited. Idempotent, so a stored (already masked) target masks to itself.
 */
export function maskUrl(raw: string): string {
  try {
    return `${new URL(raw).origin}/…`;
  } catch {
    return '…';
  }
}

/** An email address as someone without reports:schedule sees it: its domain only. */
const maskEmail = (address: string) => `…@${address.slice(address.lastIndexOf('@') + 1)}`;

/**
 * A stored recipient's target as shown to a caller: URLs by their origin always (rows written
 * before webhook URLs were sealed still hold the full URL, so this masks at read time too), email
 * addresses in full only to callers who may change schedules (reports:schedule).
 */
export function shownTarget(recipient: ReportRecipient, fullEmail: boolean): string {
  if (recipient.kind === 'EMAIL') return fullEmail ? recipient.target : maskEmail(recipient.target);
  return maskUrl(recipient.target);
}

/**
 * Checks recipients with the channel senders' own rules (the webhook URL carries no userinfo,
 * the signing secret is a whsec_ key, the SSRF guard applies when sending) and splits them into
 * what may be shown (`recipients`: Slack and webhook URLs by origin) and what is sealed
 * (`secrets`: the Slack URL, the webhook URL and its signing secret).
 */
export function parseRecipients(config: Config, input: RecipientInput[], field = 'input.recipients'): { recipients: ReportRecipient[]; secrets: RecipientSecrets } {
  if (input.length > MAX_RECIPIENTS) throw AppError.badInput(`at most ${MAX_RECIPIENTS} recipients`, field);
  const recipients: ReportRecipient[] = [];
  const secrets: RecipientSecrets = [];
  const seen = new Set<string>();
  input.forEach((r, i) => {
    const at = `${field}.${i}`;
    const target = r.target.trim();
    if (seen.has(`${r.kind}:${target}`)) throw AppError.badInput('the same recipient is listed twice', `${at}.target`);
    seen.add(`${r.kind}:${target}`);
    if (r.kind !== 'WEBHOOK' && r.signingSecret) throw AppError.badInput('signingSecret applies to WEBHOOK recipients only', `${at}.signingSecret`);
    if (r.kind === 'EMAIL') {
      if (!email.safeParse(target).success) throw AppError.badInput('target must be an email address', `${at}.target`);
      if (!config.SMTP_URL || !config.SMTP_FROM) throw AppError.badInput('EMAIL recipients need the server to be configured with SMTP_URL and SMTP_FROM', `${at}.kind`);
      recipients.push({ kind: 'EMAIL', target });
      secrets.push(null);
    } else if (r.kind === 'SLACK') {
      asTarget(at, () => checkSecrets('SLACK', { webhookUrl: target }, at));
      recipients.push({ kind: 'SLACK', target: maskUrl(target) });
      secrets.push({ webhookUrl: target });
    } else {
      asTarget(at, () => parseSettings('WEBHOOK', { url: target }, at));
      if (!r.signingSecret) throw AppError.badInput('WEBHOOK recipients need a signingSecret (whsec_ followed by base64 of 24 to 64 bytes)', `${at}.signingSecret`);
      checkSecrets('WEBHOOK', { signingSecret: r.signingSecret }, at);
      // The URL is sealed with the signing secret: a path token (`/api/webhooks/<id>/<token>`) is a credential.
      recipients.push({ kind: 'WEBHOOK', target: maskUrl(target) });
      secrets.push({ url: target, signingSecret: r.signingSecret });
    }
  });
  return { recipients, secrets };
}

/** The product's own SMTP server (SMTP_URL) as an EMAIL delivery target for one address. */
export function mailTarget(config: Config, to: string): InlineTarget | null {
  if (!config.SMTP_URL || !config.SMTP_FROM) return null;
  const url = new URL(config.SMTP_URL);
  const secure = url.protocol === 'smtps:';
  const password = decodeURIComponent(url.password);
  return {
    type: 'EMAIL',
    settings: {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      requireTls: config.SMTP_REQUIRE_TLS,
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      from: config.SMTP_FROM,
      to: [to],
    },
    ...(password ? { secrets: { password } } : {}),
  };
}

/** Where one recipient's delivery goes; null when it cannot be sent (no SMTP configured any more). */
export function recipientTarget(config: Config, recipient: ReportRecipient, secrets: Record<string, string> | null): InlineTarget | null {
  if (recipient.kind === 'EMAIL') return mailTarget(config, recipient.target);
  if (!secrets) return null;
  if (recipient.kind === 'SLACK') return { type: 'SLACK', settings: {}, secrets: { webhookUrl: secrets.webhookUrl! } };
  // Rows written before webhook URLs were sealed keep the URL in `target`.
  return { type: 'WEBHOOK', settings: { url: secrets.url ?? recipient.target }, secrets: { signingSecret: secrets.signingSecret! } };
}
