import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';

@ObjectType({ description: 'One rung of an escalation ladder.' })
export class EscalationLevel {
  @Field(() => [ID], { description: 'Notification channels paged at this level.' })
  channelIds!: string[];

  @Field(() => [ID], { description: "Users mailed at this level (through the policy's userEmailChannelId; ACTIVE users only, and only about alerts they may read)." })
  userIds!: string[];

  @Field(() => Int, { description: 'Seconds without acknowledgement before the next level.' })
  timeoutSeconds!: number;
}

@ObjectType({ description: 'Who is paged, in which order, until an alert is acknowledged. Alerts follow the version they fired with.' })
export class EscalationPolicy {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [EscalationLevel])
  levels!: EscalationLevel[];

  @Field(() => Int, { description: 'How many times the whole ladder runs again after its last level.' })
  repeatCount!: number;

  @Field(() => Int, { nullable: true, description: 'An acknowledged alert not resolved within this many seconds fires and escalates again.' })
  ackTimeoutSeconds!: number | null;

  @Field(() => ID, { nullable: true, description: "The EMAIL channel user targets are mailed through (its `to` replaced by the user's address)." })
  userEmailChannelId!: string | null;

  @Field(() => Boolean, { description: 'Followed by alerts without an escalation_policy label (at most one policy).' })
  isDefault!: boolean;

  @Field(() => Int, { description: 'Bumped on every change.' })
  version!: number;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const EscalationPolicyConnection = Connection(EscalationPolicy, 'EscalationPolicy');

@InputType()
export class EscalationLevelInput {
  @Field(() => [ID], { nullable: true })
  channelIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  userIds?: string[] | null;

  @Field(() => Int)
  timeoutSeconds!: number;
}

@InputType()
export class CreateEscalationPolicyInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [EscalationLevelInput])
  levels!: EscalationLevelInput[];

  @Field(() => Int, { nullable: true })
  repeatCount?: number | null;

  @Field(() => Int, { nullable: true })
  ackTimeoutSeconds?: number | null;

  @Field(() => ID, { nullable: true })
  userEmailChannelId?: string | null;

  @Field(() => Boolean, { nullable: true })
  isDefault?: boolean | null;
}

@InputType({ description: 'Fields left out are kept; levels are replaced as a whole.' })
export class UpdateEscalationPolicyInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [EscalationLevelInput], { nullable: true })
  levels?: EscalationLevelInput[] | null;

  @Field(() => Int, { nullable: true })
  repeatCount?: number | null;

  @Field(() => Int, { nullable: true })
  ackTimeoutSeconds?: number | null;

  @Field(() => ID, { nullable: true })
  userEmailChannelId?: string | null;

  @Field(() => Boolean, { nullable: true })
  isDefault?: boolean | null;
}

@ObjectType({ description: "The escalation an alert runs: the policy snapshot it fired with and where on the ladder it is (the level is the alert's escalationLevel)." })
export class AlertEscalation {
  @Field(() => ID, { nullable: true, description: 'Null once the policy was deleted (the snapshot still runs).' })
  policyId!: string | null;

  @Field(() => String)
  policyName!: string;

  @Field(() => Int, { description: 'The policy version snapshotted when the alert fired.' })
  policyVersion!: number;

  @Field(() => [EscalationLevel])
  levels!: EscalationLevel[];

  @Field(() => Int)
  repeatCount!: number;

  @Field(() => Int, { nullable: true })
  ackTimeoutSeconds!: number | null;

  @Field(() => Int, { description: 'Restarts so far (unacknowledge, ack timeout).' })
  cycle!: number;

  @Field(() => Int, { description: 'Repeats of the whole ladder so far in this cycle.' })
  round!: number;

  @Field(() => Boolean, { description: 'False once the ladder ran out or the alert was resolved.' })
  active!: boolean;

  @Field(() => DateTime)
  startedAt!: Date;
}
