import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../shared/page.args';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';
import { LabelMatcher, LabelMatcherInput } from './alert.type';

export enum SilenceState {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
}
registerEnumType(SilenceState, { name: 'SilenceState' });

@ObjectType()
export class Silence {
  @Field(() => ID)
  id!: string;

  @Field(() => [LabelMatcher])
  matchers!: LabelMatcher[];

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => String)
  comment!: string;

  @Field(() => SilenceState)
  state!: SilenceState;

  @Field(() => ID, { nullable: true, description: 'User id of its creator.' })
  createdBy!: string | null;

  @Field(() => ID, { nullable: true })
  updatedBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who expired it (expireSilence).' })
  expiredBy!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const SilenceConnection = Connection(Silence, 'Silence');

@InputType()
export class SilenceInput {
  @Field(() => [LabelMatcherInput], { description: 'At least one must not match the empty string.' })
  matchers!: LabelMatcherInput[];

  @Field(() => DateTime, { nullable: true, description: 'Default: now.' })
  startsAt?: Date | null;

  @Field(() => DateTime)
  endsAt!: Date;

  @Field(() => String)
  comment!: string;
}

@InputType()
export class SilenceFilter {
  @Field(() => [SilenceState], { nullable: true })
  states?: SilenceState[] | null;
}

@ObjectType()
export class InhibitionRule {
  @Field(() => ID)
  id!: string;

  @Field(() => [LabelMatcher])
  sourceMatchers!: LabelMatcher[];

  @Field(() => [LabelMatcher])
  targetMatchers!: LabelMatcher[];

  @Field(() => [String], { description: 'Labels whose values must be equal in source and target.' })
  equal!: string[];

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

export const InhibitionRuleConnection = Connection(InhibitionRule, 'InhibitionRule');

@InputType()
export class InhibitionRuleInput {
  @Field(() => [LabelMatcherInput])
  sourceMatchers!: LabelMatcherInput[];

  @Field(() => [LabelMatcherInput])
  targetMatchers!: LabelMatcherInput[];

  @Field(() => [String], { nullable: true })
  equal?: string[] | null;
}

@ArgsType()
export class SilencesArgs extends PageArgs {
  @Field(() => SilenceFilter, { nullable: true })
  filter?: SilenceFilter | null;
}
