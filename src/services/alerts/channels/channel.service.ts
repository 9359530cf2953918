import { channelNameTaken, countChannels, deleteChannelRow, insertChannel, listChannels, lockChannel, updateChannelRow } from '../../../db/queries/channels.queries';
import type { DeliveryRow, NotificationChannelRow } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import { checkSecrets, parseSettings } from '../../deliveries/delivery-target';
import { SEALED } from '../../security/sealed-columns';
import { AuditedService } from '../../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../../shared/connection';
import { newId } from '../../shared/ids';
import { parseInput } from '../../shared/parse-input';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import { createChannelSchema, updateChannelSchema } from './channel.validation';
import { testMessage } from './notification-message';

const CHANNELS = { type: 'alerts' } as const;

/** What the audit trail keeps of a channel: settings and the names of its secrets, never their values. */
const describe = (c: NotificationChannelRow) => ({ name: c.name, type: c.type, settings: c.settings, secretsSet: c.secretNames });

/**
 * Notification channels (alerts:manageChannels to change, alerts:read to list). Secrets are
 * write-only: sealed with the secret box in the same transaction, never returned, never logged,
 * audited by name only.
 */
export class ChannelService extends AuditedService {
  async list(first?: number | null, after?: string | null): Promise<Connection<NotificationChannelRow>> {
    this.ctx.authz.assertCan('alerts:read', CHANNELS);
    const size = pageSize(first);
    const afterId = decodeCursor('channels', after, isUuid);
    const db = this.deps.database.db;
    const rows = await listChannels(db, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('channels', r.id), undefined, () => countChannels(db));
  }

  async create(raw: unknown): Promise<NotificationChannelRow> {
    await this.guard('channel.created', null);
    const input = parseInput(createChannelSchema, raw);
    const settings = parseSettings(input.type, input.settings, 'input.settings');
    const secrets = checkSecrets(input.type, input.secrets ?? {}, 'input.secrets');
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      if (await channelNameTaken(uow.tx, input.name)) throw AppError.conflict(`A channel named ${input.name} exists`);
      const channel = await insertChannel(uow.tx, {
        id: newId(),
        name: input.name,
        type: input.type,
        settings,
        secretsSealed: await this.seal(uow, secrets),
        secretNames: Object.keys(secrets).sort(),
        createdBy: this.ctx.authz.viewer?.userId ?? null,
      });
      await this.audit.record(uow, { action: 'channel.created', targetType: 'notification_channel', targetId: channel.id, changes: { channel: { after: describe(channel) } } });
      return channel;
    });
  }

  async update(id: string, raw: unknown): Promise<NotificationChannelRow> {
    await this.guard('channel.updated', id);
    const input = parseInput(updateChannelSchema, raw);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = await this.locked(uow, id);
      const name = input.name ?? before.name;
      if (input.name && (await channelNameTaken(uow.tx, name, before.id))) throw AppError.conflict(`A channel named ${name} exists`);
      const settings = input.settings ? parseSettings(before.type, input.settings, 'input.settings') : before.settings;
      let sealed = before.secretsSealed;
      let names = before.secretNames;
      if (input.secrets || input.clearSecrets) {
        // Opened only to merge: the kept values are re-sealed with the new ones, never shown.
        const kept = before.secretsSealed ? (JSON.parse(await this.deps.secretBox.open(before.secretsSealed, SEALED.channelSecrets.purpose)) as Record<string, string>) : {};
        for (const n of input.clearSecrets ?? []) delete kept[n];
        const merged = checkSecrets(before.type, input.secrets ?? {}, 'input.secrets', kept);
        sealed = await this.seal(uow, merged);
        names = Object.keys(merged).sort();
      }
      const after = await updateChannelRow(uow.tx, before.id, { name, settings, secretsSealed: sealed, secretNames: names });
      await this.audit.record(uow, {
        action: 'channel.updated',
        targetType: 'notification_channel',
        targetId: before.id,
        changes: { channel: { before: describe(before), after: describe(after) } },
        // Which secrets were replaced (their values differ; the trail says only that they changed).
        metadata: { secretsReplaced: Object.keys(input.secrets ?? {}).sort(), secretsCleared: input.clearSecrets ?? [] },
      });
      return after;
    });
  }

  async delete(id: string): Promise<boolean> {
    await this.guard('channel.deleted', id);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = await this.locked(uow, id);
      await deleteChannelRow(uow.tx, before.id);
      await this.audit.record(uow, { action: 'channel.deleted', targetType: 'notification_channel', targetId: before.id, changes: { channel: { before: describe(before) } } });
      return true;
    });
  }

  /** Sends a test message through the whole delivery path; the delivery's log shows the outcome. */
  async test(id: string): Promise<DeliveryRow> {
    await this.guard('channel.tested', id);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const channel = await this.locked(uow, id);
      const deliveryId = newId();
      const delivery = await enqueueDelivery(this.deps, uow, {
        channelId: channel.id,
        message: testMessage(channel.name),
        idempotencyKey: `test:${channel.id}:${deliveryId}`,
        origin: { kind: 'test', id: channel.id },
      });
      await this.audit.record(uow, { action: 'channel.tested', targetType: 'notification_channel', targetId: channel.id, metadata: { deliveryId: delivery.id } });
      return delivery;
    });
  }

  private async seal(uow: UnitOfWork, secrets: Record<string, string>): Promise<string | null> {
    if (Object.keys(secrets).length === 0) return null;
    return this.deps.secretBox.seal(uow.tx, JSON.stringify(secrets), SEALED.channelSecrets.purpose);
  }

  private async locked(uow: UnitOfWork, id: string): Promise<NotificationChannelRow> {
    const row = isUuid(id) ? await lockChannel(uow.tx, id) : undefined;
    if (!row) throw AppError.notFound('Notification channel');
    return row;
  }

  /** Denials are audited as such, then rethrown. */
  private async guard(action: 'channel.created' | 'channel.updated' | 'channel.deleted' | 'channel.tested', id: string | null): Promise<void> {
    try {
      this.ctx.authz.assertCan('alerts:manageChannels', { type: 'alerts', id });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') {
        await this.audit.recordStandalone({ action, outcome: 'DENIED', targetType: 'notification_channel', targetId: id ?? undefined, metadata: { reason: err.message } });
      }
      throw err;
    }
  }
}

