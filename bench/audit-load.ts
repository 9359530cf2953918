/**
 * Load generator of the audit bench, in its own process (autocannon sends one fixed body; this
 * needs one target user per writer, so row locks on a shared user are not what is measured).
 * `writers` closed loops, each renaming its own user with `updateUser` for `seconds`.
 * argv: <url> <token> <writers> <seconds> <comma-separated user ids>. Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';

const [url, token, writersArg, secondsArg, idsArg] = process.argv.slice(2);
const writers = Number(writersArg);
const ids = idsArg!.split(',');
const MUTATION = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }';

async function main() {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const end = performance.now() + Number(secondsArg) * 1000;
  let counter = 0;
  const writer = async (w: number) => {
    const id = ids[w % ids.length]!;
    while (performance.now() < end) {
      counter += 1;
      const started = performance.now();
      const res = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: MUTATION, variables: { id, input: { name: `Audit writer ${w} #${counter}` } } }),
      });
      const body = (await res.json()) as { data?: { updateUser?: { id: string } }; errors?: unknown };
      if (res.status !== 200 || !body.data?.updateUser) {
        failures += 1;
        firstFailure ??= `HTTP ${res.status} ${JSON.stringify(body.errors)}`;
      } else latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => +(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN).toFixed(1);
  console.log(JSON.stringify({ ok: latencies.length, failures, firstFailure, perSecond: latencies.length / elapsed, p50Ms: at(0.5), p99Ms: at(0.99) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
