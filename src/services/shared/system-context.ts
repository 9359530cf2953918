import { Authorizer } from '../../authz/authorizer';
import type { ServiceDeps } from '../deps';
import type { ServiceContext } from './service-context';

/** Work no request caused (a job: report runs, schedule ticks, deliveries): audited as SYSTEM. */
export function systemContext(deps: ServiceDeps, requestId: string): ServiceContext {
  return { meta: { requestId, ip: null, userAgent: null }, authz: new Authorizer(null), log: deps.log.child({ requestId }), revalidate: async () => null };
}
