import { Arg, Args, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AFTER_DESCRIPTION } from '../../schema/shared/live-events';
import type { AppContext } from '../../server/context';
import { AuditLogConnection } from '../../schema/audit/audit-log.type';
import { EffectiveGrant } from '../../schema/permissions/grant.type';
import { ResourceInput } from '../../schema/permissions/permission-inputs';
import { PermissionCheck, PermissionsChange } from '../../schema/permissions/permission-result.type';
import { PageArgs } from '../../schema/shared/page.args';
import { UserConnection } from '../../schema/users/user.type';

@Resolver()
export class PermissionQueryResolver {
  @Query(() => [EffectiveGrant], { description: 'Every grant the user holds, with where it came from.' })
  effectivePermissions(@Arg('userId', () => ID) userId: string, @Ctx() ctx: AppContext) {
    return ctx.services.permissionQueries.effective(userId);
  }

  @Query(() => PermissionCheck, { description: 'Would the user be allowed, and why (or why not)?' })
  checkPermission(
    @Arg('userId', () => ID) userId: string,
    @Arg('action', () => String) action: string,
    @Arg('resource', () => ResourceInput) resource: ResourceInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.permissionQueries.check(userId, action, resource);
  }

  @Query(() => UserConnection, { description: 'Active users allowed the action on the resource.' })
  whoCan(
    @Arg('action', () => String) action: string,
    @Arg('resource', () => ResourceInput) resource: ResourceInput,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.permissionQueries.whoCan(action, resource, first, after);
  }

  @Query(() => AuditLogConnection, { description: 'Every recorded change to what the user can do, newest first.' })
  permissionHistory(@Arg('userId', () => ID) userId: string, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.permissionQueries.history(userId, first, after);
  }

  @Subscription(() => PermissionsChange, {
    description: "Fires when the user's effective permissions may have changed: own, or anyone's with permissionSets:read.",
    subscribe: ({ args, context }) => (context as AppContext).services.permissionQueries.subscribeChanges(args.userId, args.after),
  })
  permissionsChanged(
    @Root() change: PermissionsChange,
    @Arg('userId', () => ID) _userId: string,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after?: string | null,
  ): PermissionsChange {
    return change;
  }
}
