import { asc, eq } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { ConflictError, isUniqueViolation } from './errors.ts';
import { organisations } from './schema.ts';
import { isUuid } from './uuid.ts';

export type Organisation = typeof organisations.$inferSelect;

/** Creates an organisation (a tenant). Throws ConflictError when the name is taken. */
export async function createOrganisation(db: Db, name: string): Promise<Organisation> {
  const trimmed = name.trim();
  try {
    const [created] = await db.insert(organisations).values({ name: trimmed }).returning();
    if (!created) throw new Error('insert into organisations returned no row');
    return created;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        `an organisation named "${trimmed}" exists`,
        'organisations_name_unique',
        { cause: error },
      );
    throw error;
  }
}

export async function findOrganisationByName(
  db: Db,
  name: string,
): Promise<Organisation | undefined> {
  const [found] = await db.select().from(organisations).where(eq(organisations.name, name.trim()));
  return found;
}

export async function findOrganisationById(db: Db, id: string): Promise<Organisation | undefined> {
  if (!isUuid(id)) return undefined;
  const [found] = await db.select().from(organisations).where(eq(organisations.id, id));
  return found;
}

/** All organisations, by name. For administrators: there are few. */
export async function listOrganisations(db: Db): Promise<Organisation[]> {
  return db.select().from(organisations).orderBy(asc(organisations.name));
}
