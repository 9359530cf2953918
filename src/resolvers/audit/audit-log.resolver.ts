import { Arg, Args, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AFTER_DESCRIPTION } from '../../schema/shared/live-events';
import type { AppContext } from '../../server/context';
import { AuditIntegrity, AuditLog, AuditLogConnection, AuditLogFilter, AuditLogsArgs } from '../../schema/audit/audit-log.type';

@Resolver(() => AuditLog)
export class AuditLogResolver {
  @Query(() => AuditLogConnection, { description: 'Newest first.' })
  auditLogs(@Args(() => AuditLogsArgs) { first, after, filter }: AuditLogsArgs, @Ctx() ctx: AppContext) {
    return ctx.services.audit.list(filter ?? {}, first, after);
  }

  @Query(() => AuditIntegrity, {
    description: 'Recomputes the audit hash chain from the newest valid signed checkpoint (or all of it with full) and reports the first break.',
  })
  async auditIntegrity(
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false, description: 'Recompute every event, not only those after the newest checkpoint.' })
    full: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<AuditIntegrity> {
    const r = await ctx.services.audit.verifyChain(full);
    return { ...r, fromSeq: r.startRows, invalidCheckpoints: r.invalidCheckpoints.length };
  }

  @Subscription(() => AuditLog, {
    description: 'Audit events as they are committed, filtered like auditLogs.',
    subscribe: ({ args, context }) => (context as AppContext).services.audit.subscribe(args.filter ?? {}, args.after),
  })
  auditLogged(
    @Root() event: AuditLog,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) _filter?: AuditLogFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after?: string | null,
  ): AuditLog {
    return event;
  }
}
