import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { member } from '../../fixtures/seed';

// The graphql-http suite against a real server, as a Developer's client sends it: several audits
// read `__type`, which needs schema:introspect (or GRAPHQL_INTROSPECTION=true).
const ctx = useCluster({ env: { NODE_ENV: 'production' } });
let token: string;
beforeAll(async () => {
  const developer = await member(ctx.node, ctx.owner, ['Developer']);
  token = (await ctx.node.anonymous().Login({ email: developer.email, password: developer.password })).login.accessToken;
});

type AuditResults = Array<{ id: string; name: string; status: string; reason?: string }>;

async function runAudits(headers: Record<string, string>): Promise<AuditResults> {
  const fetchFn = (input: string, init: RequestInit = {}) =>
    fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
  return Promise.all(
    serverAudits({ url: () => ctx.node.url, fetchFn }).map(async (audit) => {
      const result = await audit.fn();
      return { id: audit.id, name: audit.name, status: result.status, reason: 'reason' in result ? result.reason : undefined };
    }),
  );
}

const failures = (results: AuditResults, level: 'MUST' | 'SHOULD' | 'MAY') =>
  results.filter((r) => r.name.startsWith(level) && r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${r.reason ?? ''}`);

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST, SHOULD and MAY audit with a bearer token', async () => {
    const results = await runAudits({ authorization: `Bearer ${token}` });
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThan(10);
    expect(failures(results, 'MUST')).toEqual([]);
    expect(failures(results, 'SHOULD')).toEqual([]);
    expect(failures(results, 'MAY')).toEqual([]);
  });

  it('anonymously, only the CSRF guard (GETs without a preflight-forcing header) and introspection differ', async () => {
    const results = await runAudits({});
    // Anonymous callers may not read `__type` here: the three audits that do get 401.
    expect(failures(results, 'MUST').map((f) => f.slice(0, 4)).sort()).toEqual(['28B9', 'BF61']);
    expect(failures(results, 'SHOULD').map((f) => f.slice(0, 4))).toEqual(['2EA1']);
    // A GET that a browser could send cross-site without a preflight is refused (400) by design.
    expect(failures(results, 'MAY').map((f) => f.slice(0, 4)).sort()).toEqual(['5A70', '6A70', 'D6D5']);
  });
});
