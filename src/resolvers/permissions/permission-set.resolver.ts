import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { PermissionSet, PermissionSetConnection } from '../../schema/permissions/permission-set.type';
import { PageArgs } from '../../schema/shared/page.args';
import { DateTime } from '../../schema/shared/scalars';

@Resolver(() => PermissionSet)
export class PermissionSetResolver {
  @Query(() => PermissionSetConnection)
  permissionSets(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSets.list(first, after);
  }

  @Query(() => PermissionSet)
  permissionSet(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSets.get(id);
  }

  @Mutation(() => Boolean, { description: 'Refused unless the caller holds everything the set grants.' })
  assignPermissionSet(
    @Arg('userId', () => ID) userId: string,
    @Arg('permissionSetId', () => ID) permissionSetId: string,
    @Arg('expiresAt', () => DateTime, { nullable: true }) expiresAt: Date | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.permissionSets.assign(userId, permissionSetId, expiresAt ?? null);
  }

  @Mutation(() => Boolean)
  revokePermissionSet(
    @Arg('userId', () => ID) userId: string,
    @Arg('permissionSetId', () => ID) permissionSetId: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.permissionSets.unassign(userId, permissionSetId);
  }
}
