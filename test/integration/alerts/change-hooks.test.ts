import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Hooks from '../../../src/services/alerts/alert-change-hooks';
import type * as Errors from '../../../src/errors/app-error';
import type * as AlertUpdate from '../../../src/services/alerts/alert-update';
import type * as UnitOfWork from '../../../src/services/shared/unit-of-work';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { ALL, alertKey, postAlerts, prometheusAlert } from './helpers';

// The server runs in this process: the test registers into the same registry the later round uses.
const { registerAlertChangeHook } = loadServerModule<typeof Hooks>('../../src/services/alerts/alert-change-hooks.ts');
const { AppError } = loadServerModule<typeof Errors>('../../src/errors/app-error.ts');
const { changeAlert } = loadServerModule<typeof AlertUpdate>('../../src/services/alerts/alert-update.ts');
const { inTransaction } = loadServerModule<typeof UnitOfWork>('../../src/services/shared/unit-of-work.ts');

const ctx = useCluster();
let key: string;
const heard: Array<{ kind: string; alertId: string; actor: string; visibleInTx: boolean; previousStatus: string | null }> = [];
const unregister: Array<() => void> = [];

beforeAll(async () => {
  key = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
  unregister.push(
    registerAlertChangeHook('test-recorder', async (_deps, uow, change) => {
      // Runs inside the change's transaction: the row is visible with its new status before commit.
      const rows = await uow.tx.execute<{ status: string }>(sql`select status from alerts where id = ${change.alert.id}`);
      heard.push({
        kind: change.kind,
        alertId: change.alert.id,
        actor: change.actor.type,
        visibleInTx: rows[0]?.status === change.alert.status,
        previousStatus: change.previous?.status ?? null,
      });
    }),
    registerAlertChangeHook('test-veto', async (_deps, _uow, change) => {
      if (change.alert.labels['case'] === 'veto') throw AppError.badInput('vetoed by a hook');
    }),
  );
});
afterAll(() => unregister.forEach((off) => off()));

describe('alert change hooks', () => {
  it('every change calls the registered hooks in its transaction, with kind, alert, previous state and actor', async () => {
    const labels = { case: 'hooks', team: 'payments' };
    await postAlerts(ctx.node, key, [prometheusAlert(labels)]);
    const id = heard.find((h) => h.kind === 'FIRED')!.alertId;
    await ctx.owner.AcknowledgeAlert({ id });
    await ctx.owner.SnoozeAlert({ id, until: new Date(Date.now() + 60_000).toISOString() });
    await ctx.owner.UnacknowledgeAlert({ id });
    await postAlerts(ctx.node, key, [prometheusAlert(labels, { endsAt: new Date(Date.now() - 1000) })]);
    const mine = heard.filter((h) => h.alertId === id);
    expect(mine.map((h) => [h.kind, h.actor, h.previousStatus])).toEqual([
      ['FIRED', 'SOURCE', null],
      ['ACKNOWLEDGED', 'USER', 'FIRING'],
      ['SNOOZED', 'USER', 'ACKNOWLEDGED'],
      ['UNACKNOWLEDGED', 'USER', 'ACKNOWLEDGED'],
      ['RESOLVED', 'SOURCE', 'FIRING'],
    ]);
    expect(mine.every((h) => h.visibleInTx)).toBe(true);
  });

  it('changeAlert (what escalation and flap detection will use) moves a column with a timeline entry and a change, and is idempotent', async () => {
    await postAlerts(ctx.node, key, [prometheusAlert({ case: 'escalate' })]);
    const id = heard.filter((h) => h.kind === 'FIRED').at(-1)!.alertId;
    const deps = ctx.node.deps;
    const escalate = (to: number) =>
      inTransaction(deps, deps.log, (uow) =>
        changeAlert(deps, uow, id, {
          kind: 'UPDATED',
          action: 'ESCALATED',
          actor: { type: 'SYSTEM', id: null },
          decide: (alert) => (alert.escalationLevel < to ? { escalationLevel: to } : null),
          details: { level: to },
        }),
      );
    expect((await escalate(1))?.escalationLevel).toBe(1);
    expect(await escalate(1)).toBeNull();
    expect((await ctx.owner.Alert({ id })).alert.escalationLevel).toBe(1);
    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: id });
    expect(alertTimeline.edges.map((e) => e.node.action)).toEqual(['FIRED', 'ESCALATED']);
    expect(heard.filter((h) => h.alertId === id).map((h) => h.kind)).toEqual(['FIRED', 'UPDATED']);
  });

  it('a hook that throws rolls the change back with it', async () => {
    const res = await postAlerts(ctx.node, key, [prometheusAlert({ case: 'veto' })]);
    expect(res.status).toBe(400);
    const { alerts } = await ctx.owner.Alerts({ filter: { matchers: [{ name: 'case', op: '=', value: 'veto' }] } });
    expect(alerts.edges).toHaveLength(0);
  });
});
