import { expect, test } from 'vitest';
import { spawnServer } from './spawn-server';
const entry = 'test/setup/zz-fake-server.ts';
test('ok + stop', async () => {
  const t = Date.now();
  const s = await spawnServer({ DATABASE_URL: 'postgres://x', LOG_LEVEL: 'info' }, { entry });
  console.log('ready in', Date.now() - t, s.url, s.wsUrl);
  expect(await (await fetch(s.baseUrl + '/')).text()).toBe('hi');
  const t2 = Date.now();
  await s.stop(); await s.stop();
  console.log('stopped in', Date.now() - t2, '\n', s.logs());
  expect(s.logs()).toContain('decorator key=name');
  expect(s.logs()).toContain('SIGTERM received');
});
test('two nodes at once', async () => {
  const [a, b] = await Promise.all([spawnServer({}, { entry }), spawnServer({}, { entry })]);
  expect(a.port).not.toBe(b.port);
  await Promise.all([a.stop(), b.stop()]);
});
test('crash', async () => {
  await expect(spawnServer({ FAKE_MODE: 'crash' }, { entry })).rejects.toThrow(/exited with code 1[\s\S]*boom: config invalid/);
});
test('missing entry', async () => {
  const err = await spawnServer({}, { entry: 'src/does-not-exist.ts' }).catch((e: Error) => e);
  console.log(String(err).slice(0, 600));
});
test('never ready', async () => {
  await expect(spawnServer({ FAKE_MODE: 'never' }, { entry, readyTimeoutMs: 1500 })).rejects.toThrow(/not ready within 1500 ms \(last \/readyz: HTTP 503\)/);
});
test('stubborn', async () => {
  const s = await spawnServer({ FAKE_MODE: 'stubborn' }, { entry });
  const t = Date.now(); await s.stop(); console.log('stubborn stop ms', Date.now() - t);
}, 20000);
