import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Grant, GrantInput } from '../permissions/grant.type';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';

@ObjectType({ description: "A machine credential, worth no more than its owner's live rights. The secret is never readable here." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Grant], { description: "What the key may do, each grant only while the owner can do it too." })
  grants!: Grant[];

  @Field(() => [String], { description: 'CIDRs the key may be used from; empty: anywhere.' })
  allowedCidrs!: string[];

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Updated at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastUsedIp!: string | null;
}

export const ApiKeyConnection = Connection(ApiKey, 'ApiKey');

@ObjectType()
export class ApiKeySecretPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Use as `Authorization: Bearer <secret>`. Shown once: store it now, it cannot be read again.' })
  secret!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  name!: string;

  @Field(() => [GrantInput], { description: 'A subset of your own rights (same shape as permission-set grants).' })
  grants!: GrantInput[];

  @Field(() => DateTime, { description: 'Mandatory, at most one year ahead.' })
  expiresAt!: Date;

  @Field(() => [String], { nullable: true, description: 'IPv4/IPv6 CIDRs the key may be used from; omitted or empty: anywhere.' })
  allowedCidrs?: string[] | null;
}
