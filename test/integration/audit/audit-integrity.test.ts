import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { tamperAuditTrail } from '../../fixtures/tamper';

// The audit trail is tamper-evident: a hash chain over every event, recomputed on demand.
const ctx = useCluster();

const tamper = (statement: Parameters<typeof tamperAuditTrail>[1]) => tamperAuditTrail(ctx.node.database.sql, statement);

describe('audit hash chain', () => {
  it('chains every event, also under concurrent writes, and verifies', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        ctx.owner.CreateUser({ input: { email: uniqueEmail('chain'), name: 'Chained', password: 'a-long-enough-password' } }),
      ),
    );
    const { auditIntegrity } = await ctx.owner.AuditIntegrity();
    expect(auditIntegrity).toMatchObject({ verified: true, firstBrokenSeq: null });
    expect(auditIntegrity.checked).toBe(auditIntegrity.headSeq);
    expect(auditIntegrity.checked).toBeGreaterThan(20);
    const newest = (await ctx.owner.AuditLogs({ first: 1 })).auditLogs.edges[0]!.node;
    expect(newest.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(newest.chainSeq).toBeGreaterThan(0);
  });

  it('needs audit:read', async () => {
    const viewer = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(viewer.email, viewer.password);
    expect(await errorCode(() => client.AuditIntegrity())).toBe('FORBIDDEN');
  });

  it('reports the first event that was edited behind the API, then a removed one', async () => {
    expect((await ctx.owner.AuditIntegrity()).auditIntegrity.verified).toBe(true);
    await tamper((sql) => sql`update audit_logs set action = 'user.updated' where chain_seq = 3`);
    const edited = (await ctx.owner.AuditIntegrity()).auditIntegrity;
    expect(edited).toMatchObject({ verified: false, firstBrokenSeq: 3, checked: 2 });

    await tamper((sql) => sql`delete from audit_logs where chain_seq = 2`);
    expect((await ctx.owner.AuditIntegrity()).auditIntegrity).toMatchObject({ verified: false, firstBrokenSeq: 2 });
  });
});
