import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../shared/scalars';
import { EffectiveGrant, Grant } from './grant.type';

export enum DecisionReason {
  ALLOWED = 'ALLOWED',
  EXPLICIT_DENY = 'EXPLICIT_DENY',
  NO_MATCHING_ALLOW = 'NO_MATCHING_ALLOW',
}
registerEnumType(DecisionReason, { name: 'DecisionReason' });

@ObjectType()
export class PermissionCheck {
  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => DecisionReason)
  reason!: DecisionReason;

  @Field(() => String, { description: 'Human-readable: the deciding grant, its source, and any DENY that blocked it.' })
  explanation!: string;

  @Field(() => EffectiveGrant, { nullable: true, description: 'The ALLOW that decided (or that a DENY overrode).' })
  deciding!: EffectiveGrant | null;

  @Field(() => EffectiveGrant, { nullable: true })
  blockingDeny!: EffectiveGrant | null;
}

@ObjectType()
export class Delegation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  delegatorId!: string;

  @Field(() => ID)
  delegateeId!: string;

  @Field(() => [Grant])
  grants!: Grant[];

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType()
export class PermissionsChange {
  @Field(() => ID)
  userId!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => String, { description: 'Position of this event in the event log: pass it as `after` to resume from here.' })
  cursor!: string;
}
