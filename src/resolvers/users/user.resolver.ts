import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { connectionNodes, selectionOf } from '../shared/selection-of';
import { AFTER_DESCRIPTION } from '../../schema/shared/live-events';
import type { AppContext } from '../../server/context';
import { PermissionSet } from '../../schema/permissions/permission-set.type';
import { CreateUserInput, UpdateUserInput, UsersArgs } from '../../schema/users/user.inputs';
import { User, UserChange, UserConnection } from '../../schema/users/user.type';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.users.me(selectionOf(info));
  }

  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.users.get(id, selectionOf(info));
  }

  @Query(() => UserConnection)
  users(@Args(() => UsersArgs) { first, after, filter }: UsersArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.users.list(filter ?? {}, first, after, connectionNodes(selectionOf(info)));
  }

  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: AppContext) {
    return ctx.services.users.create(input);
  }

  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.users.update(id, input);
  }

  @Mutation(() => User, { description: 'Suspends the user and revokes all their sessions.' })
  suspendUser(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.users.suspend(id);
  }

  @Mutation(() => User)
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.users.reactivate(id);
  }

  @Mutation(() => User, { description: 'Soft delete: status DELETED, sessions revoked, history kept.' })
  deleteUser(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.users.delete(id);
  }

  @Mutation(() => User)
  restoreUser(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.users.restore(id);
  }

  @Mutation(() => Boolean)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.users.changePassword(currentPassword, newPassword);
  }

  @Subscription(() => UserChange, {
    description: 'Users created, updated, deleted or restored that the subscriber may read.',
    subscribe: ({ args, context }) => (context as AppContext).services.users.subscribeChanges(args.after),
  })
  userChanged(
    @Root() change: UserChange,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after?: string | null,
  ): UserChange {
    return change;
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: User, @Ctx() ctx: AppContext) {
    return ctx.services.users.visibleEmail(user);
  }

  @FieldResolver(() => [PermissionSet], { description: 'Sets the user currently holds (unexpired).' })
  permissionSets(@Root() user: User & { permissionSets?: PermissionSet[] }, @Ctx() ctx: AppContext) {
    // A lean users page brings them in its own statement; any other User goes through the loader.
    return user.permissionSets ?? ctx.loaders.permissionSetsByUser.load(user.id);
  }
}
