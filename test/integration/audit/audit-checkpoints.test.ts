import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { securityEvents } from '../security/helpers';
import { allowTampering, inRolledBackTransaction, integrity, writeTransaction } from '../../fixtures/audit-chain';

// Verification starts at the newest valid signed checkpoint; every checkpoint's MAC is checked
// and compared with the chain, so forged checkpoints and rewritten histories show.
const ctx = useCluster();

const deps = () => ctx.node.deps;

describe('signed audit checkpoints', () => {
  it('verification starts after the newest checkpoint, and a full one still recomputes everything', async () => {
    await writeTransaction(ctx.node.database.sql, 10);
    const cp = await integrity.recordAuditCheckpoint(deps());
    expect(cp).not.toBeNull();
    await writeTransaction(ctx.node.database.sql, 7);
    await writeTransaction(ctx.node.database.sql, 3);

    const incremental = (await ctx.owner.AuditIntegrity()).auditIntegrity;
    expect(incremental).toMatchObject({ verified: true, full: false, fromSeq: cp!.chainedRows, checkpointsChecked: 1, invalidCheckpoints: 0 });
    expect(incremental.checked).toBe(10);
    expect(incremental.headSeq).toBe(cp!.chainedRows + 10);

    const full = (await ctx.owner.AuditIntegrity({ full: true })).auditIntegrity;
    expect(full).toMatchObject({ verified: true, full: true, fromSeq: 0, checked: full.headSeq });

    // Nothing new since: the same checkpoint is returned, none added.
    const again = await integrity.recordAuditCheckpoint(deps());
    const newer = await integrity.recordAuditCheckpoint(deps());
    expect(newer!.id).toBe(again!.id);
    expect(again!.chainedRows).toBe(incremental.headSeq);
  });

  it('a forged checkpoint is reported, and verification does not start from it', async () => {
    await writeTransaction(ctx.node.database.sql, 4);
    await inRolledBackTransaction(ctx.node, async (tx, txDeps) => {
      const [head] = await tx<[{ block_seq: string; seq: string; hash: string }]>`select block_seq, seq, hash from audit_chain_head`;
      await tx`insert into audit_checkpoints (block_seq, chained_rows, hash, kid, mac)
        values (${head.block_seq}, ${head.seq}, ${head.hash}, 'mforged', 'AAAA')`;
      const report = await integrity.verifyAuditTrail(txDeps);
      expect(report.verified).toBe(false);
      expect(report.invalidCheckpoints.map((c) => c.kid)).toEqual(['mforged']);
      expect(report.fromCheckpoint!.kid).not.toBe('mforged');
      expect(report.firstBrokenSeq).toBeNull();
      // Not signed over a trail that does not verify.
      expect(await integrity.recordAuditCheckpoint(txDeps)).toBeNull();
    });
    await inRolledBackTransaction(ctx.node, async (tx, txDeps) => {
      await allowTampering(tx);
      // A genuine checkpoint moved to claim more rows: its MAC no longer matches.
      const [newest] = await tx<[{ id: string }]>`select max(id)::text as id from audit_checkpoints`;
      await tx`update audit_checkpoints set chained_rows = chained_rows + 1 where id = ${newest.id}`;
      const report = await integrity.verifyAuditTrail(txDeps);
      expect(report.verified).toBe(false);
      expect(report.invalidCheckpoints.map((c) => String(c.id))).toEqual([newest.id]);
      // Verification falls back to the previous, genuine checkpoint.
      expect(report.fromCheckpoint!.id).toBeLessThan(Number(newest.id));
    });
  });

  it('a history rewritten with recomputed hashes contradicts a checkpoint', async () => {
    await inRolledBackTransaction(ctx.node, async (tx, txDeps) => {
      await allowTampering(tx);
      const [cp] = await tx<[{ block_seq: string }]>`select block_seq from audit_checkpoints order by block_seq desc limit 1`;
      // What a rewrite leaves: the checkpointed block no longer has the hash that was signed.
      await tx`update audit_chain_blocks set hash = repeat('1', 64) where block_seq = ${cp.block_seq}`;
      const report = await integrity.verifyAuditTrail(txDeps);
      expect(report.verified).toBe(false);
      expect(report.invalidCheckpoints.map((c) => String(c.blockSeq))).toEqual([cp.block_seq]);
    });
  });

  it('a history cut back to before the newest checkpoint (rows, block and head) is reported', async () => {
    const rows = await writeTransaction(ctx.node.database.sql, 2);
    const cp = await integrity.recordAuditCheckpoint(deps());
    await inRolledBackTransaction(ctx.node, async (tx, txDeps) => {
      await allowTampering(tx);
      await tx`delete from audit_logs where chain_txn = ${rows[0]!}`;
      await tx`delete from audit_chain_blocks where block_seq = ${cp!.blockSeq}`;
      await tx`update audit_chain_head set (seq, hash, block_seq) = (select chained_rows, hash, block_seq from audit_chain_blocks where block_seq = ${cp!.blockSeq - 1})`;
      const report = await integrity.verifyAuditTrail(txDeps, { full: true });
      // The chain that is left is consistent: only the checkpoint shows the cut.
      expect(report.firstBrokenSeq).toBeNull();
      expect(report.verified).toBe(false);
      expect(report.invalidCheckpoints.map((c) => c.id)).toEqual([cp!.id]);
    });
  });

  it('an edit before the newest checkpoint is found by a full verification, one after it by the incremental one', async () => {
    const before = await writeTransaction(ctx.node.database.sql, 3);
    await integrity.recordAuditCheckpoint(deps());
    const after = await writeTransaction(ctx.node.database.sql, 3);
    await inRolledBackTransaction(ctx.node, async (tx, txDeps) => {
      await allowTampering(tx);
      await tx`update audit_logs set action = 'x' where chain_seq = ${before[1]!}`;
      expect(await integrity.verifyAuditTrail(txDeps)).toMatchObject({ verified: true, full: false });
      expect(await integrity.verifyAuditTrail(txDeps, { full: true })).toMatchObject({ verified: false, firstBrokenSeq: before[1] });
    });
    await inRolledBackTransaction(ctx.node, async (tx, txDeps) => {
      await allowTampering(tx);
      await tx`update audit_logs set action = 'x' where chain_seq = ${after[2]!}`;
      expect(await integrity.verifyAuditTrail(txDeps)).toMatchObject({ verified: false, full: false, firstBrokenSeq: after[2], checked: 2 });
    });
    // After both rollbacks the trail verifies in full.
    expect((await ctx.owner.AuditIntegrity({ full: true })).auditIntegrity).toMatchObject({ verified: true, invalidCheckpoints: 0 });
  });

  it('a forged checkpoint left in place is reported by auditIntegrity and raised once as AUDIT_CHAIN_BROKEN', async () => {
    const [head] = await ctx.node.database.sql<[{ block_seq: string; seq: string; hash: string }]>`select block_seq, seq, hash from audit_chain_head`;
    const [forged] = await ctx.node.database.sql<[{ id: string }]>`
      insert into audit_checkpoints (block_seq, chained_rows, hash, kid, mac)
      values (${head.block_seq}, ${head.seq}, ${head.hash}, 'mforged', 'AAAA') returning id::text`;
    for (let i = 0; i < 2; i += 1) {
      expect((await ctx.owner.AuditIntegrity()).auditIntegrity).toMatchObject({ verified: false, firstBrokenSeq: null, invalidCheckpoints: 1 });
    }
    const events = await securityEvents(ctx.owner, { kinds: ['AUDIT_CHAIN_BROKEN'] });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ severity: 'CRITICAL' });
    expect(events[0]!.details).toMatchObject({ invalidCheckpoints: [Number(forged.id)] });
  });
});
