import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';

export enum RateLimitSubjectKind {
  USER = 'USER',
  PERMISSION_SET = 'PERMISSION_SET',
  OPERATION = 'OPERATION',
  IP = 'IP',
}
registerEnumType(RateLimitSubjectKind, {
  name: 'RateLimitSubjectKind',
  description: 'Who a policy counts: one user, each holder of a permission set, callers of a root field, or addresses in a CIDR.',
});

export enum RateLimitKind {
  user = 'user',
  anonymous_ip = 'anonymous_ip',
  permission_set = 'permission_set',
  operation = 'operation',
  ip = 'ip',
  cost = 'cost',
}
registerEnumType(RateLimitKind, { name: 'RateLimitKind', description: 'The kind of limit that refused requests.' });

@ObjectType()
export class RateLimitPolicy {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RateLimitSubjectKind)
  subjectKind!: RateLimitSubjectKind;

  @Field(() => String, { description: 'A user id, a permission set id, a root field name (e.g. createUser), or an IP / CIDR.' })
  subjectValue!: string;

  @Field(() => Int)
  requestsPerWindow!: number;

  @Field(() => Int)
  windowSeconds!: number;

  @Field(() => Int, { nullable: true, description: 'Query complexity points per minute; null: the default budget.' })
  costPerMinute!: number | null;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const RateLimitPolicyConnection = Connection(RateLimitPolicy, 'RateLimitPolicy');

@InputType()
export class CreateRateLimitPolicyInput {
  @Field(() => String)
  name!: string;

  @Field(() => RateLimitSubjectKind)
  subjectKind!: RateLimitSubjectKind;

  @Field(() => String)
  subjectValue!: string;

  @Field(() => Int, { description: '1 to 1,000,000.' })
  requestsPerWindow!: number;

  @Field(() => Int, { description: '1 to 86,400.' })
  windowSeconds!: number;

  @Field(() => Int, { nullable: true })
  costPerMinute?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean | null;
}

@InputType()
export class UpdateRateLimitPolicyInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  requestsPerWindow?: number | null;

  @Field(() => Int, { nullable: true })
  windowSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Set to change the budget; see clearCostPerMinute to remove it.' })
  costPerMinute?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Remove the policy\'s own cost budget (the default applies again).' })
  clearCostPerMinute?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}

@ObjectType({ description: 'Refusals of one caller by one limit in the recent window.' })
export class RateLimitStat {
  @Field(() => RateLimitKind)
  limit!: RateLimitKind;

  @Field(() => String, { description: 'The policy name, or `default` for the configured limits.' })
  policy!: string;

  @Field(() => ID, { nullable: true, description: 'The refused user, when authenticated.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'The refused address, when counted by IP.' })
  ip!: string | null;

  @Field(() => Int)
  refusals!: number;

  @Field(() => DateTime)
  lastRefusedAt!: Date;
}
