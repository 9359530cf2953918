import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import { AuthPayload } from '../../schema/auth/auth.type';
import { StepUpStatus, TotpEnrollment } from '../../schema/auth/mfa.type';

@Resolver()
export class MfaResolver {
  @Mutation(() => TotpEnrollment, { description: 'Starts (or restarts) TOTP enrolment for the viewer.' })
  enrollTotp(@Ctx() ctx: AppContext) {
    return ctx.services.mfa.enrollTotp();
  }

  @Mutation(() => [String], { description: 'Enables TOTP; returns ten single-use recovery codes, shown only this once.' })
  confirmTotp(@Arg('code', () => String) code: string, @Ctx() ctx: AppContext) {
    return ctx.services.mfa.confirmTotp(code);
  }

  @Mutation(() => Boolean, { description: 'Needs a current TOTP code or a recovery code.' })
  disableTotp(@Arg('code', () => String, { nullable: true }) code: string | null, @Ctx() ctx: AppContext) {
    return ctx.services.mfa.disableTotp(code);
  }

  @Mutation(() => AuthPayload, { description: 'Public. Completes a login that failed with MFA_REQUIRED.' })
  verifyMfa(@Arg('challenge', () => String) challenge: string, @Arg('code', () => String) code: string, @Ctx() ctx: AppContext) {
    return ctx.services.auth.verifyMfa(challenge, code);
  }

  @Mutation(() => StepUpStatus, { description: 'Satisfies STEP_UP_REQUIRED: the password, or a TOTP/recovery code once TOTP is on.' })
  reauthenticate(
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reauth.reauthenticate(password, code);
  }

  @Mutation(() => Boolean, { description: "Removes another user's second factor (security:resetMfa)." })
  resetMfa(@Arg('userId', () => ID) userId: string, @Ctx() ctx: AppContext) {
    return ctx.services.mfa.resetMfa(userId);
  }
}
