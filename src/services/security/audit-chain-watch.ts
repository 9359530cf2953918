import { randomUUID } from 'node:crypto';
import { Authorizer } from '../../authz/authorizer';
import { verifyAuditTrail } from '../audit/audit-integrity';
import type { ServiceDeps } from '../deps';
import { ThreatDetector } from './threat-detector';

/**
 * Recomputes the audit chain once at start, off the boot path: a history edited while the server
 * was down is logged and raised as AUDIT_CHAIN_BROKEN before anyone asks. Never rejects.
 */
export async function verifyAuditChainInBackground(deps: ServiceDeps): Promise<void> {
  const meta = { requestId: `startup-${randomUUID()}`, ip: null, userAgent: null };
  const log = deps.log.child({ requestId: meta.requestId });
  try {
    // From the newest valid signed checkpoint: a start does not recompute a history of millions of rows.
    const result = await verifyAuditTrail(deps);
    if (result.verified) {
      log.info({ checked: result.checked, headSeq: result.headSeq, fromSeq: result.startRows }, 'audit chain verified');
      return;
    }
    log.error(
      { firstBrokenSeq: result.firstBrokenSeq, headSeq: result.headSeq, invalidCheckpoints: result.invalidCheckpoints.map((c) => c.id) },
      'audit chain broken: an event was changed or removed, or a checkpoint was forged',
    );
    const ctx = { meta, authz: new Authorizer(null), log, revalidate: async () => null };
    await new ThreatDetector(deps, ctx).auditChainBroken(result);
  } catch (err) {
    log.warn({ err }, 'could not verify the audit chain at start');
  }
}
