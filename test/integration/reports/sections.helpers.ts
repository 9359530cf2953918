import type { ControlPlaneClient, GrantInput } from '../../../sdk';
import type * as AuthorizerModule from '../../../src/authz/authorizer';
import type { ReportRow, ReportSection } from '../../../src/services/reports/report-document';
import type { Granularity, SectionContext } from '../../../src/services/reports/sections/section-source';
import type * as MoreSources from '../../../src/services/reports/sections/more-sources';
import { loadServerModule } from '../../fixtures/load';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import type { TestNode } from '../../fixtures/test-node';
import { customSet } from '../permissions/features.helpers';

const { Authorizer } = loadServerModule<typeof AuthorizerModule>('../../src/authz/authorizer.ts');
export const { MORE_SECTION_SOURCES } = loadServerModule<typeof MoreSources>('../../src/services/reports/sections/more-sources.ts');

export function source(key: string) {
  const found = MORE_SECTION_SOURCES.find((s) => s.key === key);
  if (!found) throw new Error(`no section source ${key}`);
  return found;
}

export interface ContextOptions {
  from: Date;
  to: Date;
  timezone?: string;
  granularity?: Granularity;
  labels?: Record<string, string>;
  signal?: AbortSignal;
}

/** What a run gives a section: the node's deps and the user's current rights, as the runner builds them. */
export async function sectionContext(node: TestNode, userId: string, opts: ContextOptions): Promise<SectionContext> {
  node.deps.permissionCache.invalidate([userId]);
  const permissions = await node.deps.permissionCache.get(userId);
  return {
    deps: node.deps,
    authz: new Authorizer({ userId, sessionId: null, permissions }),
    range: { from: opts.from, to: opts.to },
    timezone: opts.timezone ?? 'UTC',
    granularity: opts.granularity ?? 'DAY',
    labels: opts.labels ?? {},
    signal: opts.signal ?? new AbortController().signal,
  };
}

export async function build(node: TestNode, key: string, userId: string, opts: ContextOptions): Promise<ReportSection> {
  return source(key).build(await sectionContext(node, userId, opts));
}

export async function collect(section: ReportSection): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for await (const row of section.rows()) rows.push(row);
  return rows;
}

export const summaryOf = (section: ReportSection) => Object.fromEntries(section.summary.map((s) => [s.label, s.value]));

/** A user holding one custom set of `grants` (not logged in: sections read with the user's rights). */
export async function userWithGrants(owner: ControlPlaneClient, grants: GrantInput[], extra: { labels?: Record<string, string>; name?: string } = {}) {
  const set = await customSet(owner, 'reports', grants);
  const email = uniqueEmail('reports');
  const { createUser } = await owner.CreateUser({
    input: { email, name: extra.name ?? email, password: DEFAULT_PASSWORD, labels: extra.labels, permissionSetIds: [set.id] },
  });
  return { id: createUser.id, email, setId: set.id };
}

/** Starts of the Europe/Berlin days around the end of summer time 2026 (Sunday 25 October: 25 hours). */
export const BERLIN = {
  oct24: new Date('2026-10-23T22:00:00Z'),
  oct25: new Date('2026-10-24T22:00:00Z'),
  oct26: new Date('2026-10-25T23:00:00Z'),
  oct27: new Date('2026-10-26T23:00:00Z'),
};
