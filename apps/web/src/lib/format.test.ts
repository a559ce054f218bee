import { describe, expect, it } from 'vitest';
import { createFormatters, numberSeparators } from './format.ts';

describe('createFormatters', () => {
  it('writes a calendar date out in the language of the page, whatever the time zone', () => {
    expect(createFormatters('nl').date('2026-03-01')).toBe('1 maart 2026');
    expect(createFormatters('en').date('2026-03-01')).toBe('1 March 2026');
    expect(createFormatters('nl').date('maart')).toBe('maart');
  });
});

describe('numberSeparators', () => {
  it('are those of the language: a decimal comma and a thousands point in Dutch', () => {
    expect(numberSeparators('nl')).toEqual({ decimalSeparator: ',', thousandSeparator: '.' });
    expect(numberSeparators('en')).toEqual({ decimalSeparator: '.', thousandSeparator: ',' });
  });
});
