import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { AuthPayload } from '../../schema/auth/auth.type';
import { OidcLoginStart } from '../../schema/auth/oidc.type';

@Resolver()
export class OidcResolver {
  @Mutation(() => OidcLoginStart, { description: 'Public. Starts sign-in with the configured OpenID provider (code flow + PKCE).' })
  beginOidcLogin(@Ctx() ctx: AppContext) {
    return ctx.services.oidc.begin();
  }

  @Mutation(() => AuthPayload, {
    description: 'Public. Finishes an OIDC sign-in from the URL the provider redirected to; each state works once.',
  })
  completeOidcLogin(
    @Arg('callbackUrl', () => String) callbackUrl: string,
    @Arg('state', () => String, { nullable: true, description: 'The state beginOidcLogin returned to this client.' }) state: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.oidc.complete(callbackUrl, state);
  }
}
