import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -w @kassabon/db` writes a migration for each change to the schema. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './migrations',
  strict: true,
});
