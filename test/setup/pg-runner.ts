// Child-process entry started by pg-server.ts: owns one embedded PostgreSQL cluster for a test run.
// Protocol: one line `READY <json>` or `FAILED <json>` on stdout; the cluster is stopped and its
// directory removed when stdin closes, which also happens if the test runner dies.
import { rmSync } from 'node:fs';
import { startEmbeddedCluster, type EmbeddedCluster } from './embedded-cluster';

let cluster: EmbeddedCluster | undefined;

// Last resort for crashes: the data directory goes (postgres itself is stopped by stop()).
process.on('exit', () => {
  if (cluster) rmSync(cluster.root, { recursive: true, force: true });
});

async function main(): Promise<void> {
  try {
    cluster = await startEmbeddedCluster();
  } catch (err) {
    process.stdout.write(`FAILED ${JSON.stringify({ message: err instanceof Error ? err.message : String(err) })}\n`);
    process.exit(1);
  }
  process.stdout.write(`READY ${JSON.stringify({ serverUrl: cluster.serverUrl, pid: cluster.pid })}\n`);

  process.stdin.resume();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const running = cluster;
    void (running ? running.stop() : Promise.resolve()).then(
      () => {
        cluster = undefined;
        process.exit(0);
      },
      (err: unknown) => {
        process.stderr.write(`stopping embedded PostgreSQL failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.stdin.once('close', stop);
  // A signal to the runner (Ctrl-C on the test run) must not leave postgres behind either.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, stop);
}

void main();
