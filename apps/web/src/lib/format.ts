import { type Euros, formatMoney, type Language } from '@kassabon/engine';
import { useMemo } from 'react';
import { useLanguage } from './i18n.ts';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export type Formatters = {
  /** `€ 13.000,00`: the engine's formatMoney, the one place money is rounded. */
  money: (amount: Euros) => string;
  count: (value: number) => string;
  /** A mean such as a rating: `7,8` in Dutch. */
  decimal: (value: number, digits?: number) => string;
};

function createFormatters(language: Language): Formatters {
  const counts = new Intl.NumberFormat(LOCALES[language]);
  return {
    money: (amount) => formatMoney(amount, language),
    count: (value) => counts.format(value),
    decimal: (value, digits = 1) =>
      new Intl.NumberFormat(LOCALES[language], {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value),
  };
}

/** Formatters in the current UI language. */
export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(() => createFormatters(language), [language]);
}
