import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { ALL, alertKey, eventually, postAlerts, prometheusAlert, teamScope, userWith } from './helpers';

const ctx = useCluster({ env: { WORKER_POLL_INTERVAL_MS: '200' } });
let key: string;

beforeAll(async () => {
  key = await alertKey(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
});

async function fire(labels: Record<string, string>): Promise<string> {
  expect((await postAlerts(ctx.node, key, [prometheusAlert(labels, { summary: 'same' })])).status).toBe(200);
  const { alerts } = await ctx.owner.Alerts({ first: 5, filter: { statuses: ['FIRING', 'ACKNOWLEDGED'], matchers: Object.entries(labels).map(([name, value]) => ({ name, op: '=', value })) } });
  return alerts.edges[0]!.node.id;
}

const alertOf = async (id: string) => (await ctx.owner.Alert({ id })).alert;
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const eq = (name: string, value: string) => ({ name, op: '=', value });

describe('silences', () => {
  it('create sets silencedBy on matching open alerts (and on later ones); edit and expire clear it; expired stay listed', async () => {
    const matching = await fire({ team: 'payments', case: 'silence', instance: 'db-1' });
    const other = await fire({ team: 'payments', case: 'silence', instance: 'web-1' });
    const { createSilence: silence } = await ctx.owner.CreateSilence({
      input: { matchers: [eq('case', 'silence'), { name: 'instance', op: '=~', value: 'db-.*' }], endsAt: inMinutes(60), comment: 'db maintenance' },
    });
    expect(silence.state).toBe('ACTIVE');
    expect(silence.createdBy).toBe(ctx.ownerId);
    expect((await alertOf(matching)).silencedBy).toEqual([silence.id]);
    expect((await alertOf(other)).silencedBy).toEqual([]);
    // A new alert fires already silenced.
    const later = await fire({ team: 'payments', case: 'silence', instance: 'db-2' });
    expect((await alertOf(later)).silencedBy).toEqual([silence.id]);

    // Edit: now only web-*.
    const { updateSilence } = await ctx.owner.UpdateSilence({
      id: silence.id,
      input: { matchers: [eq('case', 'silence'), { name: 'instance', op: '=~', value: 'web-.*' }], endsAt: inMinutes(30), comment: 'moved to web' },
    });
    expect(updateSilence.updatedBy).toBe(ctx.ownerId);
    expect((await alertOf(matching)).silencedBy).toEqual([]);
    expect((await alertOf(other)).silencedBy).toEqual([silence.id]);

    const { expireSilence } = await ctx.owner.ExpireSilence({ id: silence.id, comment: 'done early' });
    expect(expireSilence.state).toBe('EXPIRED');
    expect(expireSilence.expiredBy).toBe(ctx.ownerId);
    expect((await alertOf(other)).silencedBy).toEqual([]);
    expect(await errorCode(() => ctx.owner.ExpireSilence({ id: silence.id, comment: 'again' }))).toBe('CONFLICT');
    expect(await errorCode(() => ctx.owner.UpdateSilence({ id: silence.id, input: { matchers: [eq('a', 'b')], endsAt: inMinutes(5), comment: 'x' } }))).toBe('CONFLICT');

    const { silences } = await ctx.owner.Silences({ first: 50, filter: { states: ['EXPIRED'] } });
    expect(silences.edges.map((e) => e.node.id)).toContain(silence.id);
    expect((await ctx.owner.Silences({ first: 50, filter: { states: ['ACTIVE'] } })).silences.edges.map((e) => e.node.id)).not.toContain(silence.id);

    const { auditLogs } = await ctx.owner.AuditLogs({ first: 10, filter: { targetId: silence.id } });
    const audit = auditLogs.edges.map((e) => e.node).reverse();
    expect(audit.map((a) => a.action)).toEqual(['silence.created', 'silence.updated', 'silence.expired']);
    expect(audit.map((a) => (a.metadata as { comment?: string }).comment)).toEqual(['db maintenance', 'moved to web', 'done early']);
    expect(audit.every((a) => a.actorId === ctx.ownerId)).toBe(true);

    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: matching });
    expect(alertTimeline.edges.map((e) => e.node.action)).toEqual(['FIRED', 'SILENCED', 'UNSILENCED']);
  });

  it('a pending silence starts and ends by durable jobs', async () => {
    const id = await fire({ team: 'payments', case: 'pending-silence' });
    const startsAt = new Date(Date.now() + 1_200);
    const { createSilence } = await ctx.owner.CreateSilence({
      input: { matchers: [eq('case', 'pending-silence')], startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 1_500).toISOString(), comment: 'short window' },
    });
    expect(createSilence.state).toBe('PENDING');
    expect((await alertOf(id)).silencedBy).toEqual([]);
    await eventually('the silence start job', async () => ((await alertOf(id)).silencedBy.length === 1 ? true : undefined));
    expect((await alertOf(id)).silencedBy).toEqual([createSilence.id]);
    await eventually('the silence end job', async () => ((await alertOf(id)).silencedBy.length === 0 ? true : undefined));
    expect((await ctx.owner.Silence({ id: createSilence.id })).silence.state).toBe('EXPIRED');
  });

  it('refuses bad matchers with BAD_USER_INPUT, and a silence that would match every alert', async () => {
    const cases = [
      [{ name: 'team', op: '=~', value: '(' }],
      [{ name: 'team', op: '===', value: 'x' }],
      [{ name: 'bad-name', op: '=', value: 'x' }],
      [{ name: 'team', op: '=~', value: '.*' }],
      [],
    ];
    for (const matchers of cases) {
      expect(await errorCode(() => ctx.owner.CreateSilence({ input: { matchers, endsAt: inMinutes(5), comment: 'x' } })), JSON.stringify(matchers)).toBe('BAD_USER_INPUT');
    }
    expect(await errorCode(() => ctx.owner.CreateSilence({ input: { matchers: [eq('a', 'b')], endsAt: inMinutes(5), comment: '  ' } }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => ctx.owner.CreateSilence({ input: { matchers: [eq('a', 'b')], endsAt: inMinutes(-5), comment: 'past' } }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => ctx.owner.Alerts({ filter: { matchers: [{ name: 'team', op: '=~', value: '(' }] } }))).toBe('BAD_USER_INPUT');
  });

  it('a silencer scoped to team=payments silences only what pins team="payments", and lists only those', async () => {
    const scoped = await userWith(ctx.node, ctx.owner, [
      { effect: 'ALLOW', action: 'alerts:read', scope: teamScope('payments') },
      { effect: 'ALLOW', action: 'alerts:silence', scope: teamScope('payments') },
    ], 'payments-silencer');
    const own = await scoped.client.CreateSilence({ input: { matchers: [eq('team', 'payments'), eq('case', 'scoped-silence')], endsAt: inMinutes(10), comment: 'ours' } });
    expect(own.createSilence.state).toBe('ACTIVE');
    expect(await errorCode(() => scoped.client.CreateSilence({ input: { matchers: [eq('team', 'search')], endsAt: inMinutes(10), comment: 'theirs' } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => scoped.client.CreateSilence({ input: { matchers: [{ name: 'team', op: '=~', value: 'pay.*' }], endsAt: inMinutes(10), comment: 'wide' } }))).toBe('FORBIDDEN');
    const searchSilence = (await ctx.owner.CreateSilence({ input: { matchers: [eq('team', 'search')], endsAt: inMinutes(10), comment: 'owner' } })).createSilence;
    const { silences } = await scoped.client.Silences({ first: 100 });
    const ids = silences.edges.map((e) => e.node.id);
    expect(ids).toContain(own.createSilence.id);
    expect(ids).not.toContain(searchSilence.id);
    expect(await errorCode(() => scoped.client.ExpireSilence({ id: searchSilence.id, comment: 'no' }))).toBe('NOT_FOUND');
    const viewer = await userWith(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:read', scope: ALL }], 'silence-viewer');
    expect(await errorCode(() => viewer.client.CreateSilence({ input: { matchers: [eq('team', 'x')], endsAt: inMinutes(10), comment: 'no' } }))).toBe('FORBIDDEN');
    // A grant on one's own silences (SELF) edits them; it cannot create a silence of any labels.
    const selfOnly = await userWith(ctx.node, ctx.owner, [{ effect: 'ALLOW', action: 'alerts:silence', scope: { kind: 'SELF' } }], 'self-silencer');
    expect(await errorCode(() => selfOnly.client.CreateSilence({ input: { matchers: [eq('team', 'payments')], endsAt: inMinutes(10), comment: 'mine?' } }))).toBe('FORBIDDEN');
  });
});

describe('inhibition rules', () => {
  it('a firing critical alert inhibits warnings of the same cluster, not others, not itself; resolve and delete lift it', async () => {
    const { createInhibitionRule: rule } = await ctx.owner.CreateInhibitionRule({
      input: { sourceMatchers: [eq('severity', 'critical'), eq('case', 'inhibit')], targetMatchers: [eq('severity', 'warning'), eq('case', 'inhibit')], equal: ['cluster'] },
    });
    const warningA = await fire({ severity: 'warning', cluster: 'a', case: 'inhibit' });
    const warningB = await fire({ severity: 'warning', cluster: 'b', case: 'inhibit' });
    expect((await alertOf(warningA)).inhibitedBy).toEqual([]);
    const critical = await fire({ severity: 'critical', cluster: 'a', case: 'inhibit' });
    expect((await alertOf(warningA)).inhibitedBy).toEqual([critical]);
    expect((await alertOf(warningB)).inhibitedBy).toEqual([]);
    expect((await alertOf(critical)).inhibitedBy).toEqual([]);

    await ctx.owner.ResolveAlert({ id: critical, note: 'fixed' });
    expect((await alertOf(warningA)).inhibitedBy).toEqual([]);
    // Firing again (a new alert for that fingerprint) inhibits again; deleting the rule lifts it.
    const again = await fire({ severity: 'critical', cluster: 'a', case: 'inhibit' });
    expect(again).not.toBe(critical);
    expect((await alertOf(warningA)).inhibitedBy).toEqual([again]);
    await ctx.owner.DeleteInhibitionRule({ id: rule.id });
    expect((await alertOf(warningA)).inhibitedBy).toEqual([]);
    const { alertTimeline } = await ctx.owner.AlertTimeline({ alertId: warningA });
    expect(alertTimeline.edges.map((e) => e.node.action)).toEqual(['FIRED', 'INHIBITED', 'UNINHIBITED', 'INHIBITED', 'UNINHIBITED']);
    const { auditLogs } = await ctx.owner.AuditLogs({ first: 5, filter: { targetId: rule.id } });
    expect(auditLogs.edges.map((e) => e.node.action).reverse()).toEqual(['inhibition_rule.created', 'inhibition_rule.deleted']);
  });

  it('needs alerts:write unscoped', async () => {
    const dev = await userWith(ctx.node, ctx.owner, [
      { effect: 'ALLOW', action: 'alerts:read', scope: ALL },
      { effect: 'ALLOW', action: 'alerts:write', scope: teamScope('payments') },
    ], 'scoped-writer');
    expect(await errorCode(() => dev.client.CreateInhibitionRule({ input: { sourceMatchers: [eq('a', 'b')], targetMatchers: [eq('c', 'd')] } }))).toBe('FORBIDDEN');
    expect((await dev.client.InhibitionRules({ first: 10 })).inhibitionRules.edges).toBeDefined();
  });
});
