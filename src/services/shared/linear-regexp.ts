import { setFlagsFromString } from 'node:v8';

// V8's non-backtracking engine (the `l` flag) runs a regex in time linear in the input, as RE2
// does for Prometheus and Alertmanager. It is behind a V8 flag in Node 20; the flag only makes the
// `l` flag available and changes no other regex, so it is safe to set once at load.
setFlagsFromString('--enable-experimental-regexp-engine');

/**
 * Compiles a user's regex for the linear-time engine: matching can never backtrack
 * exponentially, however hostile the pattern or long the value. A pattern the engine cannot run in
 * linear time (backreferences, lookarounds, large counted repeats of groups) throws SyntaxError.
 */
export function linearRegExp(source: string, flags = ''): RegExp {
  return new RegExp(source, `${flags}l`);
}
