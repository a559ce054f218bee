import type { CaseRead } from '@kassabon/contract';
import { describe, expect, it } from 'vitest';
import { meetingCost, meetingLine, withLineOnWithReceipt } from './meeting-cost.ts';

const read: CaseRead = {
  code: 'K-1',
  scenarios: [{ kind: 'before', lines: [] }],
  version: 1,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

describe('the cost of an MDO', () => {
  it('is attendees × hours × hourly rate, once hours and rate are known', () => {
    expect(meetingCost({ hours: 1.5, hourlyRate: 80, attendees: ['R1', 'P1', 'P2'] })).toBe(360);
    expect(meetingCost({ hours: 2, hourlyRate: 80 })).toBe(0);
    expect(meetingCost({ hours: 2, attendees: ['R1'] })).toBeUndefined();
  });

  it('becomes an investment line of the "with" receipt, which is made where missing', () => {
    const line = meetingLine(
      { date: '2025-03-04', hours: 2, hourlyRate: 75, attendees: ['R1', 'P1'] },
      'gemeente-overig',
    );
    expect(line).toEqual({
      label: 'MDO 2025-03-04',
      amount: 300,
      financier: 'gemeente-overig',
      investment: true,
    });
    if (!line) throw new Error('no line');
    const added = withLineOnWithReceipt(read, line);
    expect(added.scenarios).toEqual([
      { kind: 'before', lines: [] },
      { kind: 'with', lines: [line] },
    ]);
    const again = withLineOnWithReceipt(added, { ...line, label: 'MDO' });
    expect(again.scenarios[1]?.lines).toEqual([line, { ...line, label: 'MDO' }]);
  });
});
