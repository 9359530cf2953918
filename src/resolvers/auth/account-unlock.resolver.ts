import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';

@Resolver()
export class AccountUnlockResolver {
  @Mutation(() => Boolean, {
    description: 'Lifts login throttling on an account (every client IP, every node). Needs security:unlock.',
  })
  unlockAccount(@Arg('email', () => String) email: string, @Ctx() ctx: AppContext) {
    return ctx.services.accountUnlock.unlock(email);
  }
}
