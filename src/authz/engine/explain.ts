import type { GrantScope, GrantSource, SourcedGrant } from '../grant.types';
import type { Decision } from './engine.types';

export function describeScope(scope: GrantScope): string {
  switch (scope.kind) {
    case 'ALL':
      return 'all resources';
    case 'IDS':
      return `ids [${scope.ids.join(', ')}]`;
    case 'LABELS':
      return `labels {${Object.entries(scope.selector).map(([k, v]) => `${k}=${v}`).join(', ')}}`;
    case 'SELF':
      return 'own records (SELF)';
  }
}

export function describeSource(source: GrantSource): string {
  switch (source.kind) {
    case 'BASELINE':
      return 'the baseline every user holds';
    case 'SET': {
      const via = source.path.length > 1 ? ` (via ${source.path.join(' > ')})` : '';
      const until = source.assignmentExpiresAt ? `, assignment expires ${source.assignmentExpiresAt.toISOString()}` : '';
      return `set ${source.setName}${via}${until}`;
    }
    case 'DIRECT':
      return `direct grant ${source.grantId}`;
    case 'DELEGATION':
      return `delegation ${source.delegationId} from user ${source.delegatorId}, expires ${source.expiresAt.toISOString()}`;
  }
}

/** e.g. "ALLOW users:* on labels {env=prod}, valid until 2030-01-01T00:00:00.000Z, from set Ops". */
export function describeGrant(grant: SourcedGrant): string {
  const from = grant.validFrom ? ` from ${grant.validFrom.toISOString()}` : '';
  const until = grant.validUntil ? ` until ${grant.validUntil.toISOString()}` : '';
  const window = from || until ? `, valid${from}${until}` : '';
  return `${grant.effect} ${grant.action} on ${describeScope(grant.scope)}${window}, from ${describeSource(grant.source)}`;
}

export function explain(decision: Decision): string {
  const { deciding, blockingDeny } = decision;
  switch (decision.reason) {
    case 'ALLOWED':
      return `Allowed by ${deciding ? describeGrant(deciding) : 'an unnamed grant'}.`;
    case 'EXPLICIT_DENY': {
      const deny = blockingDeny ? describeGrant(blockingDeny) : 'an unnamed grant';
      const overrode = deciding
        ? ` It overrides ${describeGrant(deciding)}, because an explicit DENY always wins.`
        : ' No ALLOW would have matched either.';
      return `Denied by explicit ${deny}.${overrode}`;
    }
    case 'NO_MATCHING_ALLOW':
      return 'Denied by default: no currently valid ALLOW grant matches this action and resource.';
  }
}
