import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { AuthPayload, SessionConnection } from '../../schema/auth/auth.type';
import { PageArgs } from '../../schema/shared/page.args';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Public. Throttled per account and per IP.' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.auth.login(email, password);
  }

  @Mutation(() => AuthPayload, { description: 'Public. Rotates the refresh token; reuse revokes the session.' })
  refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: AppContext) {
    return ctx.services.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session.' })
  logout(@Ctx() ctx: AppContext) {
    return ctx.services.sessions.logout();
  }

  @Query(() => SessionConnection, {
    description: "Live sessions, newest first: your own, or another user's (userId) with sessions:read reaching them.",
  })
  sessions(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('userId', () => ID, { nullable: true, description: 'Whose sessions; omitted: your own.' }) userId: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.sessions.list(userId, first, after);
  }

  @Mutation(() => Boolean, { description: 'Own sessions always; anyone else\'s with sessions:revoke.' })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.sessions.revoke(id);
  }
}
