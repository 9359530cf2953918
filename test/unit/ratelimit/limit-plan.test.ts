import { describe, expect, it } from 'vitest';
import type { RateLimitPolicyRow } from '../../../src/db/schema';
import type * as PlanModule from '../../../src/services/ratelimit/limit-plan';
import { loadServerModule } from '../../fixtures/load';

const { compilePolicies, parseIpSubject, planLimits } = loadServerModule<typeof PlanModule>('../../src/services/ratelimit/limit-plan.ts');

const defaults = { perUserPerMinute: 600, anonymousPerIpPerMinute: 120, costPerMinute: 50_000 };
let n = 0;
const policy = (p: Partial<RateLimitPolicyRow> & Pick<RateLimitPolicyRow, 'subjectKind' | 'subjectValue'>): RateLimitPolicyRow => ({
  id: `00000000-0000-0000-0000-00000000000${(n += 1)}`,
  name: `p${n}`,
  requestsPerWindow: 10,
  windowSeconds: 60,
  costPerMinute: null,
  enabled: true,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...p,
});
const facts = (f: Partial<PlanModule.RequestFacts> = {}): PlanModule.RequestFacts => ({ userId: null, setIds: new Set(), ip: '10.1.2.3', rootFields: [], cost: null, ...f });
const summary = (plan: PlanModule.PlannedLimit[]) => plan.map((l) => `${l.kind}:${l.policy}:${l.key}:${l.points}/${l.charge}`);

describe('parseIpSubject', () => {
  it('accepts addresses and CIDRs, normalises IPv4-mapped IPv6, refuses the rest', () => {
    expect(parseIpSubject('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseIpSubject('::ffff:10.0.0.1')).toEqual({ address: '10.0.0.1', prefix: 32, family: 'ipv4' });
    expect(parseIpSubject('2001:DB8::/32')).toEqual({ address: '2001:db8::', prefix: 32, family: 'ipv6' });
    for (const bad of ['10.0.0.0/33', '10.0.0.256', 'localhost', '10.0.0.0/8/1', '10.0.0.0/', '::/129']) expect(parseIpSubject(bad), bad).toBeNull();
  });
});

describe('planLimits', () => {
  it('counts an anonymous caller by IP with the default limit and budget', () => {
    expect(summary(planLimits(compilePolicies([]), facts({ cost: 7 }), defaults))).toEqual(['anonymous_ip:default:ip:10.1.2.3:120/1', 'cost:default:ip:10.1.2.3:50000/7']);
  });

  it('replaces the default user limit with USER and PERMISSION_SET policies, and their budgets', () => {
    const own = policy({ subjectKind: 'USER', subjectValue: 'u1', requestsPerWindow: 5 });
    const set = policy({ subjectKind: 'PERMISSION_SET', subjectValue: 's1', requestsPerWindow: 50, costPerMinute: 900 });
    const other = policy({ subjectKind: 'USER', subjectValue: 'u2' });
    const compiled = compilePolicies([own, set, other]);
    expect(summary(planLimits(compiled, facts({ userId: 'u1', setIds: new Set(['s1']), cost: 3 }), defaults))).toEqual([
      `user:${own.name}:u:u1:5/1`,
      `permission_set:${set.name}:u:u1:50/1`,
      `cost:${set.name}:u:u1:900/3`,
    ]);
    expect(summary(planLimits(compiled, facts({ userId: 'u3', cost: 3 }), defaults))).toEqual(['user:default:u:u3:600/1', 'cost:default:u:u3:50000/3']);
  });

  it('adds OPERATION policies per root field and IP policies per address; ignores disabled ones', () => {
    const op = policy({ subjectKind: 'OPERATION', subjectValue: 'createUser', requestsPerWindow: 2 });
    const net = policy({ subjectKind: 'IP', subjectValue: '10.0.0.0/8', requestsPerWindow: 1000 });
    const off = policy({ subjectKind: 'OPERATION', subjectValue: 'me', enabled: false });
    const compiled = compilePolicies([op, net, off]);
    expect(summary(planLimits(compiled, facts({ userId: 'u1', ip: '::ffff:10.9.9.9', rootFields: ['createUser', 'createUser', 'me'] }), defaults))).toEqual([
      'user:default:u:u1:600/1',
      `ip:${net.name}:ip:10.9.9.9:1000/1`,
      `operation:${op.name}:u:u1:2/1`,
    ]);
    // Anonymous from a matching range: the IP policy replaces the default anonymous limit.
    expect(summary(planLimits(compiled, facts({ ip: '10.0.0.1' }), defaults))).toEqual([`ip:${net.name}:ip:10.0.0.1:1000/1`]);
    expect(summary(planLimits(compiled, facts({ ip: '192.168.0.1' }), defaults))).toEqual(['anonymous_ip:default:ip:192.168.0.1:120/1']);
  });
});
