import type { CaseRead } from '@kassabon/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { draftScope, forgetDrafts, readStoredDraft, storeDraft } from './draft-storage.ts';

const draft: CaseRead = {
  code: 'K-1',
  title: 'Nog niet opgeslagen',
  scenarios: [],
  version: 2,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

const kim = { organisationId: '00000000-0000-4000-8000-000000000001', email: 'kim@example.org' };
const [K1, K10, K2] = ['K-1', 'K-10', 'K-2'].map((code) => draftScope(kim, code)) as [
  string,
  string,
  string,
];

afterEach(() => sessionStorage.clear());

describe('drafts kept in the tab', () => {
  it('come back for the same case and version only', () => {
    storeDraft(K1, 2, draft, new Date('2025-03-01T14:03:00Z'));
    expect(readStoredDraft(K1, 2)).toEqual({ draft, savedAt: '2025-03-01T14:03:00.000Z' });
    expect(readStoredDraft(K1, 3)).toBeUndefined();
    expect(readStoredDraft(K2, 2)).toBeUndefined();
  });

  it('are not offered to someone else who signs in in the same tab', () => {
    storeDraft(K1, 2, draft);
    const other = draftScope({ ...kim, email: 'sam@example.org' }, 'K-1');
    expect(readStoredDraft(other, 2)).toBeUndefined();
    // A code with the separators in it is a case of its own.
    storeDraft(draftScope(kim, 'K-1@2'), 3, draft);
    forgetDrafts(K1);
    expect(readStoredDraft(draftScope(kim, 'K-1@2'), 3)).toBeDefined();
  });

  it('are forgotten for one version or every version of a case, and only that case', () => {
    storeDraft(K1, 1, draft);
    storeDraft(K1, 2, draft);
    storeDraft(K10, 2, draft);
    forgetDrafts(K1, 1);
    expect(readStoredDraft(K1, 1)).toBeUndefined();
    expect(readStoredDraft(K1, 2)).toEqual(expect.objectContaining({ draft }));
    forgetDrafts(K1);
    expect(readStoredDraft(K1, 1)).toBeUndefined();
    expect(readStoredDraft(K1, 2)).toBeUndefined();
    expect(readStoredDraft(K10, 2)).toEqual(expect.objectContaining({ draft }));
  });
});
