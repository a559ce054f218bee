import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes a calendar date out in the language of the page, whatever the time zone', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('maart', 'nl')).toBe('maart');
  });
});
