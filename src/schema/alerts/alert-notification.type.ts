import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../shared/scalars';
import { ChannelTypeEnum } from './channel.type';
import { DeliveryOrigin, DeliveryStatusEnum } from './delivery.type';

export enum AlertNotificationEventEnum {
  FIRING = 'FIRING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
  FLAPPING = 'FLAPPING',
}
registerEnumType(AlertNotificationEventEnum, {
  name: 'AlertNotificationEvent',
  description: 'What a notification told about the alert. For a routing-group notification, this alert\'s part in it (FIRING, RESOLVED, FLAPPING; ACKNOWLEDGED when the group was).',
});

/**
 * One delivery about an alert. Lean on purpose (no summary, no error text, no attempt log): a
 * group notification also names other alerts, which this alert's reader may not be allowed to
 * read. Its full log is in notificationDeliveries (alerts:read) by id or origin.
 */
@ObjectType({ description: 'A notification sent about this alert: an escalation page or follow-up (origin alert), or a routing-group notification that carried it (origin alert-group).' })
export class AlertNotification {
  @Field(() => ID, { description: 'The delivery (see notificationDeliveries).' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null when the channel was deleted or the target was inline (a user target mailed by escalation).' })
  channelId!: string | null;

  @Field(() => ChannelTypeEnum)
  channelType!: ChannelTypeEnum;

  @Field(() => DeliveryOrigin)
  origin!: DeliveryOrigin;

  @Field(() => AlertNotificationEventEnum)
  event!: AlertNotificationEventEnum;

  @Field(() => DeliveryStatusEnum)
  status!: DeliveryStatusEnum;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status, or SMTP reply code, of the last attempt.' })
  lastStatusCode!: number | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  completedAt!: Date | null;
}
