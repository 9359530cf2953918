import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBenchInfra } from './cluster';
import { ME_QUERY, USERS_QUERY } from './compare-check';
import { seed } from './compare.bench';
import { autocannon, freshDatabase } from './compare-support';
import { spawnNodes } from './fanout-support';
import { summarize } from './profile-summary';

/**
 * `npx tsx bench/profile.ts <label>`: one production-like node (as the compare bench starts it),
 * the compare bench's 50 users, then a CPU profile of 10 s of `{ me { id name } }` (10 clients)
 * and of the users page (10 clients). Summaries go to docs/profiles/<label>-me.txt and
 * <label>-users.txt; the raw profiles stay in a temp folder (printed).
 */
async function main() {
  const label = process.argv[2] ?? 'profile';
  const seconds = Number(process.env.PROFILE_SECONDS ?? 10);
  const out = mkdtempSync(join(tmpdir(), 'api-profile-'));
  const pidFile = join(out, 'pid');
  process.env.FANOUT_SERVER_NODE_OPTIONS = `--require ${resolve(__dirname, 'profile-preload.cjs')}`;
  const infra = await startBenchInfra();
  try {
    const dbUrl = await freshDatabase(infra, 'bench_profile');
    const [api] = await spawnNodes({ ...infra, databaseUrl: dbUrl }, 1, `benchprof${Date.now()}:`, {
      ACCESS_TOKEN_TTL_SECONDS: '7200',
      PROFILE_OUT_DIR: out,
      PROFILE_PID_FILE: pidFile,
    });
    try {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      const token = await seed(api!.url);
      let taken = 0;
      for (const [name, query, variables] of [['me', ME_QUERY, {}], ['users', USERS_QUERY, { first: 50 }]] as const) {
        const load = (s: number) => autocannon(api!.url, { query, variables, token, connections: 10, seconds: s });
        await load(3); // warm-up: JIT, pools, prepared statements
        process.kill(pid, 'SIGTTIN');
        await sleep(200);
        const r = await load(seconds);
        process.kill(pid, 'SIGTTOU');
        taken += 1;
        const file = join(out, `${taken}.cpuprofile`);
        while (!existsSync(`${file}.done`)) await sleep(100);
        const title = `${label}: ${name} (${query}), autocannon 10 connections ${seconds} s: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99Ms} ms`;
        const text = summarize(file, title);
        writeFileSync(resolve(__dirname, `../docs/profiles/${label}-${name}.txt`), text);
        console.log(text.split('\n').slice(0, 40).join('\n'));
      }
      console.log(`raw profiles in ${out}`);
    } finally {
      await api!.stop();
    }
  } finally {
    await infra.close();
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
