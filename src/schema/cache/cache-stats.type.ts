import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CacheBackend {
  REDIS = 'REDIS',
  MEMORY = 'MEMORY',
}
registerEnumType(CacheBackend, {
  name: 'CacheBackend',
  description: 'REDIS: shared by every node (REDIS_URL set); MEMORY: an LRU in this process (one node).',
});

@ObjectType({ description: 'The read cache as this node sees it. Counters are this node\'s since it started.' })
export class CacheStats {
  @Field(() => CacheBackend)
  backend!: CacheBackend;

  @Field(() => Boolean, { description: 'False when CACHE_TTL_SECONDS is 0: every read goes to PostgreSQL.' })
  enabled!: boolean;

  @Field(() => Boolean, {
    description: 'Whether this node serves from the cache now; false while it may miss invalidations (Redis away), when reads bypass it.',
  })
  trusted!: boolean;

  @Field(() => Int, { description: 'Reads served from the cache.' })
  hits!: number;

  @Field(() => Int, { description: 'Reads loaded from PostgreSQL and stored.' })
  misses!: number;

  @Field(() => Int, { description: 'Reads that went straight to PostgreSQL because the cache could not be trusted or reached.' })
  bypasses!: number;

  @Field(() => Int, { description: 'Entries this node evicted to stay within CACHE_MAX_ENTRIES.' })
  evictions!: number;

  @Field(() => Int, { description: 'Tags this node invalidated.' })
  invalidations!: number;

  @Field(() => Int, { nullable: true, description: 'Entries held (REDIS: the whole deployment); null when Redis does not answer.' })
  entries!: number | null;

  @Field(() => Int)
  maxEntries!: number;
}
