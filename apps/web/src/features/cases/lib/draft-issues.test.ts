import type { CaseRead } from '@kassabon/contract';
import { describe, expect, it } from 'vitest';
import { validateDraft } from './draft-issues.ts';

const read: CaseRead = {
  code: 'K-1',
  scenarios: [{ kind: 'with', lines: [{ item: 'own-item-of-an-own-list', quantity: 1 }] }],
  participants: [{ code: 'R1', role: 'resident', userId: null }],
  version: 1,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: '00000000-0000-4000-8000-000000000001', referencePriceList: null },
};

describe('validateDraft', () => {
  it('finds nothing wrong with a good case, whatever its receipts are priced from', () => {
    expect(validateDraft(read)).toEqual([]);
  });

  it('names each problem by its path in the case, in the engine words', () => {
    expect(
      validateDraft({
        ...read,
        interviews: [{ participant: 'X1', rating: 11 }],
        endedOn: '2024-01-01',
        startedOn: '2025-01-01',
      }),
    ).toEqual([
      { path: 'endedOn', message: 'is before startedOn (2025-01-01)' },
      {
        path: 'interviews[0].participant',
        message: 'unknown participant "X1" (the case\'s participants: "R1")',
      },
      { path: 'interviews[0].rating', message: 'must be between 1 and 10' },
    ]);
  });
});
