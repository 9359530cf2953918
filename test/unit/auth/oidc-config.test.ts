import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { failureDetail } from '../../../src/services/auth/oidc-refusal';

const base = { OIDC_ISSUER: 'https://id.example.test', OIDC_CLIENT_ID: 'cp', OIDC_REDIRECT_URI: 'https://cp.example.test/auth/callback' };

describe('OIDC configuration', () => {
  it('is off unless both issuer and client id are set, with the documented defaults', () => {
    expect(loadConfig({}).oidcEnabled).toBe(false);
    expect(loadConfig({ OIDC_ISSUER: base.OIDC_ISSUER }).oidcEnabled).toBe(false);
    const cfg = loadConfig(base);
    expect(cfg.oidcEnabled).toBe(true);
    expect(cfg).toMatchObject({ OIDC_SCOPES: 'openid email profile', OIDC_ALLOW_SIGNUP: false, OIDC_GROUPS_CLAIM: 'groups', OIDC_GROUP_SETS: {} });
  });

  it('parses OIDC_GROUP_SETS as a JSON object of group -> set name, and refuses anything else', () => {
    expect(loadConfig({ ...base, OIDC_GROUP_SETS: '{"sre":"Admin","devs":"Developer"}' }).OIDC_GROUP_SETS).toEqual({ sre: 'Admin', devs: 'Developer' });
    expect(() => loadConfig({ ...base, OIDC_GROUP_SETS: '{not json' })).toThrow(/OIDC_GROUP_SETS: must be a JSON object/);
    expect(() => loadConfig({ ...base, OIDC_GROUP_SETS: '["Admin"]' })).toThrow(/OIDC_GROUP_SETS/);
    expect(() => loadConfig({ ...base, OIDC_GROUP_SETS: '{"sre":42}' })).toThrow(/OIDC_GROUP_SETS/);
  });

  it('requires a redirect URI, an openid scope, and https unless the issuer is on loopback', () => {
    expect(() => loadConfig({ ...base, OIDC_REDIRECT_URI: undefined })).toThrow(/OIDC_REDIRECT_URI/);
    expect(() => loadConfig({ ...base, OIDC_SCOPES: 'email profile' })).toThrow(/OIDC_SCOPES/);
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'http://id.example.test' })).toThrow(/OIDC_ISSUER: must be https/);
    expect(loadConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidcEnabled).toBe(true);
    expect(loadConfig({ ...base, OIDC_ISSUER: 'http://localhost:9000' }).oidcEnabled).toBe(true);
  });
});

describe('failureDetail', () => {
  it('keeps error codes and the mismatched claim name, never messages or values', () => {
    const wrapped = Object.assign(new Error('unexpected ID Token "nonce" claim value: eyJhbGciOi.secret'), {
      code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      cause: { claim: 'nonce', expected: 'the-stored-nonce' },
    });
    expect(failureDetail(wrapped)).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED claim:nonce');
    expect(failureDetail(Object.assign(new Error('body: {"access_token":"abc"}'), { error: 'invalid_grant' }))).toBe('invalid_grant');
    expect(failureDetail(new TypeError('fetch failed: token=abc'))).toBe('TypeError');
    expect(failureDetail('x')).toBe('unknown');
  });
});
