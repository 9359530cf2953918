import { chainBlocksAt, insertAuditCheckpoint, listAuditCheckpoints, verifyAuditChain, type ChainVerification } from '../../db/queries/audit.queries';
import type { AuditCheckpointRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';

/** Secret-box MAC purpose of checkpoints: their key is derived for this use only. */
const CHECKPOINT_PURPOSE = 'audit.checkpoint';

type CheckpointFields = Pick<AuditCheckpointRow, 'blockSeq' | 'chainedRows' | 'hash' | 'createdAt'>;

const checkpointPayload = (c: CheckpointFields) => `v1|${c.blockSeq}|${c.chainedRows}|${c.hash}|${c.createdAt.toISOString()}`;

export interface IntegrityReport extends ChainVerification {
  verified: boolean;
  full: boolean;
  /** The checkpoint verification started after, or null when it started at the beginning. */
  fromCheckpoint: AuditCheckpointRow | null;
  checkpointsChecked: number;
  /** Checkpoints whose MAC fails (forged) or whose block no longer has the hash they signed (rewritten history). */
  invalidCheckpoints: AuditCheckpointRow[];
}

type Deps = Pick<ServiceDeps, 'database' | 'secretBox' | 'log'>;

/**
 * Verifies the audit trail. Every checkpoint's MAC is checked and compared with the block it names
 * (cheap: a few a day), which catches a history rewritten with recomputed hashes. The rows are then
 * recomputed from the newest valid checkpoint on, or from the very beginning when `full`.
 */
export async function verifyAuditTrail(deps: Deps, opts: { full?: boolean } = {}): Promise<IntegrityReport> {
  const db = deps.database.db;
  const checkpoints = await listAuditCheckpoints(db);
  const signed = checkpoints.filter((c) => deps.secretBox.verifyMac(CHECKPOINT_PURPOSE, checkpointPayload(c), c.kid, c.mac));
  const blocks = await chainBlocksAt(db, signed.map((c) => c.blockSeq));
  const valid = signed.filter((c) => {
    const block = blocks.get(c.blockSeq);
    return block !== undefined && block.hash === c.hash && block.chainedRows === c.chainedRows;
  });
  const invalidCheckpoints = checkpoints.filter((c) => !valid.includes(c));
  // Newest block first: the first valid one is where an incremental verification may start.
  const fromCheckpoint = opts.full ? null : (valid[0] ?? null);
  const result = await verifyAuditChain(db, fromCheckpoint?.blockSeq ?? null);
  return {
    ...result,
    verified: result.firstBrokenSeq === null && invalidCheckpoints.length === 0,
    full: fromCheckpoint === null,
    fromCheckpoint,
    checkpointsChecked: checkpoints.length,
    invalidCheckpoints,
  };
}

/**
 * Signs the current head after verifying everything since the last checkpoint, so a checkpoint
 * never vouches for a chain that did not verify. Returns the newest checkpoint (null: not signed).
 */
export async function recordAuditCheckpoint(deps: Deps): Promise<AuditCheckpointRow | null> {
  const report = await verifyAuditTrail(deps);
  if (!report.verified) {
    deps.log.error(
      { firstBrokenSeq: report.firstBrokenSeq, invalidCheckpoints: report.invalidCheckpoints.map((c) => c.id) },
      'audit checkpoint not signed: the audit trail does not verify',
    );
    return null;
  }
  if (report.fromCheckpoint?.blockSeq === report.headBlock) return report.fromCheckpoint;
  const fields: CheckpointFields = { blockSeq: report.headBlock, chainedRows: report.headSeq, hash: report.headHash, createdAt: new Date() };
  const { kid, mac } = deps.secretBox.mac(CHECKPOINT_PURPOSE, checkpointPayload(fields));
  const created = await insertAuditCheckpoint(deps.database.db, { ...fields, kid, mac });
  // Logged as well: a copy outside the database is what shows a history cut back to before it.
  deps.log.info({ blockSeq: created.blockSeq, chainedRows: created.chainedRows, hash: created.hash }, 'audit checkpoint signed');
  return created;
}

/** A plain timer for now (a durable job once graphile-worker is in): one checkpoint per interval. */
export class AuditCheckpointTimer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: Deps,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.running = recordAuditCheckpoint(this.deps).catch((err: unknown) => this.deps.log.warn({ err }, 'audit checkpoint failed'));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
