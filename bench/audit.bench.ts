import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { createClient } from '../sdk/node';
import { OWNER, type BenchInfra } from './cluster';
import { freshDatabase } from './compare-support';
import { spawnNodes } from './fanout-support';

export interface AuditSettings {
  rounds: number;
  seconds: number;
  writers: number[];
  bulkSizes: number[];
  bulkTimeoutSeconds: number;
}

export function auditSettings(env = process.env): AuditSettings {
  const list = (v: string | undefined, d: number[]) => (v ? v.split(',').map(Number) : d);
  return {
    rounds: Number(env.AUDIT_ROUNDS ?? 3),
    seconds: Number(env.AUDIT_SECONDS ?? 5),
    writers: list(env.AUDIT_WRITERS, [1, 10, 64]),
    bulkSizes: list(env.AUDIT_BULK_SIZES, [10_000, 25_000, 50_000, 100_000]),
    bulkTimeoutSeconds: Number(env.AUDIT_BULK_TIMEOUT_S ?? 600),
  };
}

type Sql = ReturnType<typeof postgres>;

/**
 * The bench's switch for auditing, at the database and on the bench's own database only: "off"
 * disables every user trigger on audit_logs (the hash chain, whatever its design, and the
 * append-only guard), "on" re-enables those that were enabled. The audit row itself is still
 * inserted when off: the service reads it back (`returning`), so a skipped row would fail the
 * mutation; what "off" removes is what auditing adds beyond one indexed insert. No production code
 * path gains a bypass.
 */
async function auditSwitch(db: Sql) {
  const triggers = await db<{ name: string }[]>`
    select tgname as name from pg_trigger where tgrelid = 'audit_logs'::regclass and not tgisinternal and tgenabled <> 'D'`;
  const set = async (on: boolean) => {
    for (const t of triggers) await db.unsafe(`alter table audit_logs ${on ? 'enable' : 'disable'} trigger "${t.name.replace(/"/g, '""')}"`);
  };
  return { names: triggers.map((t) => t.name), on: () => set(true), off: () => set(false) };
}

interface WriteRun {
  round: number;
  writers: number;
  audited: boolean;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  auditRowsPerMutation: number;
}

async function writeLoad(url: string, token: string, writers: number, seconds: number, ids: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', require.resolve('./audit-load.ts'), url, token, String(writers), String(seconds), ids.join(',')], {
    maxBuffer: 4 * 1024 * 1024,
  });
  const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: number; failures: number; firstFailure?: string; perSecond: number; p50Ms: number; p99Ms: number };
  if (r.failures) throw new Error(`audit bench: ${r.failures} failed mutations at ${writers} writers (first: ${r.firstFailure})`);
  return r;
}

export interface AuditResult {
  settings: AuditSettings;
  triggers: string[];
  runs: WriteRun[];
  summary: { writers: number; auditedPerSecond: number; unauditedPerSecond: number; kept: number; auditedP99Ms: number; unauditedP99Ms: number }[];
  bulk: { rows: number; auditedSeconds: number | null; unauditedSeconds: number | null }[];
  /** 1-minute load average before and after (the machine is shared). */
  loadAverage: [number, number];
}

/** Times `rows` audit rows written by one INSERT ... SELECT in one transaction, commit included. */
async function bulkWrite(db: Sql, rows: number, timeoutSeconds: number): Promise<number | null> {
  // Whatever columns the current schema has: fill the ones we know, leave the rest to defaults/triggers.
  const cols = new Set((await db<{ c: string }[]>`select column_name as c from information_schema.columns where table_name = 'audit_logs'`).map((r) => r.c));
  const known: [string, string][] = [
    ['actor_type', `'SYSTEM'`],
    ['action', `'bench.bulk_write'`],
    ['outcome', `'SUCCESS'`],
    ['target_type', `'bench'`],
    ['target_id', 'g::text'],
    ['metadata', `jsonb_build_object('n', g)`],
  ];
  const use = known.filter(([c]) => cols.has(c));
  const started = performance.now();
  try {
    await db.begin(async (tx) => {
      await tx.unsafe(`set local statement_timeout = ${timeoutSeconds * 1000}`);
      await tx.unsafe(`insert into audit_logs (${use.map(([c]) => c).join(', ')}) select ${use.map(([, v]) => v).join(', ')} from generate_series(1, ${rows}) g`);
    });
  } catch (err) {
    if ((err as { code?: string }).code === '57014') return null; // statement_timeout
    throw err;
  }
  return +((performance.now() - started) / 1000).toFixed(2);
}

export async function runAuditBench(infra: BenchInfra, settings = auditSettings(), progress: (line: string) => void = () => {}): Promise<AuditResult> {
  const load0 = loadavg()[0]!;
  const dbUrl = await freshDatabase(infra, 'bench_audit');
  const [api] = await spawnNodes({ ...infra, databaseUrl: dbUrl }, 1, `benchaudit${Date.now()}:`, { ACCESS_TOKEN_TTL_SECONDS: '7200' });
  const db = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    const { login } = await createClient({ url: api!.url }).Login({ email: OWNER.email, password: OWNER.password });
    const client = createClient({ url: api!.url, token: login.accessToken });
    const maxWriters = Math.max(...settings.writers);
    progress(`creating ${maxWriters} target users`);
    const ids: string[] = [];
    for (let i = 0; i < maxWriters; i += 1) {
      const { createUser } = await client.CreateUser({ input: { email: `audit-target-${i}@example.test`, name: `Audit target ${i}`, password: 'audit-target-password' } });
      ids.push(createUser.id);
    }
    const audit = await auditSwitch(db);
    if (audit.names.length === 0) throw new Error('audit bench: audit_logs has no enabled trigger; nothing to switch off');
    const auditRows = async () => Number((await db<{ n: string }[]>`select count(*)::text as n from audit_logs`)[0]!.n);
    await writeLoad(api!.url, login.accessToken, maxWriters, 1, ids); // warm-up
    const runs: WriteRun[] = [];
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const writers of settings.writers) {
        // Alternate which mode goes first, so neither always gets the warmer table.
        for (const audited of round % 2 ? [true, false] : [false, true]) {
          if (audited) await audit.on();
          else await audit.off();
          const before = await auditRows();
          const r = await writeLoad(api!.url, login.accessToken, writers, settings.seconds, ids);
          const written = (await auditRows()) - before;
          runs.push({ round, writers, audited, perSecond: Math.round(r.perSecond), p50Ms: r.p50Ms, p99Ms: r.p99Ms, auditRowsPerMutation: +(written / r.ok).toFixed(2) });
          progress(`round ${round}, ${writers} writers, audit ${audited ? 'on' : 'off'}: ${Math.round(r.perSecond)} mutations/s`);
        }
      }
    }
    await audit.on();
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const summary = settings.writers.map((writers) => {
      const of = (audited: boolean) => runs.filter((r) => r.writers === writers && r.audited === audited);
      const a = med(of(true).map((r) => r.perSecond));
      const u = med(of(false).map((r) => r.perSecond));
      // Kept share per round (the two modes ran back to back in it), then the median over rounds.
      const kept = med(of(true).map((r) => r.perSecond / of(false).find((x) => x.round === r.round)!.perSecond));
      return { writers, auditedPerSecond: a, unauditedPerSecond: u, kept: +kept.toFixed(2), auditedP99Ms: med(of(true).map((r) => r.p99Ms)), unauditedP99Ms: med(of(false).map((r) => r.p99Ms)) };
    });
    const bulk: AuditResult['bulk'] = [];
    for (const rows of settings.bulkSizes) {
      await audit.off();
      const unauditedSeconds = await bulkWrite(db, rows, settings.bulkTimeoutSeconds);
      await audit.on();
      progress(`bulk ${rows} rows, triggers off: ${unauditedSeconds ?? 'timeout'} s; now with auditing on`);
      const auditedSeconds = await bulkWrite(db, rows, settings.bulkTimeoutSeconds);
      bulk.push({ rows, auditedSeconds, unauditedSeconds });
      progress(`bulk ${rows} rows, audited: ${auditedSeconds ?? `> ${settings.bulkTimeoutSeconds} (cancelled)`} s`);
    }
    return { settings, triggers: audit.names, runs, summary, bulk, loadAverage: [+load0.toFixed(2), +loadavg()[0]!.toFixed(2)] };
  } finally {
    await db.end();
    await api!.stop();
  }
}

export function formatAuditBench(r: AuditResult): string {
  const s = r.settings;
  const lines = [
    `\naudited writes (issue 9): updateUser renames, one target user per writer, ${s.seconds} s per run, ${s.rounds} round(s); "off" = triggers on audit_logs disabled (${r.triggers.join(', ')})`,
  ];
  for (const x of r.summary) {
    lines.push(
      `  ${String(x.writers).padStart(2)} writers: audited ${x.auditedPerSecond}/s (p99 ${x.auditedP99Ms} ms), off ${x.unauditedPerSecond}/s (p99 ${x.unauditedP99Ms} ms): keeps ${Math.round(x.kept * 100)} % (median of per-round shares; target >= 90 % at 64)`,
    );
  }
  lines.push('  audit rows written in one transaction (one INSERT ... SELECT, commit included):');
  const t = (v: number | null) => (v === null ? `> ${s.bulkTimeoutSeconds} s (cancelled)` : `${v} s`);
  for (const b of r.bulk) {
    const perRow = b.auditedSeconds === null ? '' : `, ${((b.auditedSeconds / b.rows) * 1e6).toFixed(1)} µs/row`;
    lines.push(`    ${String(b.rows).padStart(7)} rows: audited ${t(b.auditedSeconds)}${perRow}; triggers off ${t(b.unauditedSeconds)}`);
  }
  lines.push(`  1-min load average ${r.loadAverage[0]} before, ${r.loadAverage[1]} after (2 cores)`);
  lines.push(JSON.stringify({ bench: 'audit', ...r }));
  return lines.join('\n');
}
