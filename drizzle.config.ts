import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by the server (src/db/migrate.ts), never pushed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
