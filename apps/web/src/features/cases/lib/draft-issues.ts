import type { CaseRead } from '@kassabon/contract';
import { type Issue, validateCaseFile } from '@kassabon/engine';

/**
 * What is wrong with the draft, by the same engine rules and messages as the server's
 * (packages/services/src/case-service.ts validates a write exactly so), with paths relative to
 * the case. The receipts are left out here: they are priced from lists this page does not load,
 * and the receipts editor checks them with its own live analysis.
 */
export function validateDraft(draft: CaseRead): Issue[] {
  const { version: _version, updatedAt: _updatedAt, pricing: _pricing, ...document } = draft;
  const caseRecord = {
    ...document,
    ...(document.participants && {
      participants: document.participants.map(({ userId: _userId, ...participant }) => participant),
    }),
    scenarios: [],
  };
  return caseIssues(caseRecord);
}

/** The problems of one case of a case file, with paths relative to the case. */
export function caseIssues(caseRecord: unknown): Issue[] {
  const result = validateCaseFile({ version: 1, cases: [caseRecord] });
  if (result.ok) return [];
  return result.issues.map((issue) => ({
    path: issue.path.replace(/^cases\[0\]\.?/, ''),
    message: issue.message,
  }));
}
