import { createControlPlaneClient, type ClientOptions, type WebSocketImpl } from './client';

export * from './index';

/**
 * The Node client: as the default entry, but when neither `webSocketImpl` nor a global WebSocket
 * (Node < 22) is there, it loads the `ws` package (an optional peer dependency) on the first
 * subscription. Browser bundles never reach this file, so they never pull `ws` in.
 */
export function createClient(options: ClientOptions) {
  return createControlPlaneClient(options, { webSocketImpl: loadWs });
}

async function loadWs(): Promise<WebSocketImpl | undefined> {
  try {
    const mod = (await import('ws')) as { default?: unknown; WebSocket?: unknown };
    return mod.WebSocket ?? mod.default;
  } catch {
    return undefined;
  }
}
