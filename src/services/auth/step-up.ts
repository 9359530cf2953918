import type { ServiceDeps } from '../deps';
import type { ServiceContext } from '../shared/service-context';

/**
 * One line before a sensitive change: `requireStepUp(this.deps, this.ctx)`. Throws STEP_UP_REQUIRED
 * unless the caller's session authenticated within STEP_UP_MAX_AGE at the highest level the user
 * has (MFA once TOTP is enabled). A viewer without a session (an API key) is never stepped up.
 */
export function requireStepUp(deps: ServiceDeps, ctx: ServiceContext): void {
  ctx.authz.assertSteppedUp(deps.config.STEP_UP_MAX_AGE);
}
