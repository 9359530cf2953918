import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../setup/free-port';

export interface PrometheusServer {
  url: string;
  /** The tail of Prometheus's own log (stderr, logfmt). */
  log(): string;
  stop(): Promise<void>;
}

export interface PrometheusOptions {
  /** Contents of a rule file (YAML `groups:`), loaded through `rule_files`. */
  rules?: string;
  /** Alertmanager-compatible receivers (`host:port`, API v2) and the bearer credential Prometheus sends them. */
  alertmanagers?: Array<{ target: string; bearer: string }>;
  /** Extra command-line flags, e.g. `--rules.alert.resend-delay=2s` (the default re-sends firing alerts once a minute). */
  flags?: string[];
}

/**
 * A real Prometheus (Debian package `prometheus`; .ci/run installs it) on a free loopback port,
 * with a temp storage dir, scraping the given targets every second and evaluating rules every
 * second. Missing binary: start fails.
 */
export async function startPrometheus(targets: string[], opts: PrometheusOptions = {}): Promise<PrometheusServer> {
  const dir = await mkdtemp(join(tmpdir(), 'prometheus-test-'));
  const config = join(dir, 'prometheus.yml');
  const lines = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    '  - job_name: control_plane',
    '    metrics_path: /metrics',
    '    static_configs:',
    `      - targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]`,
  ];
  if (opts.rules !== undefined) {
    await writeFile(join(dir, 'rules.yml'), opts.rules);
    lines.push('rule_files:', `  - ${JSON.stringify(join(dir, 'rules.yml'))}`);
  }
  if (opts.alertmanagers?.length) {
    lines.push('alerting:', '  alertmanagers:');
    for (const am of opts.alertmanagers) {
      lines.push(
        '    - api_version: v2',
        '      timeout: 5s',
        `      authorization: { type: Bearer, credentials: ${JSON.stringify(am.bearer)} }`,
        `      static_configs: [{ targets: [${JSON.stringify(am.target)}] }]`,
      );
    }
  }
  await writeFile(config, [...lines, ''].join('\n'));
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const child = spawn(
      'prometheus',
      [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, ...(opts.flags ?? [])],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-16_000)));
    const url = `http://127.0.0.1:${port}`;
    try {
      await untilReady(child, url);
      return { url, log: () => stderr, stop: () => stop(child).then(() => rm(dir, { recursive: true, force: true })) };
    } catch (err) {
      await stop(child);
      // Another process took the port between freePort and bind: try another.
      if (attempt < 3 && /address already in use/.test(stderr)) continue;
      await rm(dir, { recursive: true, force: true });
      throw new Error(`prometheus did not start: ${(err as Error).message}\n${stderr}`);
    }
  }
}

async function untilReady(child: ChildProcess, url: string): Promise<void> {
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`exited with ${code}`))));
  const deadline = Date.now() + 30_000;
  const poll = (async () => {
    while (Date.now() < deadline) {
      const ok = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('not ready within 30 s');
  })();
  await Promise.race([poll, spawnError, exited]);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
