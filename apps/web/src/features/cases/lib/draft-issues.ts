import type { CaseDocument, CaseRead } from '@kassabon/contract';
import { type Issue, validateCaseFile } from '@kassabon/engine';

/**
 * What is wrong with the draft, by the same engine rules and messages as the server's
 * (packages/services/src/case-service.ts validates a write exactly so), with paths relative to
 * the case. The receipts are left out here: they are priced from lists this page does not load,
 * and the receipts editor checks them with its own live analysis.
 */
export function validateDraft(draft: CaseRead): Issue[] {
  const { version: _version, updatedAt: _updatedAt, pricing: _pricing, ...document } = draft;
  return caseIssues({ ...withoutAccounts(document), scenarios: [] });
}

/** The problems of one case of a case file, with paths relative to the case. */
export function caseIssues(caseRecord: unknown): Issue[] {
  const result = validateCaseFile({ version: 1, cases: [caseRecord] });
  return result.ok ? [] : issuesOfTheCase(result.issues);
}

const CASE_PATH = /^cases\[0\]\.?/;

/**
 * The issues of a one-case file that are the case's, with paths relative to it
 * (`scenarios[1].lines[0].quantity`).
 */
export function issuesOfTheCase(issues: readonly Issue[]): Issue[] {
  return issues
    .filter((issue) => CASE_PATH.test(issue.path))
    .map((issue) => ({ path: issue.path.replace(CASE_PATH, ''), message: issue.message }));
}

/**
 * The case as the server checks a write (services' prepareWrite): a participant's link to a
 * user account is the app's, not part of the case file.
 */
export function withoutAccounts<T extends Pick<CaseDocument, 'participants'>>(draft: T): T {
  if (!draft.participants) return draft;
  return {
    ...draft,
    participants: draft.participants.map(({ userId: _userId, ...participant }) => participant),
  };
}
