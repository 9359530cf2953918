import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import type * as LoggerModule from '../../../src/logger';
import type * as SecretBoxModule from '../../../src/services/security/secret-box';
import { errorCode, member } from '../../fixtures/seed';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { auditRows } from '../auth/helpers';
import { enrolledMember, loginWithMfa, nextCode } from '../auth/mfa-helpers';

const MASTER = randomBytes(32).toString('base64');
const ctx = useCluster({ env: { ENCRYPTION_KEY: MASTER } });
const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const { SecretBox } = loadServerModule<typeof SecretBoxModule>('../../src/services/security/secret-box.ts');

const sealedKids = async () =>
  (await ctx.node.database.sql`select split_part(secret_sealed, '.', 2) as kid from user_totp`).map((r) => r.kid as string);
const activeKid = async () => (await ctx.node.database.sql`select kid from encryption_keys where status = 'ACTIVE'`)[0]!.kid as string;

describe('rotateEncryptionKey', () => {
  it('re-encrypts every sealed value with a new key, and TOTP keeps working', async () => {
    const a = await enrolledMember(ctx.node, ctx.owner);
    const b = await enrolledMember(ctx.node, ctx.owner);
    const old = await activeKid();
    expect(new Set(await sealedKids())).toEqual(new Set([old]));

    const { rotateEncryptionKey: r } = await ctx.owner.RotateEncryptionKey();
    expect(r.retiredKeyId).toBe(old);
    expect(r.keyId).not.toBe(old);
    expect(r.resealed).toBe(2);
    expect(await activeKid()).toBe(r.keyId);
    expect(new Set(await sealedKids())).toEqual(new Set([r.keyId]));
    const [{ n }] = await ctx.node.database.sql`select count(*)::int as n from user_totp where secret_sealed like ${`v1.${old}.%`}`;
    expect(n).toBe(0);

    expect((await loginWithMfa(ctx.node, a.email, a.password, nextCode(a.totp))).user.id).toBe(a.id);
    expect((await loginWithMfa(ctx.node, b.email, b.password, nextCode(b.totp))).user.id).toBe(b.id);
    const audit = await auditRows(ctx.owner, 'security.encryption_key_rotated');
    expect(audit[0]).toMatchObject({ targetId: r.keyId, metadata: { retiredKeyId: old, resealed: 2 } });
    expect(JSON.stringify(audit)).not.toContain(MASTER);
  });

  it('needs security:rotateKeys', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const before = await activeKid();
    expect(await errorCode(() => admin.client.RotateEncryptionKey())).toBe('FORBIDDEN');
    expect(await activeKid()).toBe(before);
  });

  it('opens nothing with a wrong master key, and re-wraps under a new one given the old as previous', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const log = createLogger('silent');
    const replacement = randomBytes(32).toString('hex');
    await expect(SecretBox.start(ctx.node.database, loadConfig({ ENCRYPTION_KEY: replacement }), log)).rejects.toThrow(/ENCRYPTION_KEYS_PREVIOUS/);

    const box = await SecretBox.start(ctx.node.database, loadConfig({ ENCRYPTION_KEY: replacement, ENCRYPTION_KEYS_PREVIOUS: MASTER }), log);
    const [row] = await ctx.node.database.sql`select secret_sealed from user_totp where user_id = ${m.id}`;
    const secret = await box.open(row!.secret_sealed as string, 'user_totp.secret_sealed');
    expect(m.otpauthUri).toContain(`secret=${secret}`);
    // Every data key is now wrapped by the replacement alone: the old master is no longer needed.
    const alone = await SecretBox.start(ctx.node.database, loadConfig({ ENCRYPTION_KEY: replacement }), log);
    expect(await alone.open(row!.secret_sealed as string, 'user_totp.secret_sealed')).toBe(secret);
  });
});
