import type { CaseRead } from '@kassabon/contract';
import { useCallback, useEffect, useState } from 'react';
import { sameDocument } from './case-draft.ts';
import { forgetDrafts, readStoredDraft, type StoredDraft, storeDraft } from './draft-storage.ts';

/**
 * Keeps the unsaved draft in this tab's storage while there is one, and offers a draft found
 * there when the page opens (after signing in again, or a reload). While the offer stands,
 * nothing is written over it: the user decides first.
 */
export function useStoredDraft({
  scope,
  base,
  draft,
  isDirty,
}: {
  /** draftScope() of the user and the case as read. */
  scope: string;
  base: CaseRead;
  draft: CaseRead;
  isDirty: boolean;
}) {
  const [offer, setOffer] = useState<StoredDraft | undefined>(() => {
    const stored = readStoredDraft(scope, base.version);
    return stored && !sameDocument(stored.draft, base) ? stored : undefined;
  });

  useEffect(() => {
    if (offer) return;
    if (isDirty) storeDraft(scope, base.version, draft);
    else forgetDrafts(scope, base.version);
  }, [offer, isDirty, draft, base, scope]);

  const dismiss = useCallback(() => setOffer(undefined), []);
  const discard = useCallback(() => {
    forgetDrafts(scope, base.version);
    setOffer(undefined);
  }, [base, scope]);
  return { offer, dismiss, discard };
}
