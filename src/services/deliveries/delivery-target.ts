import type { ChannelType, DeliveryRow, NotificationChannelRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { ChannelSender } from '../alerts/channels/channel-sender';
import { SENDERS } from '../alerts/channels/channel-senders';
import { parseInput } from '../shared/parse-input';
import type { SecretBox } from '../security/secret-box';
import { SEALED } from '../security/sealed-columns';

export interface ResolvedTarget {
  type: ChannelType;
  sender: ChannelSender<Record<string, unknown>>;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
}

/** Settings checked by the type's schema (defaults applied); a bad value is BAD_USER_INPUT on `field`. */
export function parseSettings(type: ChannelType, raw: unknown, field: string): Record<string, unknown> {
  return parseInput(SENDERS[type].settings, raw ?? {}, field) as Record<string, unknown>;
}

/**
 * Secrets for a type: only names it knows, each checked, the required ones present (after merging
 * with `kept`, what the channel already holds). Values never appear in the error messages.
 */
export function checkSecrets(type: ChannelType, given: Record<string, string>, field: string, kept: Record<string, string> = {}): Record<string, string> {
  const sender = SENDERS[type];
  const merged: Record<string, string> = { ...kept };
  for (const [name, value] of Object.entries(given)) {
    if (!sender.secretNames.includes(name)) throw AppError.badInput(`${field}.${name} is not a secret of a ${type} channel (known: ${sender.secretNames.join(', ')})`, `${field}.${name}`);
    if (typeof value !== 'string' || value.length === 0 || value.length > 4096) throw AppError.badInput(`${field}.${name} must be between 1 and 4096 characters`, `${field}.${name}`);
    const why = sender.checkSecret?.(name, value);
    if (why) throw AppError.badInput(`${field}.${name} ${why}`, `${field}.${name}`);
    merged[name] = value;
  }
  for (const name of sender.requiredSecrets) {
    if (!merged[name]) throw AppError.badInput(`${field}.${name} is required for a ${type} channel`, `${field}.${name}`);
  }
  return merged;
}

/** The channel's (or the inline target's) type, settings and opened secrets, for one attempt. */
export async function resolveTarget(box: SecretBox, delivery: DeliveryRow, channel: NotificationChannelRow | undefined): Promise<ResolvedTarget | string> {
  const type = channel?.type ?? delivery.channelType;
  const sender = SENDERS[type];
  let settings: unknown;
  let sealed: string | null;
  let purpose: string;
  if (channel) {
    settings = channel.settings;
    sealed = channel.secretsSealed;
    purpose = SEALED.channelSecrets.purpose;
  } else if (delivery.targetSettings) {
    settings = delivery.targetSettings;
    sealed = delivery.targetSecretsSealed;
    purpose = SEALED.deliveryTargetSecrets.purpose;
  } else {
    return 'the channel was deleted';
  }
  let secrets: Record<string, string> = {};
  if (sealed) {
    try {
      secrets = JSON.parse(await box.open(sealed, purpose)) as Record<string, string>;
    } catch {
      return 'the channel secrets cannot be opened with the configured encryption keys';
    }
  }
  const parsed = sender.settings.safeParse(settings);
  if (!parsed.success) return 'the channel settings are no longer valid for its type';
  return { type, sender, settings: parsed.data, secrets };
}
