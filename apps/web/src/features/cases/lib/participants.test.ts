import type { CaseRead } from '@kassabon/contract';
import { describe, expect, it } from 'vitest';
import { nextParticipantCode, removeParticipant, renameParticipant } from './participants.ts';

const read: CaseRead = {
  code: 'K-1',
  scenarios: [],
  participants: [
    { code: 'R1', role: 'resident' },
    { code: 'P1', role: 'professional', userId: null },
  ],
  meetings: [{ hours: 1, attendees: ['R1', 'P1'] }],
  interviews: [{ participant: 'R1', rating: 8 }],
  wellbeing: [{ participant: 'R1', moment: 'before', score: 4 }],
  version: 1,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

describe('participants', () => {
  it('get the next free code for their role', () => {
    expect(nextParticipantCode(read.participants ?? [], 'resident')).toBe('R2');
    expect(nextParticipantCode(read.participants ?? [], 'professional')).toBe('P2');
    expect(nextParticipantCode([], 'other')).toBe('O1');
  });

  it('take their new code into the MDOs, interviews and scores', () => {
    const renamed = renameParticipant(read, 0, 'R7');
    expect(renamed.participants?.[0]?.code).toBe('R7');
    expect(renamed.meetings?.[0]?.attendees).toEqual(['R7', 'P1']);
    expect(renamed.interviews?.[0]?.participant).toBe('R7');
    expect(renamed.wellbeing?.[0]?.participant).toBe('R7');
  });

  it('leave the references alone where a code would mix two people', () => {
    const clash = renameParticipant(read, 0, 'P1');
    expect(clash.participants?.map((participant) => participant.code)).toEqual(['P1', 'P1']);
    expect(clash.interviews?.[0]?.participant).toBe('R1');
  });

  it('leave the MDOs when removed, and keep their interviews for the user to decide', () => {
    const removed = removeParticipant(read, 0);
    expect(removed.participants).toEqual([{ code: 'P1', role: 'professional', userId: null }]);
    expect(removed.meetings?.[0]?.attendees).toEqual(['P1']);
    expect(removed.interviews).toEqual(read.interviews);
  });
});
