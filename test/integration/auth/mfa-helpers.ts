import { TOTP, URI } from 'otpauth';
import type { ControlPlaneClient } from '../../../sdk';
import { member, type BuiltinSetName } from '../../fixtures/seed';
import type { TestNode } from '../../fixtures/test-node';
import { failure, withToken } from './helpers';

/** The code of the next time step: accepted (window +1) and later than anything used so far. */
export const nextCode = (totp: TOTP) => totp.generate({ timestamp: Date.now() + 30_000 });

/** A user holding `sets`, logged in, with TOTP enrolled and confirmed (with the current code). */
export async function enrolledMember(node: TestNode, owner: ControlPlaneClient, sets: BuiltinSetName[] = ['Viewer']) {
  const m = await member(node, owner, sets);
  const { enrollTotp } = await m.client.EnrollTotp();
  const totp = URI.parse(enrollTotp.otpauthUri) as TOTP;
  const { confirmTotp: recoveryCodes } = await m.client.ConfirmTotp({ code: totp.generate() });
  return { ...m, totp, recoveryCodes, otpauthUri: enrollTotp.otpauthUri };
}

/** Logs in expecting MFA_REQUIRED; returns the challenge and the advertised methods. */
export async function mfaChallenge(node: TestNode, email: string, password: string) {
  const e = await failure(() => node.anonymous().Login({ email, password }));
  if (e.code !== 'MFA_REQUIRED') throw new Error(`expected MFA_REQUIRED, got ${e.code}: ${e.message}`);
  const ext = e.errors[0]!.extensions as { challenge: string; methods: string[] };
  return { challenge: ext.challenge, methods: ext.methods };
}

/** Both steps of an MFA login; returns the payload and a client using it. */
export async function loginWithMfa(node: TestNode, email: string, password: string, code: string) {
  const { challenge } = await mfaChallenge(node, email, password);
  const { verifyMfa } = await node.anonymous().VerifyMfa({ challenge, code });
  return { ...verifyMfa, client: withToken(node, verifyMfa.accessToken) };
}
