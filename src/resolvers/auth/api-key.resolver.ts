import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { ApiKeyConnection, ApiKeySecretPayload, CreateApiKeyInput } from '../../schema/auth/api-key.type';
import { PageArgs } from '../../schema/shared/page.args';

@Resolver()
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: "Your own API keys, newest first; another user's (userId) with apiKeys:read over them." })
  apiKeys(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.apiKeys.list(userId, first, after);
  }

  @Mutation(() => ApiKeySecretPayload, { description: 'A key holding a subset of your rights; the secret is in this response only.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: AppContext) {
    return ctx.services.apiKeys.create(input);
  }

  @Mutation(() => Boolean, { description: 'Takes effect at the next request on every node; open sockets close.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.apiKeys.revoke(id);
  }

  @Mutation(() => ApiKeySecretPayload, { description: 'New secret; older ones keep working for overlapSeconds (at most 7 days).' })
  rotateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('overlapSeconds', () => Int, { defaultValue: 0 }) overlapSeconds: number,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.apiKeys.rotate(id, overlapSeconds);
  }
}
