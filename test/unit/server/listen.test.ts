import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listen, serverUrls } from '../../../src/server/listen';

describe('listening URLs and bind failures', () => {
  it('shows a wildcard HOST as localhost and brackets IPv6 addresses', () => {
    expect(serverUrls('0.0.0.0', 4000)).toEqual({
      http: 'http://localhost:4000/graphql',
      websocket: 'ws://localhost:4000/graphql',
      explorer: 'http://localhost:4000/graphql',
      metrics: 'http://localhost:4000/metrics',
    });
    expect(serverUrls('::1', 8080).http).toBe('http://[::1]:8080/graphql');
  });

  it('a port in use is a StartupError naming PORT, and other error listeners are not called while binding', async () => {
    const first = createServer();
    const port = await listen(first, 0, '127.0.0.1');
    const second = createServer();
    const seen: Error[] = [];
    second.on('error', (err) => seen.push(err));
    await expect(listen(second, port, '127.0.0.1')).rejects.toMatchObject({
      name: 'StartupError',
      setting: 'PORT',
      message: `PORT: port ${port} on 127.0.0.1 is already in use; stop the process using it, or set PORT to a free port`,
    });
    expect(seen).toHaveLength(0);
    expect(second.listenerCount('error')).toBe(1); // the listener given back
    await new Promise((done) => first.close(done));
  });
});
