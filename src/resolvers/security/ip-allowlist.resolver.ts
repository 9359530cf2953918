import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { PermissionSet } from '../../schema/permissions/permission-set.type';
import { User } from '../../schema/users/user.type';

@Resolver()
export class IpAllowlistResolver {
  @Mutation(() => [String], { description: "Replaces the user's IP allowlist (CIDRs); empty: no restriction. Returns the stored list." })
  setUserIpAllowlist(
    @Arg('userId', () => ID) userId: string,
    @Arg('cidrs', () => [String]) cidrs: string[],
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.ipAllowlists.setForUser(userId, cidrs);
  }

  @Mutation(() => [String], { description: "Replaces the set's IP allowlist; it binds every direct holder of the set." })
  setPermissionSetIpAllowlist(
    @Arg('permissionSetId', () => ID) permissionSetId: string,
    @Arg('cidrs', () => [String]) cidrs: string[],
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.ipAllowlists.setForPermissionSet(permissionSetId, cidrs);
  }
}

@Resolver(() => User)
export class UserIpAllowlistResolver {
  @FieldResolver(() => [String], { nullable: true, description: 'IP allowlist (empty: none). Needs security:allowlists or security:read on the user; null without.' })
  ipAllowlist(@Root() user: User, @Ctx() ctx: AppContext) {
    if (!ctx.services.ipAllowlists.visibleTo({ type: 'users', id: user.id, labels: user.labels })) return null;
    return ctx.loaders.ipAllowlistByUser.load(user.id);
  }
}

@Resolver(() => PermissionSet)
export class PermissionSetIpAllowlistResolver {
  @FieldResolver(() => [String], { nullable: true, description: 'IP allowlist binding direct holders (empty: none). Needs security:allowlists or security:read; null without.' })
  ipAllowlist(@Root() set: PermissionSet, @Ctx() ctx: AppContext) {
    if (!ctx.services.ipAllowlists.visibleTo({ type: 'permissionSets', id: set.id })) return null;
    return ctx.loaders.ipAllowlistBySet.load(set.id);
  }
}
