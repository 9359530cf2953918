import { createControlPlaneClient, type ClientOptions } from './client';

export * from './generated/graphql';
export type { Requester } from './generated/sdk';
export * from './errors';
export type { Tokens, AuthOptions } from './auth';
export type { ClientOptions, ControlPlaneClient, WebSocketImpl } from './client';

/**
 * The client for browsers and any runtime with a global WebSocket (Node ≥ 22, Deno, Bun). On
 * Node 20 pass `webSocketImpl` (the `ws` package), or import from the package's `/node` entry.
 */
export function createClient(options: ClientOptions) {
  return createControlPlaneClient(options);
}
