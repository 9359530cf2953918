import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, JSONObject } from '../shared/scalars';
import { Connection } from '../shared/connection.type';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DELETED = 'DELETED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

export enum UserChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  RESTORED = 'RESTORED',
}
registerEnumType(UserChangeKind, { name: 'UserChangeKind' });

@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Needs users:readEmail on this user; null without it.' })
  email!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => UserStatus)
  status!: UserStatus;

  @Field(() => JSONObject, { description: 'Key/value labels matched by permission label selectors.' })
  labels!: Record<string, string>;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;

  @Field(() => DateTime, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  deletedAt!: Date | null;

  @Field(() => Boolean, { description: 'A TOTP second factor is enrolled and confirmed.' })
  mfaEnabled!: boolean;
}

export const UserConnection = Connection(User, 'User');

@ObjectType()
export class UserChange {
  @Field(() => UserChangeKind)
  kind!: UserChangeKind;

  @Field(() => User)
  user!: User;

  @Field(() => String, { description: 'Position of this event in the event log: pass it as `after` to resume from here.' })
  cursor!: string;
}
