// Preloaded (NODE_OPTIONS=--require) into an API server by bench/profile.ts only, never into a
// deployment: CPU profiles of a load window alone (a --cpu-prof profile would be mostly startup
// and seeding). SIGTTIN starts the V8 sampling profiler, SIGTTOU stops it and writes the profile
// to PROFILE_OUT_DIR/<n>.cpuprofile. The pid goes to PROFILE_PID_FILE so the script can signal it.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Session } = require('node:inspector');

const session = new Session();
session.connect();
let taken = 0;
process.on('SIGTTIN', () => {
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
});
process.on('SIGTTOU', () => {
  session.post('Profiler.stop', (err, result) => {
    taken += 1;
    const file = join(process.env.PROFILE_OUT_DIR || '.', `${taken}.cpuprofile`);
    writeFileSync(file, err ? JSON.stringify({ error: String(err) }) : JSON.stringify(result.profile));
    writeFileSync(`${file}.done`, '');
  });
});
if (process.env.PROFILE_PID_FILE) writeFileSync(process.env.PROFILE_PID_FILE, String(process.pid));
