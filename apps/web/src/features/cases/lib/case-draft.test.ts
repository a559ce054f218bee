import type { CaseRead } from '@kassabon/contract';
import { describe, expect, it } from 'vitest';
import { caseWriteOf, createDraftStore, reduceDraft, sameDocument } from './case-draft.ts';

const read: CaseRead = {
  code: 'K-1',
  title: 'Inwoner met schulden',
  scenarios: [],
  version: 3,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

describe('the draft of a case', () => {
  it('sees no change in a field typed in and emptied again', () => {
    const typed = { ...read, narrative: { situation: 'x' } };
    const emptied = { ...read, narrative: { situation: undefined } };
    expect(sameDocument(read, typed)).toBe(false);
    expect(sameDocument(read, emptied)).toBe(true);
    expect(sameDocument(read, { ...read, version: 4, updatedAt: 'later' })).toBe(true);
  });

  it('keeps what was typed while a save was on its way', () => {
    const sent = { ...read, title: 'Nieuw' };
    const written = { ...sent, version: 4 };
    const typedMeanwhile = { ...sent, team: 'Noord' };
    expect(reduceDraft({ base: read, draft: sent }, { type: 'saved', written, sent })).toEqual({
      base: written,
      draft: written,
    });
    expect(
      reduceDraft({ base: read, draft: typedMeanwhile }, { type: 'saved', written, sent }),
    ).toEqual({ base: written, draft: typedMeanwhile });
  });

  it('sends the document with the version it was read at, without its time of change', () => {
    expect(caseWriteOf({ ...read, title: 'Nieuw', version: 9 }, 3)).toEqual({
      code: 'K-1',
      title: 'Nieuw',
      scenarios: [],
      pricing: read.pricing,
      version: 3,
    });
  });

  it('tells whoever listens when the draft changes', () => {
    const store = createDraftStore(read);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    store.dispatch({ type: 'edit', recipe: (draft) => ({ ...draft, title: 'Nieuw' }) });
    expect(store.getState().draft.title).toBe('Nieuw');
    expect(store.getState().base).toBe(read);
    stop();
    store.dispatch({ type: 'load', read });
    expect(heard).toBe(1);
  });
});
