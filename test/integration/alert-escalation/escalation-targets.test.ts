import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GrantInput } from '../../../sdk';
import { DEFAULT_PASSWORD, failure, uniqueEmail } from '../../fixtures/seed';
import { until } from '../../fixtures/until';
import { ALL, alertKey, teamScope, userWith } from '../alerts/helpers';
import { SMTP_PASSWORD, useDeliveryCluster } from '../deliveries/delivery-cluster';
import { customSet } from '../permissions/features.helpers';
import { fire, hook, pages } from './helpers';

const fx = useDeliveryCluster();
let key: string;
let mailer: string;

beforeAll(async () => {
  key = await alertKey(fx.node, fx.owner, [{ effect: 'ALLOW', action: 'alerts:write', scope: ALL }]);
  const { createChannel } = await fx.owner.CreateChannel({
    input: { name: `mail ${randomUUID()}`, type: 'EMAIL', settings: { host: '127.0.0.1', port: fx.smtp.port, secure: false, requireTls: false, username: 'mailer', from: 'alerts@example.com', to: ['team@example.com'] }, secrets: { password: SMTP_PASSWORD } },
  });
  mailer = createChannel.id;
});

/** A user holding only `grants`, with labels `labels`; returns its id and address. */
async function person(grants: GrantInput[], labels: Record<string, string> = {}) {
  const set = await customSet(fx.owner, 'esc-target', grants);
  const email = uniqueEmail('esc-target');
  const { createUser } = await fx.owner.CreateUser({ input: { email, name: 'Target', password: DEFAULT_PASSWORD, labels, permissionSetIds: [set.id] } });
  return { id: createUser.id, email };
}

const mailsTo = (email: string) => fx.smtp.received.filter((m) => m.to.some((t) => t.toLowerCase() === email.toLowerCase()));

describe('escalation user targets', () => {
  it('mails a user target only the alerts its alerts:read reaches, and notes each skip in the timeline', async () => {
    const payments = await person([{ effect: 'ALLOW', action: 'alerts:read', scope: teamScope('payments') }]);
    const b = `/esc-target/${randomUUID().slice(0, 8)}`;
    const chan = await hook(fx.owner, fx.sink, `${b}/l0`);
    const { createEscalationPolicy: policy } = await fx.owner.CreateEscalationPolicy({
      input: { name: `targets ${b}`, userEmailChannelId: mailer, levels: [{ channelIds: [chan], userIds: [payments.id], timeoutSeconds: 3600 }] },
    });
    const pay = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, team: 'payments', case: b, alertname: 'PaymentsDown' });
    const search = await fire(fx.node, fx.owner, key, { escalation_policy: policy.name, team: 'search', case: b, alertname: 'SearchDown' });
    // Both alerts paged the channel: each level's deliveries were enqueued in one transaction, so both decisions are made.
    await until(async () => pages(fx.sink, `${b}/l0`).length, (n) => n === 2);
    await until(async () => mailsTo(payments.email).length, (n) => n === 1);
    expect(mailsTo(payments.email)[0]!.raw).toContain('PaymentsDown');
    const emailDeliveries = async (alertId: string) =>
      (await fx.node.database.sql`select 1 from deliveries where origin_kind = 'alert' and origin_id = ${alertId} and channel_type = 'EMAIL'`).length;
    expect(await emailDeliveries(pay)).toBe(1);
    expect(await emailDeliveries(search)).toBe(0);
    expect(fx.smtp.received.filter((m) => m.raw.includes('SearchDown'))).toHaveLength(0);

    const skipped = async (alertId: string) =>
      (await fx.owner.AlertTimeline({ alertId, first: 50 })).alertTimeline.edges.map((e) => e.node).filter((n) => n.action === 'ESCALATION_TARGET_SKIPPED');
    expect(await skipped(pay)).toHaveLength(0);
    const [note] = await skipped(search);
    expect(note).toMatchObject({ actorType: 'SYSTEM', details: { userId: payments.id, reason: 'NO_ALERTS_READ', level: 0 } });
    expect(note!.note).toContain(payments.id);
    expect(note!.note).not.toContain('SearchDown');
  });

  it('needs users:read to name user targets; ids outside its users:read scope read as unknown', async () => {
    const target = await person([], { team: 'payments' });
    const chan = await hook(fx.owner, fx.sink, `/esc-target/${randomUUID().slice(0, 8)}`);
    const writer = await userWith(fx.node, fx.owner, [
      { effect: 'ALLOW', action: 'alerts:read', scope: ALL },
      { effect: 'ALLOW', action: 'alerts:write', scope: ALL },
    ]);
    const named = (userIds: string[]) => ({ name: `named ${randomUUID()}`, userEmailChannelId: mailer, levels: [{ channelIds: [chan], userIds, timeoutSeconds: 60 }] });
    for (const userIds of [[target.id], [randomUUID()]]) {
      // The same refusal whether the user exists or not: nothing tells the caller who exists.
      const f = await failure(() => writer.client.CreateEscalationPolicy({ input: named(userIds) }));
      expect(f.code).toBe('FORBIDDEN');
      expect(f.message).toMatch(/users:read/);
    }
    // Channels only: alerts:write is enough.
    const { createEscalationPolicy: p } = await writer.client.CreateEscalationPolicy({ input: { name: `channels ${randomUUID()}`, levels: [{ channelIds: [chan], timeoutSeconds: 60 }] } });
    const upd = await failure(() => writer.client.UpdateEscalationPolicy({ id: p.id, input: { userEmailChannelId: mailer, levels: [{ channelIds: [chan], userIds: [target.id], timeoutSeconds: 60 }] } }));
    expect(upd.code).toBe('FORBIDDEN');
    const { auditLogs } = await fx.owner.AuditLogs({ first: 10, filter: { targetId: p.id } });
    expect(auditLogs.edges.map((e) => [e.node.action, e.node.outcome])).toContainEqual(['escalation_policy.updated', 'DENIED']);
    // Users the policy already names are not named by this caller: other edits, and keeping them, need no users:read.
    const { createEscalationPolicy: owned } = await fx.owner.CreateEscalationPolicy({ input: named([target.id]) });
    expect((await writer.client.UpdateEscalationPolicy({ id: owned.id, input: { repeatCount: 1 } })).updateEscalationPolicy.version).toBe(2);
    const kept = await writer.client.UpdateEscalationPolicy({ id: owned.id, input: { levels: [{ channelIds: [], userIds: [target.id], timeoutSeconds: 30 }] } });
    expect(kept.updateEscalationPolicy.levels[0]).toMatchObject({ userIds: [target.id], timeoutSeconds: 30 });

    // users:read on team=search only: a payments user reads as unknown, like an id nobody has.
    const scoped = await userWith(fx.node, fx.owner, [
      { effect: 'ALLOW', action: 'alerts:write', scope: ALL },
      { effect: 'ALLOW', action: 'users:read', scope: teamScope('search') },
    ]);
    const outside = await failure(() => scoped.client.CreateEscalationPolicy({ input: named([target.id]) }));
    const nobody = await failure(() => scoped.client.CreateEscalationPolicy({ input: named([randomUUID()]) }));
    expect(outside.code).toBe('BAD_USER_INPUT');
    expect(outside.message).toMatch(/Unknown user/);
    expect(nobody.code).toBe(outside.code);
    const searcher = await person([], { team: 'search' });
    const ok = await scoped.client.CreateEscalationPolicy({ input: named([searcher.id]) });
    expect(ok.createEscalationPolicy.levels[0]!.userIds).toEqual([searcher.id]);
  });
});
