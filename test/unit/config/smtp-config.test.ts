import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { redactConfig } from '../../../src/config-secrets';

describe('report mail configuration', () => {
  it('needs SMTP_FROM with SMTP_URL, accepts smtp(s) only, and treats SMTP_URL as a secret', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:p@mail.example.com:587' })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'https://mail.example.com', SMTP_FROM: 'r@example.com' })).toThrow(/SMTP_URL/);
    const config = loadConfig({ SMTP_URL: 'smtps://u:pw-secret@mail.example.com', SMTP_FROM: 'reports@example.com' });
    expect(config).toMatchObject({ SMTP_REQUIRE_TLS: true, REPORT_EMAIL_MAX_ATTACHMENT_MB: 20, REPORT_SCHEDULE_CLAIM_LIMIT: 100 });
    expect(JSON.stringify(redactConfig(config))).not.toContain('pw-secret');
  });
});
