import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../shared/page.args';
import { JSONObject } from '../shared/scalars';
import { UserStatus } from './user.type';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  password!: string;

  @Field(() => JSONObject, { nullable: true })
  labels?: Record<string, string> | null;

  @Field(() => [ID], { nullable: true })
  permissionSetIds?: string[] | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => JSONObject, { nullable: true })
  labels?: Record<string, string> | null;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on email or name.' })
  search?: string | null;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus | null;

  @Field(() => ID, { nullable: true })
  permissionSetId?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter | null;
}
