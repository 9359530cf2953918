import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { SECURITY_EVENT_KIND_VALUES, SECURITY_SEVERITY_VALUES } from '../../../src/schema/security/security-event.type';
import { SECURITY_EVENT_KINDS, SECURITY_SEVERITIES } from '../../../src/services/security/security-event-kinds';
import { isOwnerLevel } from '../../../src/services/security/threat-detector';

describe('security event kinds', () => {
  it('the GraphQL enums list exactly the kinds and severities the services raise', () => {
    expect([...SECURITY_EVENT_KIND_VALUES].sort()).toEqual([...SECURITY_EVENT_KINDS].sort());
    // Order matters for severities: minSeverity filters by position.
    expect([...SECURITY_SEVERITY_VALUES]).toEqual([...SECURITY_SEVERITIES]);
  });
});

describe('isOwnerLevel', () => {
  it('is ALLOW * on ALL, and nothing narrower', () => {
    expect(isOwnerLevel([{ effect: 'ALLOW', action: '*', scope: { kind: 'ALL' } }])).toBe(true);
    expect(isOwnerLevel([{ effect: 'DENY', action: '*', scope: { kind: 'ALL' } }])).toBe(false);
    expect(isOwnerLevel([{ effect: 'ALLOW', action: 'users:*', scope: { kind: 'ALL' } }])).toBe(false);
    expect(isOwnerLevel([{ effect: 'ALLOW', action: '*', scope: { kind: 'SELF' } }])).toBe(false);
    expect(isOwnerLevel([{ effect: 'ALLOW', action: '*', scope: { kind: 'IDS', ids: ['x'] } }])).toBe(false);
  });
});
