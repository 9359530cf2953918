import type { Action, ActionPattern, ResourceType } from './catalogue';

export type Effect = 'ALLOW' | 'DENY';

/**
 * Which resources a grant reaches. SELF means the holder's own user record and the holder's own
 * sessions (resource.id === holder for `users`, resource.ownerId === holder for anything owned).
 */
export type GrantScope =
  | { kind: 'ALL' }
  | { kind: 'IDS'; ids: string[] }
  | { kind: 'LABELS'; selector: Record<string, string> }
  | { kind: 'SELF' };

export interface Grant {
  effect: Effect;
  action: ActionPattern;
  scope: GrantScope;
  validFrom?: Date | null;
  validUntil?: Date | null;
}

/** Where a compiled grant came from; `path` is the inheritance chain of set names, outermost first. */
export type GrantSource =
  | { kind: 'BASELINE' }
  | { kind: 'SET'; setId: string; setName: string; path: string[]; assignmentExpiresAt?: Date | null }
  | { kind: 'DIRECT'; grantId: string }
  | { kind: 'DELEGATION'; delegationId: string; delegatorId: string; expiresAt: Date };

export interface SourcedGrant extends Grant {
  source: GrantSource;
}

/** The thing being acted on. `labels` drive LABELS scopes; `ownerId` drives SELF for owned things. */
export interface ResourceRef {
  type: ResourceType;
  id?: string | null;
  ownerId?: string | null;
  labels?: Record<string, string>;
}

export interface CheckRequest {
  action: Action;
  resource: ResourceRef;
}
