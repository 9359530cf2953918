import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';

@ObjectType()
export class PermissionSet {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'Built-in sets (Viewer, Developer, Admin, Owner) are immutable.' })
  isBuiltin!: boolean;

  @Field(() => Boolean, { description: 'Holders must enrol a TOTP second factor before doing anything else.' })
  requireMfa!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const PermissionSetConnection = Connection(PermissionSet, 'PermissionSet');
