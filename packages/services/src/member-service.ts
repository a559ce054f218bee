import type { Member } from '@kassabon/contract';
import { type Database, listMembers as listMemberRows } from '@kassabon/db';
import { CASE_WRITERS, type Principal, requireRole } from './principal.ts';

/**
 * The organisation's members, for linking a professional participant to their account.
 * E-mail addresses are personal data: only those who manage cases see them.
 */
export async function listMembers(database: Database, principal: Principal): Promise<Member[]> {
  requireRole(principal, ...CASE_WRITERS);
  return listMemberRows(database.db, principal.organisationId);
}
