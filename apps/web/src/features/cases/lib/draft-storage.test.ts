import type { CaseRead } from '@kassabon/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetDrafts, readStoredDraft, storeDraft } from './draft-storage.ts';

const draft: CaseRead = {
  code: 'K-1',
  title: 'Nog niet opgeslagen',
  scenarios: [],
  version: 2,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

afterEach(() => sessionStorage.clear());

describe('drafts kept in the tab', () => {
  it('come back for the same case and version only', () => {
    storeDraft('K-1', 2, draft, new Date('2025-03-01T14:03:00Z'));
    expect(readStoredDraft('K-1', 2)).toEqual({ draft, savedAt: '2025-03-01T14:03:00.000Z' });
    expect(readStoredDraft('K-1', 3)).toBeUndefined();
    expect(readStoredDraft('K-2', 2)).toBeUndefined();
  });

  it('are forgotten for one version or every version of a case, and only that case', () => {
    storeDraft('K-1', 1, draft);
    storeDraft('K-1', 2, draft);
    storeDraft('K-10', 2, draft);
    forgetDrafts('K-1', 1);
    expect(readStoredDraft('K-1', 1)).toBeUndefined();
    expect(readStoredDraft('K-1', 2)).toEqual(expect.objectContaining({ draft }));
    forgetDrafts('K-1');
    expect(readStoredDraft('K-1', 1)).toBeUndefined();
    expect(readStoredDraft('K-1', 2)).toBeUndefined();
    expect(readStoredDraft('K-10', 2)).toEqual(expect.objectContaining({ draft }));
  });
});
