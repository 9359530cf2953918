import { Field, ID, InputType } from 'type-graphql';
import { DateTime, JSONObject } from '../shared/scalars';
import { GrantInput } from './grant.type';

@InputType()
export class CreatePermissionSetInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [GrantInput], { nullable: true })
  grants?: GrantInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Sets this one inherits from.' })
  parentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Holders (also through inheritance) must enrol TOTP first.' })
  requireMfa?: boolean | null;
}

@InputType()
export class UpdatePermissionSetInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [GrantInput], { nullable: true, description: 'Replaces all grants of the set.' })
  grants?: GrantInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Holders (also through inheritance) must enrol TOTP first.' })
  requireMfa?: boolean | null;
}

@InputType()
export class ResourceInput {
  @Field(() => String, { description: 'users, sessions, audit or permissionSets.' })
  type!: string;

  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user owning it (for SELF scopes).' })
  ownerId?: string | null;

  @Field(() => JSONObject, { nullable: true, description: 'For users, read from the record when omitted.' })
  labels?: Record<string, string> | null;
}

@InputType()
export class DelegatePermissionsInput {
  @Field(() => ID)
  delegateeId!: string;

  @Field(() => [GrantInput])
  grants!: GrantInput[];

  @Field(() => DateTime, { description: 'Mandatory, at most 90 days ahead.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
