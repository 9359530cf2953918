import { z } from 'zod';
import { AuditedService } from '../shared/audited-service';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/unit-of-work';
import { invalidateOnCommit } from './invalidate-on-commit';
import { EPOCH_TAG, type CacheStatsView } from './tag-cache';

/** `*` drops everything; other tags are names such as `permissionSets` or `permissionSets:holder:<id>`. */
const tagsSchema = z
  .array(z.string().trim().regex(/^(\*|[\w:.-]{1,200})$/, 'must be * or letters, digits, _ : . - (at most 200)'))
  .min(1)
  .max(100);

/** Cache statistics (cache:read) and purging by tag (cache:invalidate), for operators. */
export class CacheService extends AuditedService {
  stats(): Promise<CacheStatsView> {
    this.ctx.authz.assertCan('cache:read', { type: 'cache' });
    return this.deps.cache.stats();
  }

  /** Bumped on every node before this answers; audited with the tags. Returns the tags dropped. */
  async invalidate(raw: unknown): Promise<string[]> {
    const tags = [...new Set(parseInput(tagsSchema, raw, 'tags'))];
    this.ctx.authz.assertCan('cache:invalidate', { type: 'cache' });
    await inTransaction(this.deps, this.ctx.log, async (uow) => {
      await this.audit.record(uow, { action: 'cache.invalidated', targetType: 'cache', metadata: { tags } });
      invalidateOnCommit(this.deps, uow, tags.map((t) => (t === '*' ? EPOCH_TAG : t)));
    });
    return tags;
  }
}
