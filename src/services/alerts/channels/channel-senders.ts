import type { ChannelType } from '../../../db/schema';
import type { ChannelSender } from './channel-sender';
import { emailSender } from './email.sender';
import { pagerDutySender } from './pagerduty.sender';
import { slackSender } from './slack.sender';
import { smsSender } from './sms.sender';
import { webhookSender } from './webhook.sender';

/** The sender of each channel type. */
export const SENDERS: Record<ChannelType, ChannelSender<Record<string, unknown>>> = {
  EMAIL: emailSender as unknown as ChannelSender<Record<string, unknown>>,
  SLACK: slackSender as unknown as ChannelSender<Record<string, unknown>>,
  PAGERDUTY: pagerDutySender as unknown as ChannelSender<Record<string, unknown>>,
  WEBHOOK: webhookSender as unknown as ChannelSender<Record<string, unknown>>,
  SMS: smsSender as unknown as ChannelSender<Record<string, unknown>>,
};
