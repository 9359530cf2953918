import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { Grant, GrantInput, GrantScope, GrantSource } from '../../schema/permissions/grant.type';
import { DelegatePermissionsInput } from '../../schema/permissions/permission-inputs';
import { Delegation } from '../../schema/permissions/permission-result.type';
import { DateTime, JSONObject } from '../../schema/shared/scalars';

type StoredScope = { kind: string; ids?: string[]; selector?: Record<string, string> };
type StoredSource = { kind: string; assignmentExpiresAt?: Date | null; expiresAt?: Date | null };

@Resolver()
export class GrantResolver {
  @Mutation(() => Grant, { description: 'A direct grant to one user; refused if broader than what the caller holds.' })
  grantPermission(@Arg('userId', () => ID) userId: string, @Arg('grant', () => GrantInput) grant: GrantInput, @Ctx() ctx: AppContext) {
    return ctx.services.grants.grant(userId, grant);
  }

  @Mutation(() => Boolean)
  revokeGrant(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.grants.revoke(id);
  }

  @Mutation(() => Delegation, { description: "Lends a subset of the caller's own rights, until expiresAt." })
  delegatePermissions(@Arg('input', () => DelegatePermissionsInput) input: DelegatePermissionsInput, @Ctx() ctx: AppContext) {
    return ctx.services.delegations.delegate(input);
  }

  @Mutation(() => Boolean, { description: 'By the delegator, the delegatee, or whoever may assign to the delegatee.' })
  revokeDelegation(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.delegations.revoke(id);
  }

  @Query(() => [Delegation], { description: 'Delegations given or received by the user (latest 200).' })
  delegations(@Arg('userId', () => ID) userId: string, @Ctx() ctx: AppContext) {
    return ctx.services.delegations.listFor(userId);
  }
}

/** Stored scopes keep a label selector under `selector`; the API calls it `labels`. */
@Resolver(() => GrantScope)
export class GrantScopeResolver {
  @FieldResolver(() => JSONObject, { nullable: true })
  labels(@Root() scope: StoredScope) {
    return scope.selector ?? null;
  }
}

/** Sources carry their end as assignmentExpiresAt (sets) or expiresAt (delegations). */
@Resolver(() => GrantSource)
export class GrantSourceResolver {
  @FieldResolver(() => DateTime, { nullable: true })
  expiresAt(@Root() source: StoredSource) {
    return source.assignmentExpiresAt ?? source.expiresAt ?? null;
  }
}
