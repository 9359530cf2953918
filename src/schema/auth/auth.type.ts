import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';
import { User } from '../users/user.type';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'JWT for `Authorization: Bearer`; short-lived.' })
  accessToken!: string;

  @Field(() => String, { description: 'Opaque, single use: exchange it with refreshSession.' })
  refreshToken!: string;

  @Field(() => DateTime, { description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class Session {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  lastUsedAt!: Date;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => Boolean, { description: 'True for the session making this request.' })
  current!: boolean;
}

export const SessionConnection = Connection(Session, 'Session');
