import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { metricsRegistry } from './registry';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics. With a token configured, only `Authorization: Bearer <token>` is answered; the
 * comparison is on digests of equal length, in constant time, so timing does not reveal a prefix.
 */
export function metricsHandler(token: string | undefined) {
  const expected = token ? digest(token) : null;
  return async (req: Request, res: Response): Promise<void> => {
    if (expected) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
      if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        res.status(401).type('text/plain').send('metrics need Authorization: Bearer <METRICS_TOKEN>\n');
        return;
      }
    }
    res.setHeader('content-type', metricsRegistry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(await metricsRegistry.metrics());
  };
}
