import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';
import { ChannelTypeEnum } from './channel.type';

export enum DeliveryStatusEnum {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
}
registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description: 'PENDING: queued or waiting for a retry. FAILED: refused for good (4xx, blocked target). DEAD: retries exhausted (dead letter).',
});

export enum DeliveryAttemptOutcomeEnum {
  IN_FLIGHT = 'IN_FLIGHT',
  SUCCEEDED = 'SUCCEEDED',
  RETRY = 'RETRY',
  FAILED = 'FAILED',
  INTERRUPTED = 'INTERRUPTED',
}
registerEnumType(DeliveryAttemptOutcomeEnum, { name: 'DeliveryAttemptOutcome', description: 'INTERRUPTED: the worker stopped mid-send.' });

@ObjectType()
export class DeliveryOrigin {
  @Field(() => String, { description: 'alert, report, test, ...' })
  kind!: string;

  @Field(() => String)
  id!: string;
}

@ObjectType()
export class DeliveryAttempt {
  @Field(() => Int)
  attempt!: number;

  @Field(() => DeliveryAttemptOutcomeEnum)
  outcome!: DeliveryAttemptOutcomeEnum;

  @Field(() => Int, { nullable: true, description: 'HTTP status, or SMTP reply code.' })
  statusCode!: number | null;

  @Field(() => Int, { nullable: true })
  latencyMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (never a secret).' })
  error!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the next attempt was scheduled (RETRY).' })
  retryAt!: Date | null;

  @Field(() => DateTime)
  startedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'One outbound send (a notification, a test) and every attempt at it.' })
export class NotificationDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null when the channel was deleted or the target was inline.' })
  channelId!: string | null;

  @Field(() => ChannelTypeEnum)
  channelType!: ChannelTypeEnum;

  @Field(() => DeliveryOrigin)
  origin!: DeliveryOrigin;

  @Field(() => String)
  summary!: string;

  @Field(() => DeliveryStatusEnum)
  status!: DeliveryStatusEnum;

  @Field(() => Int)
  attemptCount!: number;

  @Field(() => Int)
  maxAttempts!: number;

  @Field(() => DateTime, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => [DeliveryAttempt], { description: 'Every attempt, oldest first.' })
  attempts!: DeliveryAttempt[];

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  completedAt!: Date | null;
}

export const NotificationDeliveryConnection = Connection(NotificationDelivery, 'NotificationDelivery');

@InputType()
export class DeliveryOriginInput {
  @Field(() => String)
  kind!: string;

  @Field(() => String, { nullable: true })
  id?: string | null;
}

@InputType()
export class NotificationDeliveryFilter {
  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => DeliveryStatusEnum, { nullable: true })
  status?: DeliveryStatusEnum | null;

  @Field(() => DeliveryOriginInput, { nullable: true })
  origin?: DeliveryOriginInput | null;
}
