import { describe, expect, it } from 'vitest';
import { fieldId, isWithin, parsePath, valueAt, withValueAt } from './draft-path.ts';

describe('paths into a case', () => {
  it('reads a path as the engine writes it', () => {
    expect(parsePath('interviews[0].quotes[12].text')).toEqual([
      'interviews',
      0,
      'quotes',
      12,
      'text',
    ]);
    expect(parsePath('code')).toEqual(['code']);
    expect(valueAt({ interviews: [{ rating: 8 }] }, 'interviews[0].rating')).toBe(8);
    expect(valueAt({ interviews: [] }, 'interviews[3].rating')).toBeUndefined();
  });

  it('writes a copy, making what is missing and leaving the rest untouched', () => {
    const before = { code: 'K-1', meetings: [{ hours: 1 }, { hours: 2 }] };
    const after = withValueAt(before, 'meetings[1].hourlyRate', 80);
    expect(after).toEqual({ code: 'K-1', meetings: [{ hours: 1 }, { hours: 2, hourlyRate: 80 }] });
    expect(before.meetings[1]).toEqual({ hours: 2 });
    expect(after.meetings[0]).toBe(before.meetings[0]);
    expect(withValueAt({ code: 'K-1' }, 'narrative.situation', 'Schulden')).toEqual({
      code: 'K-1',
      narrative: { situation: 'Schulden' },
    });
  });

  it('removes a field written as undefined', () => {
    expect(withValueAt({ code: 'K-1', title: 'Oud' }, 'title', undefined)).toEqual({ code: 'K-1' });
  });

  it('names an input by its path, and knows what lies below a path', () => {
    expect(fieldId('interviews[0].rating')).toBe('field-interviews-0-rating');
    expect(isWithin('interviews[0].rating', 'interviews')).toBe(true);
    expect(isWithin('interviewsX', 'interviews')).toBe(false);
    expect(isWithin('meetings[0].attendees[2]', 'meetings[0].attendees')).toBe(true);
  });
});
