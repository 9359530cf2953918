import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type * as MigrateModule from '../../../src/db/migrate';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { verifyInDb } from '../../fixtures/audit-chain';
import { loadServerModule } from '../../fixtures/load';

const { runMigrations, MIGRATIONS_DIR } = loadServerModule<typeof MigrateModule>('../../src/db/migrate.ts');

/** The migrations up to (not including) `tag`: the schema as it was before that change. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  const entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  for (const e of entries) copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

let db: IsolatedDatabase | undefined;
let sql: postgres.Sql | undefined;
let oldDir: string | undefined;
afterAll(async () => {
  await sql?.end({ timeout: 1 });
  await db?.drop();
  if (oldDir) rmSync(oldDir, { recursive: true, force: true });
});

describe('migration to one block per transaction', () => {
  it('keeps a chain written row by row verifiable, and the new blocks continue from its head', async () => {
    db = await createIsolatedDatabase(inject('databaseUrl'));
    sql = postgres(db.url, { max: 2, onnotice: () => undefined });
    oldDir = migrationsBefore('0008_audit_chain_blocks');
    await runMigrations(db.url, oldDir);
    // Written by the former per-row trigger, one transaction with several rows among them.
    await sql`insert into audit_logs (actor_type, action, outcome) select 'SYSTEM', 'legacy.one', 'SUCCESS' from generate_series(1, 30)`;
    await sql`insert into audit_logs (actor_type, action, outcome) values ('SYSTEM', 'legacy.two', 'SUCCESS')`;
    const [legacyHead] = await sql<[{ seq: number; hash: string }]>`select seq::int, hash from audit_chain_head`;
    expect(legacyHead.seq).toBe(31);

    await runMigrations(db.url);
    const [block0] = await sql<[{ hash: string; chained_rows: number }]>`select hash, chained_rows::int from audit_chain_blocks where block_seq = 0`;
    expect(block0).toEqual({ hash: legacyHead.hash, chained_rows: 31 });
    await sql`insert into audit_logs (actor_type, action, outcome) select 'SYSTEM', 'new.one', 'SUCCESS' from generate_series(1, 5)`;
    const [first] = await sql<[{ prev_hash: string; chain_seq: number }]>`
      select b.prev_hash, l.chain_seq::int from audit_chain_blocks b join audit_logs l on l.chain_seq = b.first_seq where b.block_seq = 1`;
    // Numbering and hashing continue from the former head.
    expect(first).toEqual({ prev_hash: legacyHead.hash, chain_seq: 32 });
    expect(await verifyInDb(sql)).toEqual({ checked: 36, first_broken_seq: null, head_seq: 36 });

    // An edit among the rows chained by the former trigger is still found.
    const conn = await sql.reserve();
    try {
      await conn`begin`;
      await conn`alter table audit_logs disable trigger audit_logs_no_update_delete`;
      await conn`update audit_logs set action = 'x' where chain_seq = 12`;
      expect(await verifyInDb(conn)).toEqual({ checked: 11, first_broken_seq: 12, head_seq: 36 });
    } finally {
      await conn`rollback`;
      conn.release();
    }
  });
});
