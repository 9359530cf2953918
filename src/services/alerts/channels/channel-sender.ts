import type { z } from 'zod';
import type { ChannelType } from '../../../db/schema';
import type { SendOutcome } from '../../deliveries/retry-policy';
import type { Readable } from 'node:stream';
import type { AttachmentRef, NotificationMessage } from './notification-message';

/** What a sender needs besides the channel: bounds and where the fixed services are. */
export interface SendContext {
  /** Stable across attempts: the Standard Webhooks `webhook-id`, so receivers can de-duplicate. */
  deliveryId: string;
  timeoutMs: number;
  allowPrivate: boolean;
  pagerDutyEventsUrl: string;
  twilioApiUrl: string;
  /** The bytes of a file the message carries by reference (email attachments), read for this attempt. */
  openAttachment?: (ref: AttachmentRef) => Readable;
}

export interface ChannelTarget<S> {
  settings: S;
  /** Opened from the sealed column for this attempt only; never logged, never returned. */
  secrets: Record<string, string>;
}

/**
 * One channel type: how its settings and secrets are validated, and how a message is sent. Each
 * sender performs exactly one attempt; retries, backoff and the delivery log are the delivery
 * module's.
 */
export interface ChannelSender<S = Record<string, unknown>> {
  type: ChannelType;
  /** Non-secret settings, shown to anyone with alerts:read. */
  settings: z.ZodType<S>;
  /** Every secret this type knows, and those it cannot work without. */
  secretNames: readonly string[];
  requiredSecrets: readonly string[];
  /** Checks one secret's value (a webhook URL, a whsec_ key); returns why it is wrong. */
  checkSecret?(name: string, value: string): string | null;
  send(target: ChannelTarget<S>, message: NotificationMessage, ctx: SendContext): Promise<SendOutcome>;
}

export const defineSender = <S>(sender: ChannelSender<S>): ChannelSender<S> => sender;

/** PagerDuty's and Slack's names for our events, shared by the text renderers. */
export const EVENT_WORDS: Record<NotificationMessage['event'], string> = {
  FIRING: 'Firing',
  ACKNOWLEDGED: 'Acknowledged',
  RESOLVED: 'Resolved',
  ESCALATED: 'Escalated',
  FLAPPING: 'Flapping',
  TEST: 'Test',
  READY: 'Report ready',
  DISABLED: 'Schedule disabled',
};

/** "key=value, ..." in a stable order, for plain-text channels. */
export const labelLine = (labels: Record<string, string>): string =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(', ');
