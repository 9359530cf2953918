// Values handed from test/setup/global-setup.ts to test files through vitest's provide/inject.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the shared `control_plane_test` database (or DATABASE_URL when set). */
    databaseUrl: string;
    /** redis:// URL of the real redis-server started for this run (or REDIS_URL when set). */
    redisUrl: string;
  }
}
