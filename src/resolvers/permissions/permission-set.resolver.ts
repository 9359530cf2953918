import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { Grant } from '../../schema/permissions/grant.type';
import { CreatePermissionSetInput, UpdatePermissionSetInput } from '../../schema/permissions/permission-inputs';
import { PermissionSet, PermissionSetConnection } from '../../schema/permissions/permission-set.type';
import { PageArgs } from '../../schema/shared/page.args';
import { DateTime } from '../../schema/shared/scalars';

@Resolver(() => PermissionSet)
export class PermissionSetResolver {
  @Query(() => PermissionSetConnection, { description: 'Sets the viewer may read, by name.' })
  permissionSets(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSets.list(first, after);
  }

  @Query(() => PermissionSet)
  permissionSet(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSets.get(id);
  }

  @Mutation(() => PermissionSet, { description: 'Refused unless the caller holds everything the set would grant.' })
  createPermissionSet(@Arg('input', () => CreatePermissionSetInput) input: CreatePermissionSetInput, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSetEditor.create(input);
  }

  @Mutation(() => PermissionSet, { description: 'Built-in sets cannot be edited.' })
  updatePermissionSet(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePermissionSetInput) input: UpdatePermissionSetInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.permissionSetEditor.update(id, input);
  }

  @Mutation(() => PermissionSet, { description: 'A custom copy (same grants and parents) under a new name.' })
  clonePermissionSet(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSetEditor.clone(id, name);
  }

  @Mutation(() => Boolean, { description: 'Refused while users hold the set unless force is true.' })
  deletePermissionSet(
    @Arg('id', () => ID) id: string,
    @Arg('force', () => Boolean, { defaultValue: false }) force: boolean,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.permissionSetEditor.delete(id, force);
  }

  @Mutation(() => PermissionSet, { description: 'setId inherits every grant of parentId; cycles are refused.' })
  addPermissionSetParent(@Arg('setId', () => ID) setId: string, @Arg('parentId', () => ID) parentId: string, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSetEditor.addParent(setId, parentId);
  }

  @Mutation(() => PermissionSet)
  removePermissionSetParent(@Arg('setId', () => ID) setId: string, @Arg('parentId', () => ID) parentId: string, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSetEditor.removeParent(setId, parentId);
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

  @FieldResolver(() => [Grant], {
    description: "The set's own grants (not inherited ones); empty unless you may read the set or hold it.",
  })
  grants(@Root() set: PermissionSet, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSets.visibleGrants(set.id, (id) => ctx.loaders.grantsBySet.load(id));
  }

  @FieldResolver(() => [PermissionSet], { description: 'Sets this one inherits from, among those you may read.' })
  parents(@Root() set: PermissionSet, @Ctx() ctx: AppContext) {
    return ctx.services.permissionSets.visibleParents(set.id, (id) => ctx.loaders.parentsBySet.load(id));
  }
}
