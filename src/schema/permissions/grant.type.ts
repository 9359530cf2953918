import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, JSONObject } from '../shared/scalars';

export enum GrantEffect {
  ALLOW = 'ALLOW',
  DENY = 'DENY',
}
registerEnumType(GrantEffect, { name: 'GrantEffect', description: 'DENY always wins over ALLOW.' });

export enum ScopeKind {
  ALL = 'ALL',
  IDS = 'IDS',
  LABELS = 'LABELS',
  SELF = 'SELF',
}
registerEnumType(ScopeKind, {
  name: 'ScopeKind',
  description: "SELF: the holder's own user record and what they own (their sessions, permissions).",
});

export enum GrantSourceKind {
  BASELINE = 'BASELINE',
  SET = 'SET',
  DIRECT = 'DIRECT',
  DELEGATION = 'DELEGATION',
}
registerEnumType(GrantSourceKind, { name: 'GrantSourceKind' });

@ObjectType()
export class GrantScope {
  @Field(() => ScopeKind)
  kind!: ScopeKind;

  @Field(() => [String], { nullable: true })
  ids?: string[] | null;

  @Field(() => JSONObject, { nullable: true, description: 'Label selector: every pair must match.' })
  labels?: Record<string, string> | null;
}

@ObjectType()
export class Grant {
  @Field(() => ID, { nullable: true, description: 'Set for direct grants (to revoke them).' })
  id?: string | null;

  @Field(() => GrantEffect)
  effect!: GrantEffect;

  @Field(() => String, { description: 'Catalogue action, `type:*` or `*`.' })
  action!: string;

  @Field(() => GrantScope)
  scope!: GrantScope;

  @Field(() => DateTime, { nullable: true })
  validFrom?: Date | null;

  @Field(() => DateTime, { nullable: true })
  validUntil?: Date | null;
}

@ObjectType()
export class GrantSource {
  @Field(() => GrantSourceKind)
  kind!: GrantSourceKind;

  @Field(() => ID, { nullable: true })
  setId?: string | null;

  @Field(() => String, { nullable: true })
  setName?: string | null;

  @Field(() => [String], { nullable: true, description: 'Inheritance chain from the assigned set to the set holding the grant.' })
  path?: string[] | null;

  @Field(() => ID, { nullable: true })
  grantId?: string | null;

  @Field(() => ID, { nullable: true })
  delegationId?: string | null;

  @Field(() => ID, { nullable: true })
  delegatorId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the assignment or delegation ends.' })
  expiresAt?: Date | null;
}

@ObjectType()
export class EffectiveGrant extends Grant {
  @Field(() => GrantSource)
  source!: GrantSource;
}

@InputType()
export class GrantScopeInput {
  @Field(() => ScopeKind)
  kind!: ScopeKind;

  @Field(() => [String], { nullable: true })
  ids?: string[] | null;

  @Field(() => JSONObject, { nullable: true })
  labels?: Record<string, string> | null;
}

@InputType()
export class GrantInput {
  @Field(() => GrantEffect)
  effect!: GrantEffect;

  @Field(() => String)
  action!: string;

  @Field(() => GrantScopeInput)
  scope!: GrantScopeInput;

  @Field(() => DateTime, { nullable: true })
  validFrom?: Date | null;

  @Field(() => DateTime, { nullable: true })
  validUntil?: Date | null;
}
