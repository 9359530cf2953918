import { AsyncLocalStorage } from 'node:async_hooks';
import { POOL_SIZE, type Database } from '../../db/client';
import { DatabaseUnavailableError } from '../../errors/unavailable';
import { dbTransactionSlotsInUse, dbTransactionSlotsWaiting } from '../../metrics/registry';

/**
 * Connections a transaction may not take. Code inside a transaction also reads outside it
 * (permission compiles, outrank checks, a refusal written on its own): if every pooled connection
 * were held by a transaction waiting for one more, all of them would wait forever. Capping
 * concurrent transactions below the pool size keeps these connections free for those reads.
 */
const RESERVED_CONNECTIONS = 3;

const inside = new AsyncLocalStorage<true>();
const slotsByDatabase = new WeakMap<Database, Slots>();

class Slots {
  private free = POOL_SIZE - RESERVED_CONNECTIONS;
  private readonly waiting: Array<() => void> = [];

  /** Read at scrape time; the sources are dropped with the database (see withTransactionSlot). */
  watch(): () => void {
    const stopInUse = dbTransactionSlotsInUse.sources.add(() => POOL_SIZE - RESERVED_CONNECTIONS - this.free);
    const stopWaiting = dbTransactionSlotsWaiting.sources.add(() => this.waiting.length);
    return () => (stopInUse(), stopWaiting());
  }

  /** Waits at most `timeoutMs` (then UNAVAILABLE, as a wait for a connection would be). */
  async acquire(timeoutMs: number): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else {
      await new Promise<void>((resolve, reject) => {
        const granted = () => (clearTimeout(timer), resolve());
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(granted), 1);
          reject(new DatabaseUnavailableError('timeout'));
        }, timeoutMs);
        this.waiting.push(granted);
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}

/**
 * Runs `work` holding a transaction slot of `database`. A transaction opened inside another (a
 * refusal audited on its own) takes no slot: it draws on the reserve, or it could wait for itself.
 */
export async function withTransactionSlot<T>(database: Database, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  if (inside.getStore()) return work();
  let slots = slotsByDatabase.get(database);
  if (!slots) {
    slotsByDatabase.set(database, (slots = new Slots()));
    database.onClose(slots.watch());
  }
  const release = await slots.acquire(timeoutMs);
  try {
    return await inside.run(true, work);
  } finally {
    release();
  }
}
