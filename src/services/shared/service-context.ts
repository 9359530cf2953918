import type { Authorizer } from '../../authz/authorizer';
import type { Logger } from '../../logger';

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * What a service knows about the call it serves. `revalidate` re-reads the viewer's session and
 * permissions (from cache) for long-lived subscriptions: null means the session is gone.
 */
export interface ServiceContext {
  meta: RequestMeta;
  authz: Authorizer;
  /** The request's logger: every line carries its request id. */
  log: Logger;
  revalidate(): Promise<Authorizer | null>;
}
