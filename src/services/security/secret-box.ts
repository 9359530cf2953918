import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parseKey256, type Config } from '../../config';
import type { Database, DbOrTx } from '../../db/client';
import { getOrCreateSetting } from '../../db/queries/auth.queries';
import {
  findSetting,
  insertEncryptionKey,
  listEncryptionKeys,
  lockActiveKey,
  lockSealedValues,
  retireEncryptionKey,
  updateSealedValue,
  updateWrappedKey,
} from '../../db/queries/secrets.queries';
import type { Logger } from '../../logger';
import { macWith, masterKid, newDataKey, openWith, sealWith, SecretBoxError, type KeyMaterial } from './secret-box.crypto';
import type { SealedColumn } from './sealed-columns';

export { SecretBoxError } from './secret-box.crypto';

const MASTER_SETTING = 'encryption_master_key';
const WRAP_PURPOSE = 'encryption_keys.wrapped_key';

export interface RotationResult {
  kid: string;
  retiredKid: string | null;
  resealed: number;
}

/**
 * The only holder of raw key material. Two levels: a master key (ENCRYPTION_KEY, or one generated
 * into `settings` with a warning) wraps data keys kept in `encryption_keys`; data keys seal values.
 * Rotation makes a new active data key and re-seals every registered column; retired data keys are
 * kept so a value sealed elsewhere (a restored backup) still opens. Replacing the master key: move
 * the old one to ENCRYPTION_KEYS_PREVIOUS; at start-up the data keys are re-wrapped with the new one.
 */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();

  private constructor(
    private readonly database: Database,
    private readonly master: KeyMaterial,
    private readonly previousMasters: KeyMaterial[],
    private readonly log: Logger,
  ) {}

  static async start(database: Database, config: Config, log: Logger): Promise<SecretBox> {
    const db = database.db;
    const previous = (config.ENCRYPTION_KEYS_PREVIOUS ?? '').split(',').filter(Boolean).map((k) => parseKey256(k)!);
    let master: Buffer;
    if (config.ENCRYPTION_KEY) {
      master = parseKey256(config.ENCRYPTION_KEY)!;
      // A key generated before ENCRYPTION_KEY was set still opens what it wrapped, until re-wrapped.
      const generated = await findSetting(db, MASTER_SETTING);
      if (generated) previous.push(Buffer.from(generated, 'base64url'));
    } else {
      master = Buffer.from(await getOrCreateSetting(db, MASTER_SETTING, randomBytes(32).toString('base64url')), 'base64url');
      log.warn(
        'ENCRYPTION_KEY is not set: secrets at rest are sealed with a generated master key stored in the same database. Generate one (openssl rand -base64 32), keep it in a secret store and set ENCRYPTION_KEY.',
      );
    }
    const toMaterial = (key: Buffer) => ({ kid: masterKid(key), key });
    const box = new SecretBox(database, toMaterial(master), previous.map(toMaterial), log);
    await box.ensureActiveKey();
    await box.rewrapUnderCurrentMaster();
    return box;
  }

  /** Seals for one registered purpose with the active key, inside the caller's transaction. */
  async seal(tx: DbOrTx, plaintext: string, purpose: string): Promise<string> {
    const kid = await lockActiveKey(tx, 'share');
    if (!kid) throw new SecretBoxError('no active encryption key');
    return sealWith({ kid, key: await this.dataKey(kid) }, plaintext, purpose);
  }

  async open(sealed: string, purpose: string): Promise<string> {
    const kid = sealed.split('.')[1] ?? '';
    if (!this.keys.has(kid)) await this.load();
    return openWith((k) => this.keys.get(k), sealed, purpose);
  }

  /** New active data key; every registered column re-sealed with it, in the caller's transaction. */
  async rotate(tx: DbOrTx, columns: readonly SealedColumn[]): Promise<RotationResult> {
    const retiredKid = await lockActiveKey(tx, 'update');
    await this.load(tx);
    const fresh = newDataKey();
    if (retiredKid) await retireEncryptionKey(tx, retiredKid);
    await insertEncryptionKey(tx, { kid: fresh.kid, wrappedKey: this.wrap(fresh), status: 'ACTIVE' });
    let resealed = 0;
    for (const column of columns) {
      for (const row of await lockSealedValues(tx, column)) {
        const plain = openWith((k) => this.keys.get(k), row.value, column.purpose);
        await updateSealedValue(tx, column, row.id, sealWith(fresh, plain, column.purpose));
        resealed += 1;
      }
    }
    // Cached only now: if the transaction rolls back, the key id is simply never seen again.
    this.keys.set(fresh.kid, fresh.key);
    return { kid: fresh.kid, retiredKid, resealed };
  }

  /**
   * HMAC-SHA256 of `data` under a key derived (HKDF) from the master key for one purpose, with the
   * master's key id: the derived key is never stored, and a database alone cannot forge a MAC
   * (unless the master key itself was generated into the database: see the warning at start).
   */
  mac(purpose: string, data: string): { kid: string; mac: string } {
    return { kid: this.master.kid, mac: macWith(this.master.key, purpose, data) };
  }

  /** Checks a MAC made by mac() under the current or a previous master key (after rotation). */
  verifyMac(purpose: string, data: string, kid: string, mac: string): boolean {
    const master = [this.master, ...this.previousMasters].find((m) => m.kid === kid);
    if (!master) return false;
    const expected = Buffer.from(macWith(master.key, purpose, data), 'base64url');
    const given = Buffer.from(mac, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private wrap(material: KeyMaterial): string {
    return sealWith(this.master, material.key.toString('base64url'), `${WRAP_PURPOSE}.${material.kid}`);
  }

  private unwrap(kid: string, wrapped: string): Buffer {
    const masters = new Map([this.master, ...this.previousMasters].map((m) => [m.kid, m.key]));
    return Buffer.from(openWith((k) => masters.get(k), wrapped, `${WRAP_PURPOSE}.${kid}`), 'base64url');
  }

  private async dataKey(kid: string): Promise<Buffer> {
    if (!this.keys.has(kid)) await this.load();
    const key = this.keys.get(kid);
    if (!key) throw new SecretBoxError(`unknown key id ${kid}`);
    return key;
  }

  /** Reads every data key it can unwrap; one it cannot (a master key missing) is logged and skipped. */
  private async load(db: DbOrTx = this.database.db): Promise<void> {
    for (const row of await listEncryptionKeys(db)) {
      if (this.keys.has(row.kid)) continue;
      try {
        this.keys.set(row.kid, this.unwrap(row.kid, row.wrappedKey));
      } catch (err) {
        this.log.error({ kid: row.kid, status: row.status, reason: (err as Error).message }, 'encryption key cannot be unwrapped with the configured master keys');
      }
    }
  }

  private async ensureActiveKey(): Promise<void> {
    const rows = await listEncryptionKeys(this.database.db);
    if (rows.some((r) => r.status === 'ACTIVE')) return;
    const fresh = newDataKey();
    // Two nodes starting together: the partial unique index lets exactly one insert win.
    await insertEncryptionKey(this.database.db, { kid: fresh.kid, wrappedKey: this.wrap(fresh), status: 'ACTIVE' });
  }

  private async rewrapUnderCurrentMaster(): Promise<void> {
    await this.load();
    for (const row of await listEncryptionKeys(this.database.db)) {
      const key = this.keys.get(row.kid);
      if (!key) {
        if (row.status === 'ACTIVE') {
          throw new Error('ENCRYPTION_KEY does not open the active encryption key: put the former master key in ENCRYPTION_KEYS_PREVIOUS');
        }
        continue;
      }
      if (row.wrappedKey.split('.')[1] !== this.master.kid) {
        await updateWrappedKey(this.database.db, row.kid, this.wrap({ kid: row.kid, key }));
        this.log.info({ kid: row.kid }, 'encryption key re-wrapped under the current master key');
      }
    }
  }
}
