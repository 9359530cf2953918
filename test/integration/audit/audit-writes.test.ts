import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, sdk, useCluster } from '../../fixtures/test-node';

const ctx = useCluster();

type Row = { id: string; action: string; outcome: string; actor_id: string | null; target_id: string | null; changes: unknown; metadata: unknown };

/** Straight from the table, so the assertions do not depend on the auditLogs resolver. */
async function rowsFor(targetId: string): Promise<Row[]> {
  return ctx.node.database.sql<Row[]>`
    select id::text, action, outcome::text, actor_id::text, target_id, changes, metadata
    from audit_logs where target_id = ${targetId} order by audit_logs.id`;
}

async function maxAuditId(): Promise<number> {
  const [row] = await ctx.node.database.sql<[{ max: string | null }]>`select max(id)::text as max from audit_logs`;
  return Number(row.max ?? 0);
}

describe('every mutation writes its audit event', () => {
  it('createUser → user.created with the email after, and the password only as [redacted]', async () => {
    const email = uniqueEmail('audited');
    const password = 'a-very-secret-password-xyz';
    const { createUser } = await ctx.owner.CreateUser({ input: { email, name: 'Audited', password, permissionSetIds: [ctx.builtins.Viewer] } });
    const rows = await rowsFor(createUser.id);
    expect(rows.map((r) => r.action)).toEqual(['user.created', 'permission_set.assigned']);
    const created = rows[0]!;
    expect(created).toMatchObject({ outcome: 'SUCCESS', actor_id: ctx.ownerId });
    const changes = created.changes as Record<string, { before?: unknown; after?: unknown }>;
    expect(changes.email).toEqual({ after: email });
    expect(changes.name).toEqual({ after: 'Audited' });
    expect(changes.password?.after).toBe('[redacted]');
    // Nowhere in the whole table: not the password, not its hash.
    const [leak] = await ctx.node.database.sql<[{ n: number }]>`
      select count(*)::int as n from audit_logs where changes::text like ${'%' + password + '%'} or changes::text like '%$argon2%'`;
    expect(leak.n).toBe(0);
  });

  it('each user mutation writes exactly one event of the right name, actor and target', async () => {
    const admin = await createUserWithSets(ctx.owner, ['Admin']);
    const client = await ctx.node.clientFor(admin.email, admin.password);
    const t = await createUserWithSets(ctx.owner, ['Viewer']);
    const id = t.user.id;
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['user.updated', () => client.UpdateUser({ id, input: { name: 'Changed' } })],
      ['user.suspended', () => client.SuspendUser({ id })],
      ['user.reactivated', () => client.ReactivateUser({ id })],
      ['user.deleted', () => client.DeleteUser({ id })],
      ['user.restored', () => client.RestoreUser({ id })],
      ['permission_set.assigned', () => client.AssignPermissionSet({ userId: id, permissionSetId: ctx.builtins.Developer })],
      ['permission_set.unassigned', () => client.RevokePermissionSet({ userId: id, permissionSetId: ctx.builtins.Developer })],
    ];
    for (const [action, run] of steps) {
      const before = (await rowsFor(id)).length;
      await run();
      const rows = (await rowsFor(id)).slice(before).filter((r) => !r.action.startsWith('session.'));
      expect(rows.map((r) => r.action), action).toEqual([action]);
      expect(rows[0]).toMatchObject({ outcome: 'SUCCESS', actor_id: admin.user.id, target_id: id });
    }
    const changes = (action: string) => (rowsFor(id).then((rs) => rs.find((r) => r.action === action)!.changes)) as Promise<Record<string, unknown>>;
    expect(await changes('user.updated')).toEqual({ name: { before: t.user.name, after: 'Changed' } });
    expect(await changes('user.suspended')).toMatchObject({ status: { before: 'ACTIVE', after: 'SUSPENDED' } });
    expect(Object.keys(await changes('user.deleted'))).toEqual(expect.arrayContaining(['status', 'deletedAt']));
  });

  it('changePassword → user.password_changed with both sides redacted', async () => {
    const t = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(t.email, t.password);
    const next = 'another-secret-passphrase';
    await client.ChangePassword({ currentPassword: t.password, newPassword: next });
    const row = (await rowsFor(t.user.id)).find((r) => r.action === 'user.password_changed')!;
    expect(row).toMatchObject({ actor_id: t.user.id, changes: { password: { before: '[redacted]', after: '[redacted]' } } });
    expect(JSON.stringify(row)).not.toContain(next);
    expect(JSON.stringify(row)).not.toContain(t.password);
  });

  it('records the request id, client IP and user agent of the request', async () => {
    const { login } = await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const client = sdk.createClient({ url: ctx.node.url, token: login.accessToken, headers: { 'x-request-id': 'audit-req-42', 'user-agent': 'audit-test/1.0' } });
    const { createUser } = await client.CreateUser({ input: { email: uniqueEmail('traced'), name: 'Traced', password: DEFAULT_PASSWORD } });
    const [row] = await ctx.node.database.sql<[{ request_id: string; ip: string | null; user_agent: string }]>`
      select request_id, ip, user_agent from audit_logs where target_id = ${createUser.id} and action = 'user.created'`;
    expect(row).toMatchObject({ request_id: 'audit-req-42', user_agent: 'audit-test/1.0' });
    expect(row.ip).toMatch(/127\.0\.0\.1/);
  });
});

describe('denied and failed attempts', () => {
  it('a shield denial (Viewer createUser) is recorded as access.denied, outcome DENIED', async () => {
    const v = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(v.email, v.password);
    const since = await maxAuditId();
    expect(await errorCode(() => client.CreateUser({ input: { email: uniqueEmail(), name: 'x', password: DEFAULT_PASSWORD } }))).toBe('FORBIDDEN');
    const rows = await ctx.node.database.sql<Row[]>`
      select id::text, action, outcome::text, actor_id::text, target_id, changes, metadata from audit_logs where id > ${since}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'access.denied', outcome: 'DENIED', actor_id: v.user.id });
    expect(rows[0]!.metadata).toMatchObject({ path: 'createUser', operationName: 'CreateUser' });
  });

  it('a service-level denial (Admin suspending the Owner) is recorded, and no success event', async () => {
    const a = await createUserWithSets(ctx.owner, ['Admin']);
    const client = await ctx.node.clientFor(a.email, a.password);
    const since = await maxAuditId();
    expect(await errorCode(() => client.SuspendUser({ id: ctx.ownerId }))).toBe('FORBIDDEN');
    const rows = await ctx.node.database.sql<Row[]>`
      select id::text, action, outcome::text, actor_id::text, target_id, changes, metadata from audit_logs where id > ${since}`;
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([['access.denied', 'DENIED']]);
    expect(rows[0]).toMatchObject({ actor_id: a.user.id, metadata: { path: 'suspendUser' } });
  });

  it('a failed login is recorded without the attempted password', async () => {
    const email = uniqueEmail('nobody');
    const since = await maxAuditId();
    expect(await errorCode(() => ctx.node.anonymous().Login({ email, password: 'wrong-password-guess' }))).toBe('UNAUTHENTICATED');
    const rows = await ctx.node.database.sql<Array<Row & { actor_type: string }>>`
      select action, outcome::text, actor_type::text, changes, metadata from audit_logs where id > ${since}`;
    expect(rows.map((r) => r.action)).toContain('auth.login_failed');
    expect(JSON.stringify(rows)).not.toContain('wrong-password-guess');
  });

  it('CONFLICT (duplicate email) writes no success row and leaves no second user', async () => {
    const t = await createUserWithSets(ctx.owner, ['Viewer']);
    const since = await maxAuditId();
    expect(await errorCode(() => ctx.owner.CreateUser({ input: { email: t.email.toUpperCase(), name: 'Dup', password: DEFAULT_PASSWORD } }))).toBe('CONFLICT');
    const rows = await ctx.node.database.sql<Row[]>`select action from audit_logs where id > ${since} and outcome = 'SUCCESS'`;
    expect(rows).toEqual([]);
    const [users] = await ctx.node.database.sql<[{ n: number }]>`select count(*)::int as n from users where lower(email) = ${t.email.toLowerCase()}`;
    expect(users.n).toBe(1);
  });

  it('a mutation failing after its audit write rolls the audit row back with it (same transaction)', async () => {
    // createUser inserts the user and its user.created event, then refuses the Owner set: all of it must vanish.
    const a = await createUserWithSets(ctx.owner, ['Admin']);
    const client = await ctx.node.clientFor(a.email, a.password);
    const email = uniqueEmail('rolledback');
    const since = await maxAuditId();
    expect(
      await errorCode(() => client.CreateUser({ input: { email, name: 'Rolled back', password: DEFAULT_PASSWORD, permissionSetIds: [ctx.builtins.Owner] } })),
    ).toBe('FORBIDDEN');
    const rows = await ctx.node.database.sql<Row[]>`select action, outcome::text from audit_logs where id > ${since}`;
    expect(rows.map((r) => r.action)).not.toContain('user.created');
    expect(rows.every((r) => r.outcome !== 'SUCCESS')).toBe(true);
    const [users] = await ctx.node.database.sql<[{ n: number }]>`select count(*)::int as n from users where email = ${email}`;
    expect(users.n).toBe(0);
  });
});

describe('the audit table is append-only in the database', () => {
  async function refused(statement: () => Promise<unknown>) {
    const error = await statement().then(
      () => null,
      (e: unknown) => e as { message: string },
    );
    expect(error, 'the statement should have been refused').not.toBeNull();
    expect(error!.message).toMatch(/append-only/);
  }

  it('refuses UPDATE, DELETE and TRUNCATE, and the rows are untouched', async () => {
    const sql = ctx.node.database.sql;
    const [before] = await sql<[{ n: number; digest: string }]>`select count(*)::int as n, md5(string_agg(action || outcome, ',' order by id)) as digest from audit_logs`;
    expect(before.n).toBeGreaterThan(0);
    await refused(() => sql`update audit_logs set action = 'tampered'`);
    await refused(() => sql`update audit_logs set outcome = 'SUCCESS' where outcome = 'DENIED'`);
    await refused(() => sql`delete from audit_logs`);
    await refused(() => sql`delete from audit_logs where id = (select min(id) from audit_logs)`);
    await refused(() => sql`truncate audit_logs`);
    const [after] = await sql<[{ n: number; digest: string }]>`select count(*)::int as n, md5(string_agg(action || outcome, ',' order by id)) as digest from audit_logs`;
    expect(after).toEqual(before);
  });

  it('refuses them inside a transaction too (no partial tamper)', async () => {
    const sql = ctx.node.database.sql;
    await refused(() => sql.begin((tx) => tx`update audit_logs set changes = null where id = (select max(id) from audit_logs)`));
  });
});
