import { Authorizer } from '../../../authz/authorizer';
import type { ServiceDeps } from '../../deps';
import type { ServiceContext } from '../../shared/service-context';

/** Work no request caused (the schedule tick, deliveries): audited as SYSTEM. */
export function systemContext(deps: ServiceDeps, requestId: string): ServiceContext {
  return { meta: { requestId, ip: null, userAgent: null }, authz: new Authorizer(null), log: deps.log.child({ requestId }), revalidate: async () => null };
}
