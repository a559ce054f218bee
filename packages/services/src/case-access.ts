import type { CaseSelection } from '@kassabon/db';
import { CASE_READERS, type Principal, requireRole } from './principal.ts';

/** The filters a user may put on the cases they see. */
export type CaseFilter = Omit<CaseSelection, 'organisationId' | 'participantUserId'>;

/**
 * The cases this principal may read, narrowed by `filter`: an admin's or analyst's are all
 * cases of their organisation, a professional's only those they take part in. Viewers read
 * no case (they see the portfolio, through portfolioSelection).
 */
export function readableCases(principal: Principal, filter: CaseFilter = {}): CaseSelection {
  requireRole(principal, ...CASE_READERS);
  return {
    ...filter,
    organisationId: principal.organisationId,
    ...(principal.role === 'professional' ? { participantUserId: principal.userId } : {}),
  };
}

/** The cases whose figures this principal may see added up: a viewer's are all of them. */
export function portfolioCases(principal: Principal, filter: CaseFilter = {}): CaseSelection {
  if (principal.role === 'viewer') return { ...filter, organisationId: principal.organisationId };
  return readableCases(principal, filter);
}
