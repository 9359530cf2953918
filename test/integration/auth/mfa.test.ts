import { describe, expect, it } from 'vitest';
import { Secret } from 'otpauth';
import { errorCode, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { auditRows, failure, login } from './helpers';
import { enrolledMember, loginWithMfa, mfaChallenge, nextCode } from './mfa-helpers';

const ctx = useCluster();

describe('TOTP enrolment and the MFA login', () => {
  it('enrols, confirms with recovery codes, then login needs verifyMfa', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    expect(m.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(m.recoveryCodes).toHaveLength(10);
    expect(new Set(m.recoveryCodes).size).toBe(10);
    expect((await m.client.Me()).me.mfaEnabled).toBe(true);

    const { challenge, methods } = await mfaChallenge(ctx.node, m.email, m.password);
    expect(methods).toEqual(['TOTP', 'RECOVERY_CODE']);
    const { verifyMfa } = await ctx.node.anonymous().VerifyMfa({ challenge, code: nextCode(m.totp) });
    expect(verifyMfa.user).toMatchObject({ id: m.id, mfaEnabled: true });
    expect((await m.client.Sessions({ first: 10 })).sessions.edges).toHaveLength(2);
    // Single use: the same challenge cannot open a second session, even with a valid recovery code.
    expect(await errorCode(() => ctx.node.anonymous().VerifyMfa({ challenge, code: m.recoveryCodes[0]! }))).toBe('UNAUTHENTICATED');
    expect((await m.client.Sessions({ first: 10 })).sessions.edges).toHaveLength(2);
  });

  it('returns an SVG QR code for the enrolment', async () => {
    const { client } = await enrolledMember(ctx.node, ctx.owner);
    // Already enabled: a new enrolment is refused rather than replacing the working authenticator.
    expect(await errorCode(() => client.EnrollTotp())).toBe('CONFLICT');
    const fresh = await member(ctx.node, ctx.owner, ['Viewer']);
    const { enrollTotp } = await fresh.client.EnrollTotp();
    expect(enrollTotp.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await fresh.client.Me()).me.mfaEnabled).toBe(false);
    // Not confirmed yet: the password alone still logs in.
    expect((await login(ctx.node, fresh.email, fresh.password)).accessToken).toBeTruthy();
  });

  it('refuses a TOTP code replayed in the same time step', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const code = nextCode(m.totp);
    await loginWithMfa(ctx.node, m.email, m.password, code);
    const { challenge } = await mfaChallenge(ctx.node, m.email, m.password);
    expect(await errorCode(() => ctx.node.anonymous().VerifyMfa({ challenge, code }))).toBe('UNAUTHENTICATED');
    expect((await m.client.Sessions({ first: 10 })).sessions.edges).toHaveLength(2);
  });

  it('kills the challenge after three wrong codes, and audits each', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const { challenge } = await mfaChallenge(ctx.node, m.email, m.password);
    for (const wrong of ['000000', '111111', 'not-a-recovery-code']) {
      const e = await failure(() => ctx.node.anonymous().VerifyMfa({ challenge, code: wrong }));
      expect(e.code).toBe('UNAUTHENTICATED');
    }
    // A right code no longer helps on this challenge, and is not used up by trying.
    const dead = await failure(() => ctx.node.anonymous().VerifyMfa({ challenge, code: m.recoveryCodes[0]! }));
    expect(dead.message).toMatch(/invalid or expired/);
    expect((await m.client.Sessions({ first: 10 })).sessions.edges).toHaveLength(1);
    const failed = (await auditRows(ctx.owner, 'auth.mfa_failed')).filter((r) => r.targetId === m.id);
    expect(failed).toHaveLength(3);
    expect(JSON.stringify(failed)).not.toContain('111111');
    const fresh = await loginWithMfa(ctx.node, m.email, m.password, m.recoveryCodes[0]!);
    expect(fresh.user.id).toBe(m.id);
  });

  it('accepts each recovery code once', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const code = m.recoveryCodes[3]!;
    await loginWithMfa(ctx.node, m.email, m.password, code.toUpperCase());
    const used = (await auditRows(ctx.owner, 'mfa.recovery_code_used')).filter((r) => r.targetId === m.id);
    expect(used).toHaveLength(1);
    expect(used[0]!.metadata).toMatchObject({ remaining: 9 });
    const { challenge } = await mfaChallenge(ctx.node, m.email, m.password);
    expect(await errorCode(() => ctx.node.anonymous().VerifyMfa({ challenge, code }))).toBe('UNAUTHENTICATED');
  });

  it('needs a second factor to disable TOTP, and raises MFA_DISABLED', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const missing = await failure(() => m.client.DisableTotp({}));
    expect(missing.code).toBe('STEP_UP_REQUIRED');
    expect(missing.errors[0]!.extensions?.methods).toEqual(['TOTP', 'RECOVERY_CODE']);
    expect(await errorCode(() => m.client.DisableTotp({ code: '123456' }))).toBe('FORBIDDEN');
    expect((await m.client.Me()).me.mfaEnabled).toBe(true);
    await mfaChallenge(ctx.node, m.email, m.password);

    expect((await m.client.DisableTotp({ code: m.recoveryCodes[0]! })).disableTotp).toBe(true);
    expect((await m.client.Me()).me.mfaEnabled).toBe(false);
    expect((await login(ctx.node, m.email, m.password)).user.id).toBe(m.id);
    expect((await auditRows(ctx.owner, 'mfa.disabled')).filter((r) => r.targetId === m.id)).toHaveLength(1);
    const events = await ctx.node.database.sql`select kind, severity from security_events where user_id = ${m.id}`;
    expect(events.map((e) => e.kind)).toEqual(['MFA_DISABLED']);
  });

  it('stores the secret sealed, and never shows it in audit rows', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const secret = new URL(m.otpauthUri).searchParams.get('secret')!;
    expect(Secret.fromBase32(secret).bytes.length).toBe(20);
    const [row] = await ctx.node.database.sql`select secret_sealed from user_totp where user_id = ${m.id}`;
    expect(row!.secret_sealed).toMatch(/^v1\.k[0-9a-f]+\./);
    expect(row!.secret_sealed).not.toContain(secret);
    const audit = await ctx.node.database.sql`select coalesce(changes::text, '') || coalesce(metadata::text, '') as body from audit_logs`;
    expect(audit.some((a) => String(a.body).includes(secret))).toBe(false);
    const [{ n }] = await ctx.node.database.sql`select count(*)::int as n from mfa_recovery_codes where code_hash = ${m.recoveryCodes[0]!}`;
    expect(n).toBe(0);
  });

  it('lets an owner reset a second factor, but not a user without security:resetMfa', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner);
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    expect(await errorCode(() => admin.client.ResetMfa({ userId: m.id }))).toBe('FORBIDDEN');
    expect((await m.client.Me()).me.mfaEnabled).toBe(true);
    expect((await ctx.owner.ResetMfa({ userId: m.id })).resetMfa).toBe(true);
    expect((await ctx.owner.User({ id: m.id })).user?.mfaEnabled).toBe(false);
    expect((await login(ctx.node, m.email, m.password)).user.id).toBe(m.id);
    const [event] = await ctx.node.database.sql`select severity from security_events where user_id = ${m.id} and kind = 'MFA_DISABLED'`;
    expect(event!.severity).toBe('HIGH');
  });
});
