import { resolve } from 'node:path';
import { createDatabase, type Database, DataDirLockedError, migrate } from '@kassabon/db';

export type DatabaseOptions = { dataDir?: string | undefined };

/**
 * The database the CLI and the server share: PostgreSQL when DATABASE_URL is set, else the
 * embedded PGlite in --data-dir, KASSABON_DATA_DIR or ./data. Migrations run on opening.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const dataDir = resolve(options.dataDir ?? process.env.KASSABON_DATA_DIR ?? 'data');
  let database: Database;
  try {
    database = url ? await createDatabase({ url }) : await createDatabase({ dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new DatabaseBusyError(error.message);
    throw error;
  }
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The data folder is held by another process: say so, change nothing (exit 1). */
export class DatabaseBusyError extends Error {}

export function describeDatabase(options: DatabaseOptions = {}): string {
  if (process.env.DATABASE_URL) return 'PostgreSQL (DATABASE_URL)';
  return `PGlite in ${resolve(options.dataDir ?? process.env.KASSABON_DATA_DIR ?? 'data')}`;
}
