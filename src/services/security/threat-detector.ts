import { flattenSet, type SetNode } from '../../authz/engine';
import type { Grant } from '../../authz/grant.types';
import type { ChainVerification } from '../../db/queries/audit.queries';
import { holdersOfSets, setAndDescendantIds } from '../../db/queries/permissions.queries';
import { auditIdAtChainSeq, priorSessionSignals, recentAuditIds } from '../../db/queries/security.queries';
import type { ServiceDeps } from '../deps';
import type { ServiceContext } from '../shared/service-context';
import type { UnitOfWork } from '../shared/unit-of-work';
import { raiseSecurityEvent, type SecurityEventInput } from './raise-security-event';
import { counterKey } from './threat-counters';

/** Evidence lists stay bounded, whatever the burst. */
const MAX_EVIDENCE = 100;

/** ALLOW `*` on ALL: the holder can do anything, to anyone, as an Owner can. */
export const isOwnerLevel = (grants: readonly Grant[]): boolean =>
  grants.some((g) => g.effect === 'ALLOW' && g.action === '*' && g.scope.kind === 'ALL');

export type OwnerLevelSource =
  | { via: 'ASSIGNMENT'; setId: string; setName: string }
  | { via: 'DIRECT_GRANT'; grantId: string }
  | { via: 'DELEGATION'; delegationId: string }
  | { via: 'SET_EDIT'; setId: string; setName: string };

/**
 * The threat detectors, bound to one request. Each is called by a one-line hook where its signal
 * appears. Bursts are counted in ThreatCounters (shared through Redis) and raise one event when
 * the count reaches the threshold; change-time detectors raise inside the change's transaction.
 * Detection outside a transaction never fails the request it watches: errors are logged.
 */
export class ThreatDetector {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  private raise(input: SecurityEventInput, uow?: UnitOfWork) {
    return raiseSecurityEvent(this.deps, this.ctx.meta, input, uow);
  }

  private async guarded(detector: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.ctx.log.error({ err, detector }, 'threat detection failed');
    }
  }

  private since(windowSeconds: number): Date {
    return new Date(Date.now() - windowSeconds * 1000);
  }

  /** A failed login: counts toward a burst on the account and toward stuffing from the IP. */
  loginFailed(email: string, userId: string | null): Promise<void> {
    return this.guarded('login failures', async () => {
      await Promise.all([userId && this.loginBurst(userId), this.ctx.meta.ip && this.stuffing(this.ctx.meta.ip, email)]);
    });
  }

  private async loginBurst(userId: string): Promise<void> {
    const { SECURITY_LOGIN_BURST_THRESHOLD: threshold, SECURITY_LOGIN_BURST_WINDOW_SECONDS: windowSeconds } = this.deps.config;
    if ((await this.deps.threatCounters.hit('loginFailures', userId)) !== threshold) return;
    const since = this.since(windowSeconds);
    const auditIds = await recentAuditIds(this.deps.database.db, { action: 'auth.login_failed', targetId: userId, since }, MAX_EVIDENCE);
    await this.raise({
      kind: 'LOGIN_FAILURE_BURST',
      severity: 'MEDIUM',
      summary: `${threshold} failed logins on one account within ${windowSeconds}s`,
      userId,
      details: { failures: threshold, windowSeconds },
      auditIds,
    });
  }

  /** Counts distinct accounts per IP: a pair marker counts each (IP, email) once per window. */
  private async stuffing(ip: string, email: string): Promise<void> {
    const { SECURITY_STUFFING_ACCOUNTS_THRESHOLD: threshold, SECURITY_STUFFING_WINDOW_SECONDS: windowSeconds } = this.deps.config;
    const counters = this.deps.threatCounters;
    if ((await counters.hit('stuffingPairs', counterKey(ip, email.trim().toLowerCase()))) !== 1) return;
    if ((await counters.hit('stuffingAccounts', counterKey(ip))) !== threshold) return;
    const since = this.since(windowSeconds);
    const auditIds = await recentAuditIds(this.deps.database.db, { action: 'auth.login_failed', ip, since }, MAX_EVIDENCE);
    await this.raise({
      kind: 'CREDENTIAL_STUFFING',
      severity: 'HIGH',
      summary: `Failed logins against ${threshold} different accounts from one IP within ${windowSeconds}s`,
      details: { distinctAccounts: threshold, windowSeconds },
      auditIds,
    });
  }

  /**
   * A successful login (in its transaction, after the new session is written) from an IP and a
   * user agent that none of the user's earlier sessions used. A first login has nothing to compare.
   */
  async loginSucceeded(uow: UnitOfWork, userId: string, sessionId: string): Promise<void> {
    const { ip, userAgent } = this.ctx.meta;
    if (!ip && !userAgent) return;
    const prior = await priorSessionSignals(uow.tx, userId, sessionId, ip, userAgent);
    if (!prior.any || prior.sameIp || prior.sameUserAgent) return;
    await this.raise(
      { kind: 'NEW_IP_AND_USER_AGENT', severity: 'LOW', summary: 'Login from a new IP and a new user agent', userId, details: { sessionId } },
      uow,
    );
  }

  /** A used refresh token came back: raised once per session, however often it is replayed. */
  async refreshTokenReused(uow: UnitOfWork, userId: string, sessionId: string, sessionRevoked: boolean): Promise<void> {
    await this.raise(
      {
        kind: 'REFRESH_TOKEN_REUSE',
        severity: 'HIGH',
        summary: 'A refresh token was used twice; the session was revoked',
        userId,
        details: { sessionId, sessionRevoked },
        dedupKey: `REFRESH_TOKEN_REUSE:${sessionId}`,
      },
      uow,
    );
  }

  /** One FORBIDDEN answer to the viewer (called once per denial recorded). */
  forbidden(): Promise<void> {
    return this.guarded('forbidden burst', async () => {
      const userId = this.ctx.authz.viewer?.userId;
      if (!userId) return;
      const { SECURITY_FORBIDDEN_BURST_THRESHOLD: threshold, SECURITY_FORBIDDEN_BURST_WINDOW_SECONDS: windowSeconds } = this.deps.config;
      if ((await this.deps.threatCounters.hit('forbidden', userId)) !== threshold) return;
      const since = this.since(windowSeconds);
      const auditIds = await recentAuditIds(this.deps.database.db, { action: 'access.denied', actorId: userId, since }, MAX_EVIDENCE);
      await this.raise({
        kind: 'FORBIDDEN_BURST',
        severity: 'MEDIUM',
        summary: `${threshold} requests refused as FORBIDDEN within ${windowSeconds}s`,
        userId,
        details: { denials: threshold, windowSeconds },
        auditIds,
      });
    });
  }

  /** `grants` were just given to `userId` (in `uow`): raised when they add up to Owner level. */
  async ownerLevelGranted(uow: UnitOfWork, userId: string, grants: readonly Grant[], source: OwnerLevelSource): Promise<void> {
    if (!isOwnerLevel(grants)) return;
    const by = this.ctx.authz.viewer?.userId ?? null;
    const how = { ASSIGNMENT: 'assigned an Owner-level set', DIRECT_GRANT: 'granted * on ALL', DELEGATION: 'delegated * on ALL', SET_EDIT: 'given * on ALL through a set they hold' }[source.via];
    await this.raise({ kind: 'OWNER_LEVEL_GRANT', severity: 'HIGH', summary: `A user was ${how}`, userId, details: { ...source, grantedBy: by } }, uow);
  }

  /**
   * A set edit (grants replaced, a parent added) described by `next`, on the graph as it was:
   * when the set becomes Owner-level, everyone holding it (or a set inheriting it) is told of.
   */
  async ownerLevelSetChange(uow: UnitOfWork, graph: Map<string, SetNode>, next: SetNode): Promise<void> {
    const wasOwnerLevel = isOwnerLevel(flattenSet(graph, next.id).map((f) => f.grant));
    const nowGrants = flattenSet(new Map(graph).set(next.id, next), next.id).map((f) => f.grant);
    if (wasOwnerLevel || !isOwnerLevel(nowGrants)) return;
    const holders = await holdersOfSets(uow.tx, await setAndDescendantIds(uow.tx, next.id));
    for (const userId of holders) await this.ownerLevelGranted(uow, userId, nowGrants, { via: 'SET_EDIT', setId: next.id, setName: next.name });
  }

  /** The audit chain no longer verifies: raised once per first broken position, on any node. */
  auditChainBroken(result: ChainVerification & { invalidCheckpoints?: ReadonlyArray<{ id: number; blockSeq: number }> }): Promise<void> {
    return this.guarded('audit chain', async () => {
      const seq = result.firstBrokenSeq;
      const invalid = result.invalidCheckpoints ?? [];
      if (seq === null && invalid.length > 0) {
        // The rows verify, but a signed checkpoint is forged or no longer matches them: a forgery,
        // or a history rewritten (hashes recomputed) or cut back. Once per set of such checkpoints.
        const ids = invalid.map((c) => c.id);
        await this.raise({
          kind: 'AUDIT_CHAIN_BROKEN',
          severity: 'CRITICAL',
          summary: `${ids.length} signed audit checkpoint(s) forged or contradicted by the chain: a checkpoint was forged, or the history rewritten`,
          details: { invalidCheckpoints: ids, checked: result.checked, headSeq: result.headSeq },
          auditIds: [],
          dedupKey: `AUDIT_CHAIN_BROKEN:checkpoints:${ids.join(',')}`,
        });
        return;
      }
      if (seq === null) return;
      const at = await auditIdAtChainSeq(this.deps.database.db, seq);
      await this.raise({
        kind: 'AUDIT_CHAIN_BROKEN',
        severity: 'CRITICAL',
        summary: `The audit hash chain no longer verifies from position ${seq}: an event was changed or removed`,
        details: { firstBrokenSeq: seq, checked: result.checked, headSeq: result.headSeq },
        auditIds: at === null ? [] : [at],
        dedupKey: `AUDIT_CHAIN_BROKEN:${seq}`,
      });
    });
  }
}
