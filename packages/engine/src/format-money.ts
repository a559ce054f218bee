import type { Euros } from './analysis-types.ts';
import type { Language } from './financiers.ts';

const formatters: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/**
 * Euros for display, rounded to cents: `€ 13.000,00` in Dutch, `€13,000.00` in English.
 * The only place money is rounded. Spaces are plain so terminal and copied text align.
 */
export function formatMoney(amount: Euros, language: Language): string {
  // Adding 0 turns -0 into 0, so a tiny negative does not print as "-€ 0,00".
  const rounded = Math.round(amount * 100) / 100 + 0;
  return formatters[language].format(rounded).replace(/\u00a0/g, ' ');
}
