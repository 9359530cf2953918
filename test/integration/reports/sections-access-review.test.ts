import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../src/services/reports/report-document';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { customSet } from '../permissions/features.helpers';
import { build, collect, summaryOf } from './sections.helpers';

const fx = useCluster();
const ALL = { kind: 'ALL' as const };
const payments = { kind: 'LABELS' as const, labels: { team: 'payments' } };
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const range = { from: new Date(Date.now() - 86_400_000), to: new Date() };
const ids = { ada: '', bob: '', vera: '', parent: '', child: '' };
let parentName = '';
let childName = '';

async function createUser(name: string, labels: Record<string, string>, permissionSetIds: string[] = []) {
  const { createUser } = await fx.owner.CreateUser({ input: { email: uniqueEmail('review'), name, password: DEFAULT_PASSWORD, labels, permissionSetIds } });
  return createUser.id;
}

beforeAll(async () => {
  const parent = await customSet(fx.owner, 'Review parent', [{ effect: 'ALLOW', action: 'alerts:read', scope: ALL }]);
  const child = await customSet(fx.owner, 'Review child', [{ effect: 'ALLOW', action: 'users:read', scope: payments }], [parent.id]);
  Object.assign(ids, { parent: parent.id, child: child.id });
  parentName = parent.name;
  childName = child.name;

  ids.ada = await createUser('Ada Payments', { team: 'payments' });
  await fx.owner.AssignPermissionSet({ userId: ids.ada, permissionSetId: child.id, expiresAt: inDays(10) });
  await fx.owner.GrantPermission({ userId: ids.ada, grant: { effect: 'ALLOW', action: 'users:readEmail', scope: { kind: 'IDS', ids: [ids.ada] }, validUntil: inDays(30) } });
  await fx.owner.DelegatePermissions({ input: { delegateeId: ids.ada, grants: [{ effect: 'ALLOW', action: 'alerts:acknowledge', scope: payments }], expiresAt: inDays(3), reason: 'on call' } });

  ids.bob = await createUser('Bob Search', { team: 'search' }, [fx.builtins.Admin]);

  // Reads users and their permissions on the payments team only.
  const scoped = await customSet(fx.owner, 'Review scoped', [
    { effect: 'ALLOW', action: 'users:read', scope: payments },
    { effect: 'ALLOW', action: 'permissionSets:read', scope: payments },
  ]);
  ids.vera = await createUser('Vera Viewer', {}, [scoped.id]);
});

const rowsOf = (rows: ReportRow[], user: string) => rows.filter((r) => r.user === user).map((r) => [r.source, r.held, r.via, r.expiresSoon]);

describe('access review section', () => {
  it('lists assigned, inherited, direct and delegated holdings with where they come from and what expires soon', async () => {
    const section = await build(fx.node, 'accessReview', fx.ownerId, range);
    const rows = await collect(section);
    expect(rowsOf(rows, 'Ada Payments')).toEqual([
      ['ASSIGNED', childName, null, true],
      ['INHERITED', parentName, `via ${childName} > ${parentName}`, true],
      ['DIRECT', 'users:readEmail', null, false],
      ['DELEGATED', 'alerts:acknowledge', 'by Owner', true],
    ]);
    const delegated = rows.find((r) => r.user === 'Ada Payments' && r.source === 'DELEGATED')!;
    expect(delegated).toMatchObject({ effect: 'ALLOW', scope: 'labels {team=payments}' });
    expect((delegated.expiresAt as Date).getTime()).toBeGreaterThan(Date.now());
    expect(rows.find((r) => r.user === 'Ada Payments' && r.source === 'DIRECT')).toMatchObject({ scope: `ids [${ids.ada}]` });
    expect(rowsOf(rows, 'Bob Search')).toEqual([
      ['ASSIGNED', 'Admin', null, false],
      ['INHERITED', 'Developer', 'via Admin > Developer', false],
      ['INHERITED', 'Viewer', 'via Admin > Developer > Viewer', false],
    ]);
    expect(rows.find((r) => r.user === 'Bob Search')!.email).toMatch(/@example\.test$/);
    // Users in name order: the batches follow it.
    const order = [...new Set(rows.map((r) => r.user as string))];
    expect(order).toEqual([...order].sort());

    const s = summaryOf(section);
    expect(s['Users covered']).toBe(4);
    expect(s['Holders of Owner']).toBe(1);
    expect(s['Holders of Admin (directly or inherited)']).toBe(2);
    expect(s['Grants expiring within 14 days']).toBe(2);
  });

  it('gives a label-scoped reader only the users and permissions of their slice, without emails they may not read', async () => {
    const section = await build(fx.node, 'accessReview', ids.vera, range);
    const rows = await collect(section);
    // The payments user, and Vera herself (everyone may read their own record and permissions).
    expect([...new Set(rows.map((r) => r.user))]).toEqual(['Ada Payments', 'Vera Viewer']);
    expect(rows.filter((r) => r.user === 'Ada Payments').every((r) => r.email === null)).toBe(true);
    expect(rows.find((r) => r.user === 'Vera Viewer')!.email).toMatch(/@example\.test$/);
    expect(summaryOf(section)['Users covered']).toBe(2);
    expect(summaryOf(section)['Holders of Admin (directly or inherited)']).toBe(0);
    expect(section.note).toContain('Only the users you may read');
  });

  it('narrows to the report labels', async () => {
    const section = await build(fx.node, 'accessReview', fx.ownerId, { ...range, labels: { team: 'search' } });
    expect([...new Set((await collect(section)).map((r) => r.user))]).toEqual(['Bob Search']);
  });
});
