import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { allowTampering, inRolledBackTransaction, verifyInDb, writeTransaction } from '../../fixtures/audit-chain';

// The chain is sealed once per transaction: rows are hashed and linked at insert, and one block
// (one head update) is appended at commit. Costs are asserted as counts, never as times.
const ctx = useCluster();

const head = async () => {
  const [row] = await ctx.node.database.sql<[{ seq: number; block_seq: number }]>`select seq::int, block_seq::int from audit_chain_head where id = 1`;
  return row;
};

describe('audit chain: one block per transaction', () => {
  it('writes 100,000 rows in one transaction with one head update, and the chain verifies', async () => {
    const sql = ctx.node.database.sql;
    const conn = await sql.reserve();
    try {
      const headUpdates = async () => {
        await conn`select pg_stat_force_next_flush()`;
        const [row] = await conn<[{ n: number }]>`select n_tup_upd::int as n from pg_stat_user_tables where relname = 'audit_chain_head'`;
        return row.n;
      };
      const before = await head();
      const updatesBefore = await headUpdates();
      await conn`begin`;
      await conn`insert into audit_logs (actor_type, action, outcome, metadata)
        select 'SYSTEM', 'test.bulk', 'SUCCESS', jsonb_build_object('n', g) from generate_series(1, 100000) g`;
      await conn`commit`;
      expect(await headUpdates()).toBe(updatesBefore + 1);
      const after = await head();
      expect(after).toEqual({ seq: before.seq + 100_000, block_seq: before.block_seq + 1 });
      const [block] = await sql<[{ row_count: number; chained_rows: number }]>`
        select row_count::int, chained_rows::int from audit_chain_blocks where block_seq = ${after.block_seq}`;
      expect(block).toEqual({ row_count: 100_000, chained_rows: after.seq });
    } finally {
      conn.release();
    }
    const { auditIntegrity } = await ctx.owner.AuditIntegrity({ full: true });
    expect(auditIntegrity).toMatchObject({ verified: true, firstBrokenSeq: null, full: true });
    expect(auditIntegrity.checked).toBe(auditIntegrity.headSeq);
    expect(auditIntegrity.checked).toBeGreaterThan(100_000);
  });

  it('keeps rows of a rolled-back savepoint out of the block, and seals again after an immediate seal', async () => {
    const sql = ctx.node.database.sql;
    const before = await head();
    await sql.begin(async (tx) => {
      await tx`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.kept', 'SUCCESS')`;
      await tx.savepoint(async (sp) => {
        await sp`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.dropped', 'SUCCESS')`;
        throw new Error('roll the savepoint back');
      }).catch(() => undefined);
      await tx`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.kept', 'SUCCESS')`;
      // Sealed at the end of the statement: a later row opens a second block.
      await tx`set constraints all immediate`;
      await tx`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.kept', 'SUCCESS')`;
    });
    expect(await head()).toEqual({ seq: before.seq + 3, block_seq: before.block_seq + 2 });
    expect(await verifyInDb(sql)).toMatchObject({ first_broken_seq: null });
  });

  it('refuses to commit rows whose chaining state was tampered with in the transaction', async () => {
    const sql = ctx.node.database.sql;
    const before = await head();
    const failed = sql.begin(async (tx) => {
      await tx`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.hidden', 'SUCCESS')`;
      await tx`select set_config('audit.chain_state', '', true)`;
    });
    await expect(failed).rejects.toThrow(/were not chained in this transaction/);
    expect(await head()).toEqual(before);
  });

  it('chains transactions in commit order, and reports a break by chain number whatever the interleaving', async () => {
    const sql = ctx.node.database.sql;
    const [first, second] = [await sql.reserve(), await sql.reserve()];
    let early: number;
    let late: number;
    try {
      await first`begin`;
      [{ chain_seq: early }] = await first<[{ chain_seq: number }]>`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.started_first', 'SUCCESS') returning chain_seq::int`;
      await second`begin`;
      [{ chain_seq: late }] = await second<[{ chain_seq: number }]>`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'test.started_second', 'SUCCESS') returning chain_seq::int`;
      await second`commit`;
      await first`commit`;
    } finally {
      first.release();
      second.release();
    }
    expect(early).toBeLessThan(late);
    const blocks = await sql<Array<{ first_seq: number }>>`select first_seq::int from audit_chain_blocks where first_seq in (${early}, ${late}) order by block_seq`;
    // The transaction that committed first is the earlier block, though its row has the higher number.
    expect(blocks.map((b) => b.first_seq)).toEqual([late, early]);
    await inRolledBackTransaction(ctx.node, async (tx) => {
      await allowTampering(tx);
      await tx`update audit_logs set action = 'x' where chain_seq = ${early}`;
      const [below] = await tx<[{ n: number }]>`select count(*)::int as n from audit_logs where chain_seq < ${early}`;
      expect(await verifyInDb(tx)).toMatchObject({ first_broken_seq: early, checked: below.n });
    });
  });

  it('stays one chain under 20 concurrent multi-row transactions', async () => {
    const before = await head();
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeTransaction(ctx.node.database.sql, 1 + (i % 5))));
    const after = await head();
    expect(after.block_seq - before.block_seq).toBe(20);
    expect(after.seq - before.seq).toBe(20 + 2 * 4 * 5 / 2 * 2);
    const full = await verifyInDb(ctx.node.database.sql);
    expect(full).toMatchObject({ first_broken_seq: null, checked: after.seq });
  });
});

describe('audit chain: tampering is detected', () => {
  // Three transactions of 5, 1 and 3 rows, the newest of the trail.
  let a: number[] = [];
  let b: number[] = [];
  let c: number[] = [];
  const setup = async () => {
    if (c.length > 0) return;
    a = await writeTransaction(ctx.node.database.sql, 5, 'test.a');
    b = await writeTransaction(ctx.node.database.sql, 1, 'test.b');
    c = await writeTransaction(ctx.node.database.sql, 3, 'test.c');
  };

  const cases: Array<[string, () => string, () => number]> = [
    ['an edited row in the middle of a transaction', () => `update audit_logs set action = 'x' where chain_seq = ${a[2]}`, () => a[2]!],
    // The row's own hash recomputed: the next row no longer links to it.
    ['an edited row with its hash recomputed', () => `update audit_logs set action = 'x' where chain_seq = ${a[2]}; update audit_logs set hash = audit_row_digest_v2(prev_hash, audit_logs) where chain_seq = ${a[2]}`, () => a[3]!],
    ['a removed row in the middle of a transaction', () => `delete from audit_logs where chain_seq = ${a[2]}`, () => a[2]!],
    ['a removed first row of a transaction', () => `delete from audit_logs where chain_seq = ${a[0]}`, () => a[0]!],
    ['a removed last row of a transaction', () => `delete from audit_logs where chain_seq = ${a[4]}`, () => a[4]!],
    ['two rows swapped', () => `update audit_logs set chain_seq = -1 where chain_seq = ${a[1]}; update audit_logs set chain_seq = ${a[1]} where chain_seq = ${a[2]}; update audit_logs set chain_seq = ${a[2]} where chain_seq = -1`, () => a[1]!],
    ['a whole transaction removed', () => `delete from audit_logs where chain_txn = ${b[0]}`, () => b[0]!],
    ['a whole transaction removed with its block', () => `delete from audit_logs where chain_txn = ${b[0]}; delete from audit_chain_blocks where first_seq = ${b[0]}`, () => c[0]!],
    ['two blocks swapped', () => `update audit_chain_blocks set block_seq = -block_seq where first_seq = ${a[0]}; update audit_chain_blocks set block_seq = block_seq - 1 where first_seq = ${b[0]}; update audit_chain_blocks set block_seq = 1 - block_seq where first_seq = ${a[0]}`, () => a[0]!],
    ['the newest transaction removed with its block', () => `delete from audit_logs where chain_txn = ${c[0]}; delete from audit_chain_blocks where first_seq = ${c[0]}`, () => b[0]! + 1],
    ['a row added to a transaction behind the triggers', () => `alter table audit_logs disable trigger audit_logs_chain; insert into audit_logs (actor_type, action, outcome, chain_seq, chain_txn, hash) values ('SYSTEM', 'x', 'SUCCESS', ${c[2]! + 1000}, ${c[0]}, 'x')`, () => c[2]! + 1000],
    ['a row of no transaction added behind the triggers', () => `alter table audit_logs disable trigger audit_logs_chain; alter table audit_logs disable trigger audit_logs_seal; insert into audit_logs (actor_type, action, outcome, chain_seq, chain_txn, hash) values ('SYSTEM', 'x', 'SUCCESS', ${c[2]! + 1000}, ${c[2]! + 1000}, 'x')`, () => c[2]! + 1000],
  ];

  it('an untouched trail verifies', async () => {
    await setup();
    expect(await verifyInDb(ctx.node.database.sql)).toMatchObject({ first_broken_seq: null });
  });

  for (const [name, statement, brokenAt] of cases) {
    it(`finds ${name}`, async () => {
      await setup();
      await inRolledBackTransaction(ctx.node, async (tx) => {
        await allowTampering(tx);
        await tx.unsafe(statement());
        const result = await verifyInDb(tx);
        expect(result.first_broken_seq).toBe(brokenAt());
      });
      // Each case was rolled back: the trail is intact again for the next.
      expect(await verifyInDb(ctx.node.database.sql)).toMatchObject({ first_broken_seq: null });
    });
  }
});
