import type { Authorizer } from '../../authz/authorizer';

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
  revalidate(): Promise<Authorizer | null>;
}
