import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AFTER_DESCRIPTION } from '../../schema/shared/live-events';
import type { AppContext } from '../../server/context';
import { AuditLog } from '../../schema/audit/audit-log.type';
import {
  SecurityEvent,
  SecurityEventConnection,
  SecurityEventsArgs,
  SecuritySeverity,
} from '../../schema/security/security-event.type';

@Resolver(() => SecurityEvent)
export class SecurityEventResolver {
  @Query(() => SecurityEventConnection, { description: 'Newest first.' })
  securityEvents(@Args(() => SecurityEventsArgs) { first, after, filter }: SecurityEventsArgs, @Ctx() ctx: AppContext) {
    return ctx.services.securityEvents.list(filter ?? {}, first, after);
  }

  @Subscription(() => SecurityEvent, {
    description: 'Security events as they are raised, on any node.',
    subscribe: ({ args, context }) => (context as AppContext).services.securityEvents.subscribe(args.minSeverity ?? null, args.after),
  })
  securityEventRaised(
    @Root() event: SecurityEvent,
    @Arg('minSeverity', () => SecuritySeverity, { nullable: true }) _minSeverity?: SecuritySeverity | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after?: string | null,
  ): SecurityEvent {
    return event;
  }

  @FieldResolver(() => [AuditLog], {
    nullable: true,
    description: 'The audit events behind it (by id and by request, at most 100); null without audit:read.',
  })
  auditEvents(@Root() event: SecurityEvent, @Ctx() ctx: AppContext) {
    return ctx.services.securityEvents.auditEvents(event, ctx.loaders.auditBySecurityEvent);
  }
}
