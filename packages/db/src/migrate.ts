import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Pool } from 'pg';
import type { Database, Schema } from './create-database.ts';

/** The committed migrations, the same SQL for PGlite and PostgreSQL. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Brings the database up to the latest migration; a no-op when it is there. Each migration
 * runs once (drizzle records them in `drizzle.__drizzle_migrations`), all pending ones in
 * one transaction. On PostgreSQL an advisory lock makes app servers that start together
 * migrate one after the other.
 */
export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // Each migrator is typed for its own driver but only uses what every PgDatabase has;
  // `kind` says which driver createDatabase put underneath.
  if (database.kind === 'pglite') {
    await migratePglite(database.db as PgliteDatabase<Schema>, config);
    // PGlite has no autovacuum, so it never gathers planner statistics on its own.
    await database.db.execute(sql`analyze`);
    return;
  }
  // createDatabase gives drizzle a pg.Pool; a session lock needs one connection of it.
  const pool = (database.db as NodePgDatabase<Schema> & { $client: Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('kassabon:migrate'))`);
    try {
      await migrateNodePostgres(drizzle({ client }), config);
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('kassabon:migrate'))`);
    }
  } finally {
    client.release();
  }
}
