import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../errors/startup-error';

/** Binds the HTTP server; a bind failure is a StartupError naming PORT or HOST (never an uncaught 'error'). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  // The WebSocket server re-emits the HTTP server's errors, and graphql-ws prints a bind failure
  // as "Internal error emitted on the WebSocket server" with a stack: while binding, ours is the
  // only error listener; theirs come back once bound.
  const others = server.listeners('error') as Array<(err: Error) => void>;
  server.removeAllListeners('error');
  const restore = () => {
    for (const listener of others) server.on('error', listener);
  };
  return new Promise<number>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      restore();
      if (err.code === 'EADDRINUSE') {
        reject(new StartupError('PORT', `port ${port} on ${host} is already in use; stop the process using it, or set PORT to a free port`));
      } else if (err.code === 'EACCES') {
        reject(new StartupError('PORT', `not allowed to listen on port ${port}; set PORT to 1024 or above (or grant the privilege)`));
      } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
        reject(new StartupError('HOST', `${host} is not an address of this machine; set HOST (0.0.0.0 for all interfaces)`));
      } else {
        reject(new StartupError('PORT', `could not listen on ${host}:${port} (${err.code ?? err.message})`));
      }
    };
    const onListening = () => {
      server.off('error', onError);
      restore();
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export interface ServerUrls {
  http: string;
  websocket: string;
  /** The same /graphql URL, opened in a browser. */
  explorer: string;
  metrics: string;
}

/** The URLs a person can open or a client can use; a wildcard HOST is shown as localhost. */
export function serverUrls(host: string, port: number): ServerUrls {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const base = `${shown}:${port}`;
  return {
    http: `http://${base}/graphql`,
    websocket: `ws://${base}/graphql`,
    explorer: `http://${base}/graphql`,
    metrics: `http://${base}/metrics`,
  };
}

/** The listening line: readable on its own in plain JSON logs and in pino-pretty. */
export function listeningMessage(urls: ServerUrls): string {
  return `control plane listening: HTTP ${urls.http} | WebSocket ${urls.websocket} | explorer ${urls.explorer} (in a browser) | metrics ${urls.metrics}`;
}
