import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Alert } from '../../schema/alerts/alert.type';
import { AlertNotification, AlertNotificationEventEnum } from '../../schema/alerts/alert-notification.type';
import type { ChannelTypeEnum } from '../../schema/alerts/channel.type';
import type { DeliveryStatusEnum } from '../../schema/alerts/delivery.type';
import type { AppContext } from '../../server/context';

const EVENTS = new Set<string>(Object.values(AlertNotificationEventEnum));

@Resolver(() => Alert)
export class AlertNotificationsResolver {
  /** The parent alert was already read under the viewer's alerts:read scope: its notifications go with it. */
  @FieldResolver(() => [AlertNotification], {
    description: 'Notifications sent about this alert (escalation pages and follow-ups, routing-group notifications that carried it), newest first, the last 50. One read per page of alerts.',
  })
  async notifications(@Root() alert: { id: string }, @Ctx() ctx: AppContext): Promise<AlertNotification[]> {
    const rows = await ctx.loaders.alertNotifications.load(alert.id);
    return rows.map((r) => ({
      id: r.id,
      channelId: r.channelId,
      channelType: r.channelType as ChannelTypeEnum,
      origin: { kind: r.originKind, id: r.originId },
      // A message kind added later reads as FIRING rather than failing the whole page.
      event: (EVENTS.has(r.event) ? r.event : 'FIRING') as AlertNotificationEventEnum,
      status: r.status as DeliveryStatusEnum,
      attemptCount: r.attempts,
      lastStatusCode: r.lastStatusCode,
      createdAt: r.createdAt,
      completedAt: r.completedAt,
    }));
  }
}
