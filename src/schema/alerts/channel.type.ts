import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime, JSONObject } from '../shared/scalars';

export enum ChannelTypeEnum {
  EMAIL = 'EMAIL',
  SLACK = 'SLACK',
  PAGERDUTY = 'PAGERDUTY',
  WEBHOOK = 'WEBHOOK',
  SMS = 'SMS',
}
registerEnumType(ChannelTypeEnum, {
  name: 'NotificationChannelType',
  description:
    'EMAIL settings {host, port, secure, requireTls, username, from, to[]}, secret password. SLACK settings {mention}, secret webhookUrl. ' +
    'PAGERDUTY settings {source, component}, secret routingKey. WEBHOOK settings {url, headers}, secret signingSecret (whsec_...). ' +
    'SMS settings {accountSid, from, to}, secret authToken.',
});

@ObjectType({ description: 'Where notifications go. Secrets are write-only: only their names are ever shown.' })
export class NotificationChannel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ChannelTypeEnum)
  type!: ChannelTypeEnum;

  @Field(() => JSONObject, { description: 'Non-secret settings of the type.' })
  settings!: Record<string, unknown>;

  @Field(() => [String], { description: 'Names of the secrets that are set (never their values).' })
  secretsSet!: string[];

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const NotificationChannelConnection = Connection(NotificationChannel, 'NotificationChannel');

@InputType()
export class CreateChannelInput {
  @Field(() => String)
  name!: string;

  @Field(() => ChannelTypeEnum)
  type!: ChannelTypeEnum;

  @Field(() => JSONObject, { nullable: true })
  settings?: Record<string, unknown> | null;

  @Field(() => JSONObject, { nullable: true, description: 'Secret name -> value. Write-only: sealed at rest, never returned or logged.' })
  secrets?: Record<string, unknown> | null;
}

@InputType()
export class UpdateChannelInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => JSONObject, { nullable: true, description: 'Replaces the settings as a whole.' })
  settings?: Record<string, unknown> | null;

  @Field(() => JSONObject, { nullable: true, description: 'Sets or replaces these secrets; the others are kept.' })
  secrets?: Record<string, unknown> | null;

  @Field(() => [String], { nullable: true, description: 'Removes these secrets (a required one cannot be removed).' })
  clearSecrets?: string[] | null;
}
