import { BlockList, isIP } from 'node:net';
import type { RateLimitPolicyRow } from '../../db/schema';

/** The metric label and stats kind of a limit; a small closed set, so /metrics stays bounded. */
export type LimitKind = 'user' | 'anonymous_ip' | 'permission_set' | 'operation' | 'ip' | 'cost';

/** One counter a request is charged against. */
export interface PlannedLimit {
  kind: LimitKind;
  /** Policy name as shown in headers and stats; `default` for the configured defaults. */
  policy: string;
  /** Namespaces the counter: a policy's counters stay its own. */
  counter: string;
  /** Who is counted: `u:<userId>` or `ip:<address>`. */
  key: string;
  points: number;
  windowSeconds: number;
  /** Points this request takes (1, or the query's complexity for cost budgets). */
  charge: number;
}

export interface RequestFacts {
  userId: string | null;
  /** Permission sets the user holds (directly or inherited), still unexpired. */
  setIds: ReadonlySet<string>;
  ip: string | null;
  rootFields: readonly string[];
  /** Estimated complexity; null when unknown (invalid variables: execution refuses it anyway). */
  cost: number | null;
}

export interface Defaults {
  perUserPerMinute: number;
  anonymousPerIpPerMinute: number;
  costPerMinute: number;
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same caller. */
export function normalizeIp(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return (mapped ? mapped[1]! : ip).toLowerCase();
}

/** An IP or CIDR in canonical text, or null when it is neither. */
export function parseIpSubject(value: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [raw, bits, ...rest] = value.trim().split('/');
  if (rest.length > 0 || !raw) return null;
  const address = normalizeIp(raw);
  const version = isIP(address);
  if (version === 0) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Policies prepared for matching: IP subjects compiled into block lists once per load. */
export interface CompiledPolicies {
  byUser: Map<string, RateLimitPolicyRow[]>;
  bySet: Map<string, RateLimitPolicyRow[]>;
  byOperation: Map<string, RateLimitPolicyRow[]>;
  byIp: Array<{ policy: RateLimitPolicyRow; list: BlockList }>;
}

export function compilePolicies(rows: readonly RateLimitPolicyRow[]): CompiledPolicies {
  const compiled: CompiledPolicies = { byUser: new Map(), bySet: new Map(), byOperation: new Map(), byIp: [] };
  const push = (map: Map<string, RateLimitPolicyRow[]>, key: string, row: RateLimitPolicyRow) => map.set(key, [...(map.get(key) ?? []), row]);
  for (const row of rows) {
    if (!row.enabled) continue;
    if (row.subjectKind === 'USER') push(compiled.byUser, row.subjectValue, row);
    else if (row.subjectKind === 'PERMISSION_SET') push(compiled.bySet, row.subjectValue, row);
    else if (row.subjectKind === 'OPERATION') push(compiled.byOperation, row.subjectValue, row);
    else {
      const subject = parseIpSubject(row.subjectValue);
      if (!subject) continue;
      const list = new BlockList();
      list.addSubnet(subject.address, subject.prefix, subject.family);
      compiled.byIp.push({ policy: row, list });
    }
  }
  return compiled;
}

function matchesIp(list: BlockList, ip: string): boolean {
  const version = isIP(ip);
  return version !== 0 && list.check(ip, version === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Which counters a request is charged against. A user is counted by their USER and
 * PERMISSION_SET policies when any match, otherwise by the default per-user limit; an anonymous
 * caller by matching IP policies, otherwise by the default per-IP limit. OPERATION policies (per
 * root field, so renaming the operation does not dodge them) and IP policies apply on top. The
 * cost budget is the matching subject policies' own, or the default.
 */
export function planLimits(policies: CompiledPolicies, facts: RequestFacts, defaults: Defaults): PlannedLimit[] {
  const ip = facts.ip ? normalizeIp(facts.ip) : null;
  const caller = facts.userId ? `u:${facts.userId}` : `ip:${ip ?? 'unknown'}`;
  const plan: PlannedLimit[] = [];
  const fromPolicy = (kind: LimitKind, p: RateLimitPolicyRow, key: string) =>
    plan.push({ kind, policy: p.name, counter: `p:${p.id}`, key, points: p.requestsPerWindow, windowSeconds: p.windowSeconds, charge: 1 });

  const ipPolicies = ip ? policies.byIp.filter((e) => matchesIp(e.list, ip)).map((e) => e.policy) : [];
  const subjectPolicies: RateLimitPolicyRow[] = [];
  if (facts.userId) {
    for (const p of policies.byUser.get(facts.userId) ?? []) subjectPolicies.push(p);
    for (const setId of facts.setIds) for (const p of policies.bySet.get(setId) ?? []) subjectPolicies.push(p);
    for (const p of subjectPolicies) fromPolicy(p.subjectKind === 'USER' ? 'user' : 'permission_set', p, caller);
    if (subjectPolicies.length === 0) {
      plan.push({ kind: 'user', policy: 'default', counter: 'user', key: caller, points: defaults.perUserPerMinute, windowSeconds: 60, charge: 1 });
    }
  } else {
    subjectPolicies.push(...ipPolicies);
    if (ipPolicies.length === 0) {
      plan.push({ kind: 'anonymous_ip', policy: 'default', counter: 'anon', key: caller, points: defaults.anonymousPerIpPerMinute, windowSeconds: 60, charge: 1 });
    }
  }
  for (const p of ipPolicies) fromPolicy('ip', p, `ip:${ip}`);
  const operations = new Set(facts.rootFields);
  for (const field of operations) for (const p of policies.byOperation.get(field) ?? []) fromPolicy('operation', p, caller);

  if (facts.cost !== null && facts.cost > 0) {
    const budgets = subjectPolicies.filter((p) => p.costPerMinute !== null);
    if (budgets.length === 0) {
      plan.push({ kind: 'cost', policy: 'default', counter: 'cost', key: caller, points: defaults.costPerMinute, windowSeconds: 60, charge: facts.cost });
    }
    for (const p of budgets) {
      plan.push({ kind: 'cost', policy: p.name, counter: `pc:${p.id}`, key: caller, points: p.costPerMinute!, windowSeconds: 60, charge: facts.cost });
    }
  }
  return plan;
}
