import { Field, ObjectType } from 'type-graphql';

@ObjectType()
export class OidcLoginStart {
  @Field(() => String, { description: "Send the browser here: the identity provider's sign-in page." })
  authorizationUrl!: string;

  @Field(() => String, {
    description: 'Keep it (e.g. in sessionStorage) and pass it to completeOidcLogin: a callback with another state is refused.',
  })
  state!: string;
}
