import type { CaseRead, Session } from '@kassabon/contract';

/**
 * Unsaved drafts in sessionStorage, by user, case and the version they were made on: a session
 * that ends mid-edit sends the user to the login page, and this is how their typing survives
 * the trip. sessionStorage belongs to one tab and goes with it; free text in it may hold
 * personal data, so it does not outlive the tab as localStorage would, and a draft is offered
 * only to the user who typed it, not to another who signs in in the same tab.
 */

const PREFIX = 'kassabon.caseDraft.';

export type StoredDraft = { draft: CaseRead; savedAt: string };

/** Whose draft of which case: the scope the functions below store under. */
export function draftScope(session: Pick<Session, 'organisationId' | 'email'>, code: string) {
  return [session.organisationId, session.email, code].map(encodeURIComponent).join('/');
}

const keyOf = (scope: string, version: number) => `${PREFIX}${scope}@${version}`;

export function storeDraft(
  scope: string,
  version: number,
  draft: CaseRead,
  now = new Date(),
): void {
  try {
    sessionStorage.setItem(
      keyOf(scope, version),
      JSON.stringify({ draft, savedAt: now.toISOString() } satisfies StoredDraft),
    );
  } catch {
    // Storage off or full: the draft then lives as long as the page, as it would anyway.
  }
}

export function readStoredDraft(scope: string, version: number): StoredDraft | undefined {
  try {
    const stored = sessionStorage.getItem(keyOf(scope, version));
    if (stored === null) return undefined;
    const parsed = JSON.parse(stored) as Partial<StoredDraft>;
    return parsed.draft && typeof parsed.savedAt === 'string'
      ? { draft: parsed.draft, savedAt: parsed.savedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Forgets the draft of one version of a case, or of every version (after a save, or when the
 * user leaves without saving).
 */
export function forgetDrafts(scope: string, version?: number): void {
  try {
    if (version !== undefined) {
      sessionStorage.removeItem(keyOf(scope, version));
      return;
    }
    const keys = Array.from({ length: sessionStorage.length }, (_, index) =>
      sessionStorage.key(index),
    );
    for (const key of keys)
      if (key?.startsWith(`${PREFIX}${scope}@`)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, then.
  }
}
