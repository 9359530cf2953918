// Preloaded (NODE_OPTIONS=--require) into the API servers the fan-out bench spawns, never into a
// real deployment. The server has no GC endpoint, and heap figures read right after a burst are
// mostly garbage awaiting collection; SIGUSR2 asks for a full collection before memory is read.
// The pid goes to BENCH_PID_FILE so the bench can signal this process.
const { writeFileSync } = require('node:fs');
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
process.on('SIGUSR2', () => gc());
if (process.env.BENCH_PID_FILE) writeFileSync(process.env.BENCH_PID_FILE, String(process.pid));
