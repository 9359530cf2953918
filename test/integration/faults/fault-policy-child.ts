// Child-process entry for fault-policy.test.ts: installs the real process-level fault policy, then
// raises one kind of fault for real (an unhandled rejection, or an exception thrown from a
// setImmediate callback) and reports on stdout whether the process kept running.
import 'reflect-metadata';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { createLogger } from '../../../src/logger';
import { metricsRegistry } from '../../../src/metrics/registry';
import { installFaultPolicy } from '../../../src/server/fault-policy';

const mode = process.argv[2];
const log = createLogger('info');
installFaultPolicy({
  log,
  // main.ts drains and closes first; here there is nothing to drain.
  shutdown: (exitCode) => {
    process.stdout.write(`SHUTDOWN ${exitCode}\n`);
    process.exit(exitCode);
  },
});

/** postgres.js 3.4.9's nextWrite after closed(): compiled under the driver's own file name. */
const nextWrite = runInThisContext(
  '(function () { let socket = null; return function nextWrite() { return socket.write(Buffer.alloc(1)); }; })()',
  { filename: join(dirname(require.resolve('postgres')), 'connection.js') },
) as () => void;

if (mode === 'rejection') void Promise.reject(new Error('a promise nobody awaited'));
if (mode === 'driver') setImmediate(nextWrite);
if (mode === 'other') setImmediate(() => {
  throw new Error('a bug in our own code');
});

// Still here a while later: say so, with what the policy counted, and end normally.
setTimeout(() => {
  void metricsRegistry.getSingleMetricAsString('control_plane_unhandled_errors_total').then((text) => {
    process.stdout.write(`${text}\nALIVE\n`);
    process.exit(0);
  });
}, 300);
