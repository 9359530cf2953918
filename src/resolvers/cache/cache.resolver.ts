import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { CacheStats } from '../../schema/cache/cache-stats.type';

@Resolver()
export class CacheResolver {
  @Query(() => CacheStats, { description: 'Hits, misses, bypasses and evictions of the read cache on this node, and its size.' })
  cacheStats(@Ctx() ctx: AppContext) {
    return ctx.services.cache.stats();
  }

  @Mutation(() => [String], {
    description:
      'Drops cached reads under these tags on every node before answering (`*`: everything). Tags in use: permissionSets, permissionSets:holders, permissionSets:holder:<userId>. Returns the tags dropped.',
  })
  invalidateCache(@Arg('tags', () => [String]) tags: string[], @Ctx() ctx: AppContext) {
    return ctx.services.cache.invalidate(tags);
  }
}
