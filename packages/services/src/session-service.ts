import {
  createSession,
  type Database,
  deleteSession,
  findMembership,
  findSessionByHash,
  findSetupLink,
  findUserByEmail,
  findUserById,
  listMembershipsOfUser,
  markSetupLinkUsed,
  setPasswordHash,
} from '@kassabon/db';
import { invalid, ServiceError } from './errors.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import type { Principal } from './principal.ts';
import { createSecret, hashSecret } from './secrets.ts';

/** A session lasts this long without being renewed (ASVS 3.3: idle and absolute limits). */
export const SESSION_HOURS = 12;

export type SignedIn = {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  principal: Principal;
};

const refused = () =>
  new ServiceError('unauthenticated', 'the e-mail address or password is not right');

/**
 * Signs a user in to one of their organisations (the first, unless one is named) and opens
 * a session. The same answer for an unknown address and a wrong password.
 */
export async function signIn(
  database: Database,
  input: { email: string; password: string; organisationId?: string | undefined },
): Promise<SignedIn> {
  const user = await findUserByEmail(database.db, input.email.trim().toLowerCase());
  if (!user?.passwordHash) {
    await hashPassword(input.password); // the same work either way: no timing oracle for addresses
    throw refused();
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) throw refused();
  const memberships = await listMembershipsOfUser(database.db, user.id);
  const membership = input.organisationId
    ? memberships.find((m) => m.organisationId === input.organisationId)
    : memberships[0];
  if (!membership) throw new ServiceError('forbidden', 'you are not a member of that organisation');
  return openSession(database, user.id, membership.organisationId, membership.role);
}

async function openSession(
  database: Database,
  userId: string,
  organisationId: string,
  role: Principal['role'],
): Promise<SignedIn> {
  const sessionToken = createSecret('kb_session');
  const csrfToken = createSecret('kb_session');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600 * 1000);
  await createSession(database.db, {
    tokenHash: hashSecret(sessionToken),
    userId,
    organisationId,
    csrfToken,
    expiresAt,
  });
  return {
    sessionToken,
    csrfToken,
    expiresAt,
    principal: { organisationId, role, userId, actor: `user:${userId}` },
  };
}

/** The principal and CSRF token of a session cookie, or null when it is unknown or expired. */
export async function authenticateSession(
  database: Database,
  sessionToken: string,
): Promise<{ principal: Principal; csrfToken: string } | null> {
  const session = await findSessionByHash(database.db, hashSecret(sessionToken));
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  // The role is read afresh, so a changed or removed membership takes effect at once.
  const membership = await findMembership(database.db, session.organisationId, session.userId);
  if (!membership) return null;
  return {
    principal: {
      organisationId: session.organisationId,
      role: membership.role,
      userId: session.userId,
      actor: `user:${session.userId}`,
    },
    csrfToken: session.csrfToken,
  };
}

export async function signOut(database: Database, sessionToken: string): Promise<void> {
  await deleteSession(database.db, hashSecret(sessionToken));
}

/**
 * Moves a signed-in user to another of their organisations. The role may change with it, so
 * a new session with a new CSRF token replaces the old one (ASVS 3.2.1), which ends.
 */
export async function switchOrganisation(
  database: Database,
  sessionToken: string,
  organisationId: string,
): Promise<SignedIn> {
  const session = await authenticateSession(database, sessionToken);
  const userId = session?.principal.userId;
  if (!userId) throw new ServiceError('unauthenticated', 'sign in to switch organisation');
  const membership = await findMembership(database.db, organisationId, userId);
  if (!membership) throw new ServiceError('forbidden', 'you are not a member of that organisation');
  const signedIn = await openSession(database, userId, organisationId, membership.role);
  await signOut(database, sessionToken);
  return signedIn;
}

/** Who is signed in: the user and the organisations they can switch between. */
export async function describeSession(database: Database, principal: Principal) {
  if (!principal.userId)
    throw new ServiceError('unauthenticated', 'an API token has no user session');
  const user = await findUserById(database.db, principal.userId);
  const memberships = await listMembershipsOfUser(database.db, principal.userId);
  return {
    email: user?.email ?? '',
    organisationId: principal.organisationId,
    role: principal.role,
    organisations: memberships.map((m) => ({
      id: m.organisationId,
      name: m.organisationName,
      role: m.role,
    })),
  };
}

/** Completes a one-time setup link: the user chooses a password and is signed in. */
export async function completeSetup(
  database: Database,
  input: { token: string; password: string },
): Promise<SignedIn> {
  const problem = passwordProblem(input.password);
  if (problem) throw invalid(`the password ${problem}`, [{ path: 'password', message: problem }]);
  const link = await findSetupLink(database.db, hashSecret(input.token));
  if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now())
    throw new ServiceError(
      'not-found',
      'this setup link is unknown, used or expired: ask an admin for a new one',
    );
  const passwordHash = await hashPassword(input.password);
  // Claiming the link and setting the password happen together, so two requests racing on
  // one link cannot both succeed.
  const claimed = await database.db.transaction(async (tx) => {
    if (!(await markSetupLinkUsed(tx, hashSecret(input.token)))) return false;
    await setPasswordHash(tx, link.userId, passwordHash);
    return true;
  });
  if (!claimed) throw new ServiceError('not-found', 'this setup link has been used already');
  const [membership] = await listMembershipsOfUser(database.db, link.userId);
  if (!membership) throw new ServiceError('forbidden', 'this account belongs to no organisation');
  return openSession(database, link.userId, membership.organisationId, membership.role);
}
