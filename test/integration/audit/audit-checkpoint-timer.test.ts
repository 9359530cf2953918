import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

// Each node signs a checkpoint per interval, only when the head moved since the newest one.
const ctx = useCluster({ env: { AUDIT_CHECKPOINT_INTERVAL_MS: '100' } });

const checkpoints = () =>
  ctx.node.database.sql<Array<{ block_seq: number }>>`select block_seq::int from audit_checkpoints order by id`;
const headBlock = async () => (await ctx.node.database.sql<[{ b: number }]>`select block_seq::int as b from audit_chain_head`)[0].b;

describe('audit checkpoint timer', () => {
  it('signs the head after a change, and not again while nothing changes', async () => {
    await ctx.owner.CreateUser({ input: { email: uniqueEmail('cp'), name: 'Checkpointed', password: 'a-long-enough-password' } });
    const head = await headBlock();
    await expect.poll(async () => (await checkpoints()).at(-1)?.block_seq, { timeout: 10_000, interval: 50 }).toBe(head);
    const signed = (await checkpoints()).length;
    // Several intervals pass with no audit write: no new checkpoint.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await headBlock()).toBe(head);
    expect(await checkpoints()).toHaveLength(signed);
    const { auditIntegrity } = await ctx.owner.AuditIntegrity();
    expect(auditIntegrity).toMatchObject({ verified: true, full: false, checked: 0, invalidCheckpoints: 0 });
    expect(auditIntegrity.fromSeq).toBe(auditIntegrity.headSeq);
  });
});
