import { describe, expect, it } from 'vitest';
import type * as ConfigModule from '../../../src/config';
import type * as LoggerModule from '../../../src/logger';
import type * as NodeModule from '../../../src/server/node';
import { loadServerModule } from '../../fixtures/load';
import { uniqueEmail } from '../../fixtures/seed';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { securityEvents, securityEventsMetric } from './helpers';
import { tamperAuditTrail } from '../../fixtures/tamper';

const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const { startNode } = loadServerModule<typeof NodeModule>('../../src/server/node.ts');

const ctx = useCluster();

const tamper = (statement: Parameters<typeof tamperAuditTrail>[1]) => tamperAuditTrail(ctx.node.database.sql, statement);

const chainBroken = () => securityEvents(ctx.owner, { kinds: ['AUDIT_CHAIN_BROKEN'] });

describe('AUDIT_CHAIN_BROKEN', () => {
  it('is not raised while the chain verifies', async () => {
    for (let i = 0; i < 3; i += 1) {
      await ctx.owner.CreateUser({ input: { email: uniqueEmail('chain'), name: 'Chained', password: 'a-long-enough-password' } });
    }
    expect((await ctx.owner.AuditIntegrity()).auditIntegrity.verified).toBe(true);
    expect(await chainBroken()).toHaveLength(0);
  });

  it('is raised once (CRITICAL) when auditIntegrity finds an edited event, however often it is asked, linked to that event', async () => {
    const before = await securityEventsMetric(ctx.node, 'AUDIT_CHAIN_BROKEN', 'CRITICAL');
    await tamper((sql) => sql`update audit_logs set action = 'user.updated' where chain_seq = 3`);
    for (let i = 0; i < 3; i += 1) expect((await ctx.owner.AuditIntegrity()).auditIntegrity).toMatchObject({ verified: false, firstBrokenSeq: 3 });

    const events = await chainBroken();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ severity: 'CRITICAL', userId: null });
    expect(events[0]!.details).toMatchObject({ firstBrokenSeq: 3 });
    expect(events[0]!.auditEvents!.map((a) => a.chainSeq)).toEqual([3]);
    expect(await securityEventsMetric(ctx.node, 'AUDIT_CHAIN_BROKEN', 'CRITICAL')).toBe(before + 1);
  });

  it('is raised by the verification at start for a break made while no node watched, once per broken position', async () => {
    await tamper((sql) => sql`delete from audit_logs where chain_seq = 2`);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: ctx.cluster.dbUrl,
      AUTH_SECRET,
      ADMIN_EMAIL: OWNER_EMAIL,
      ADMIN_PASSWORD: OWNER_PASSWORD,
      LOG_LEVEL: 'silent',
    });
    // close() waits for the background check, so after it the check has run to its end.
    const restarted = await startNode(config, createLogger(config.LOG_LEVEL));
    await restarted.close();

    const events = await chainBroken();
    expect(events.map((e) => e.details.firstBrokenSeq)).toEqual([2, 3]);
    // The removed event leaves nothing to link to at position 2; the request id is the startup check's.
    expect(events[0]!.auditEvents).toEqual([]);
    expect(events[0]!.requestId).toMatch(/^startup-/);
    // Asking again finds the same first break: nothing new.
    expect((await ctx.owner.AuditIntegrity()).auditIntegrity.firstBrokenSeq).toBe(2);
    expect(await chainBroken()).toHaveLength(2);
  });
});
