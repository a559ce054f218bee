import type { CaseRead } from '@kassabon/contract';

/**
 * Unsaved drafts in sessionStorage, by case code and the version they were made on: a session
 * that ends mid-edit sends the user to the login page, and this is how their typing survives
 * the trip. sessionStorage belongs to one tab and goes with it; free text in it may hold
 * personal data, so it does not outlive the tab as localStorage would.
 */

const PREFIX = 'kassabon.caseDraft.';

export type StoredDraft = { draft: CaseRead; savedAt: string };

const keyOf = (code: string, version: number) => `${PREFIX}${code}@${version}`;

export function storeDraft(code: string, version: number, draft: CaseRead, now = new Date()): void {
  try {
    sessionStorage.setItem(
      keyOf(code, version),
      JSON.stringify({ draft, savedAt: now.toISOString() } satisfies StoredDraft),
    );
  } catch {
    // Storage off or full: the draft then lives as long as the page, as it would anyway.
  }
}

export function readStoredDraft(code: string, version: number): StoredDraft | undefined {
  try {
    const stored = sessionStorage.getItem(keyOf(code, version));
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
export function forgetDrafts(code: string, version?: number): void {
  try {
    if (version !== undefined) {
      sessionStorage.removeItem(keyOf(code, version));
      return;
    }
    const keys = Array.from({ length: sessionStorage.length }, (_, index) =>
      sessionStorage.key(index),
    );
    for (const key of keys)
      if (key?.startsWith(`${PREFIX}${code}@`)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, then.
  }
}
