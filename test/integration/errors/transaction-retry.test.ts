import { describe, expect, it } from 'vitest';
import type * as DrizzleModule from 'drizzle-orm';
import type * as UnitOfWorkModule from '../../../src/services/shared/unit-of-work';
import type * as RegistryModule from '../../../src/metrics/registry';
import type * as AppErrorModule from '../../../src/errors/app-error';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';

const { sql } = loadServerModule<typeof DrizzleModule>('drizzle-orm');
const { inTransaction } = loadServerModule<typeof UnitOfWorkModule>('../../src/services/shared/unit-of-work.ts');
const { metricsRegistry } = loadServerModule<typeof RegistryModule>('../../src/metrics/registry.ts');
const { AppError } = loadServerModule<typeof AppErrorModule>('../../src/errors/app-error.ts');

const fx = useCluster({ owner: false });

async function retriesCounted(reason: string): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric('control_plane_db_transaction_retries_total')!.get();
  return metric.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}

/** Resolves once `n` callers have arrived. */
function barrier(n: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    arrived += 1;
    if (arrived >= n) open();
    await opened;
  };
}

describe('unit of work: transient database errors are retried', () => {
  it('two SERIALIZABLE transactions updating the same row: the loser gets 40001, is run again, and no update is lost', async () => {
    const { deps } = fx.node;
    await deps.database.sql`create table if not exists retry_probe (id int primary key, n int not null)`;
    await deps.database.sql`insert into retry_probe values (1, 0) on conflict (id) do update set n = 0`;
    const before = await retriesCounted('40001');
    const bothRead = barrier(2);
    let attempts = 0;
    let effects = 0;
    const increment = () =>
      inTransaction(deps, deps.log, async (uow) => {
        attempts += 1;
        await uow.tx.execute(sql`set transaction isolation level serializable`);
        const [row] = await uow.tx.execute<{ n: number }>(sql`select n from retry_probe where id = 1`);
        // Both first attempts have read the row before either writes: one of them must lose.
        await bothRead();
        await uow.tx.execute(sql`update retry_probe set n = ${row!.n + 1} where id = 1`);
        uow.afterCommit(() => (effects += 1));
        return row!.n + 1;
      });
    const results = await Promise.all([increment(), increment()]);

    expect(attempts).toBe(3);
    expect(results.sort()).toEqual([1, 2]);
    expect(effects, 'after-commit effects run once per committed transaction, never per attempt').toBe(2);
    const [final] = await deps.database.sql<{ n: number }[]>`select n from retry_probe where id = 1`;
    expect(final!.n).toBe(2);
    expect((await retriesCounted('40001')) - before).toBe(1);
  });

  it('a deadlock (40P01) between two transactions is retried too', async () => {
    const { deps } = fx.node;
    await deps.database.sql`create table if not exists deadlock_probe (id int primary key, n int not null)`;
    await deps.database.sql`insert into deadlock_probe values (1, 0), (2, 0) on conflict (id) do update set n = 0`;
    const before = await retriesCounted('40P01');
    const bothLocked = barrier(2);
    let attempts = 0;
    const lockBoth = (first: number, second: number) =>
      inTransaction(deps, deps.log, async (uow) => {
        attempts += 1;
        await uow.tx.execute(sql`update deadlock_probe set n = n + 1 where id = ${first}`);
        await bothLocked();
        await uow.tx.execute(sql`update deadlock_probe set n = n + 1 where id = ${second}`);
      });
    await Promise.all([lockBoth(1, 2), lockBoth(2, 1)]);

    expect(attempts).toBe(3);
    const rows = await deps.database.sql<{ n: number }[]>`select n from deadlock_probe order by id`;
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
    expect((await retriesCounted('40P01')) - before).toBe(1);
  });

  it('errors that are not transient are not retried', async () => {
    const { deps } = fx.node;
    let attempts = 0;
    await expect(
      inTransaction(deps, deps.log, async () => {
        attempts += 1;
        throw AppError.conflict('no');
      }),
    ).rejects.toThrow('no');
    await expect(
      inTransaction(deps, deps.log, async (uow) => {
        attempts += 1;
        await uow.tx.execute(sql`select 1/0`);
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(2);
  });

  it('a conflict that keeps happening stops after DB_TRANSACTION_MAX_ATTEMPTS', async () => {
    const { deps } = fx.node;
    let attempts = 0;
    await expect(
      inTransaction(deps, deps.log, async (uow) => {
        attempts += 1;
        // raise a real serialization_failure SQLSTATE from PostgreSQL on every attempt
        await uow.tx.execute(sql`do $$ begin raise exception 'forced' using errcode = '40001'; end $$`);
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(deps.config.DB_TRANSACTION_MAX_ATTEMPTS);
  });
});
