import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './create-database.ts';
import { ConflictError, isUniqueViolation } from './errors.ts';
import { memberships, organisations, type Role, users } from './schema.ts';
import { isUuid } from './uuid.ts';

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MembershipWithOrganisation = {
  organisationId: string;
  organisationName: string;
  role: Role;
};

/** E-mail addresses are compared without case: stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates a user without a password (set through a setup link). ConflictError if the e-mail exists. */
export async function createUser(db: Db, email: string): Promise<User> {
  const normalised = normaliseEmail(email);
  try {
    const [created] = await db.insert(users).values({ email: normalised }).returning();
    if (!created) throw new Error('insert into users returned no row');
    return created;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`a user with e-mail ${normalised} exists`, 'users_email_unique', {
        cause: error,
      });
    throw error;
  }
}

/** Stores the hash of a new password (hashing is the caller's). False when no such user. */
export async function setPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const updated = await db
    .update(users)
    .set({ passwordHash })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return updated.length > 0;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [found] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return found;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  if (!isUuid(id)) return undefined;
  const [found] = await db.select().from(users).where(eq(users.id, id));
  return found;
}

/** Gives a user a role in an organisation. ConflictError if they are a member already. */
export async function addMembership(
  db: Db,
  organisationId: string,
  userId: string,
  role: Role,
): Promise<Membership> {
  try {
    const [created] = await db
      .insert(memberships)
      .values({ organisationId, userId, role })
      .returning();
    if (!created) throw new Error('insert into memberships returned no row');
    return created;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        'the user is a member of this organisation already',
        'memberships_organisation_id_user_id_pk',
        { cause: error },
      );
    throw error;
  }
}

/** The organisations a user belongs to, by name: "my organisations". */
export async function listMembershipsOfUser(
  db: Db,
  userId: string,
): Promise<MembershipWithOrganisation[]> {
  if (!isUuid(userId)) return [];
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function findMembership(
  db: Db,
  organisationId: string,
  userId: string,
): Promise<Membership | undefined> {
  if (!isUuid(organisationId) || !isUuid(userId)) return undefined;
  const [found] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return found;
}

export type Member = { userId: string; email: string; role: Role };

/** The members of an organisation, by e-mail address. */
export async function listMembers(db: Db, organisationId: string): Promise<Member[]> {
  return db
    .select({ userId: memberships.userId, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.email));
}
