import { type DatabaseOptions, describeDatabase, openDatabase } from '../open-database.ts';
import { EXIT, type Output } from '../output.ts';

/** `kassabon db migrate`: opening the database runs the migrations; say so and close. */
export async function migrateDatabase(options: DatabaseOptions, output: Output): Promise<number> {
  const database = await openDatabase(options);
  await database.close();
  output.out(`the database is up to date: ${describeDatabase(options)}\n`);
  return EXIT.ok;
}
