import { describe, expect, it } from 'vitest';
import { financierCode, financierNames } from './financier-choice.ts';

describe('financier choice', () => {
  it('offers the known financiers by name in the language of the page', () => {
    expect(financierNames('nl')[0]).toBe('Gemeente – Participatiewet');
    expect(financierNames('en')).toContain('Health insurer (Zvw)');
  });

  it.each([
    ['Gemeente – Wmo', 'gemeente-wmo'],
    ['health insurer (zvw)', 'zvw'],
    ['  UWV ', 'uwv'],
    ['woningcorporatie', 'woningcorporatie'],
    ['Stichting De Brug', 'Stichting De Brug'],
    ['Stichting ', 'Stichting '],
  ])('gives %j the code %j', (text, code) => {
    expect(financierCode(text)).toBe(code);
  });
});
