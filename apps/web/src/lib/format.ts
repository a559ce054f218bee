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
  /** A number as typed, with as many decimals as it has: `-0,5`, `1.000.000`. */
  number: (value: number) => string;
  /** A calendar date `YYYY-MM-DD` as people read it: `1 maart 2025`. */
  date: (isoDate: string) => string;
  /** A moment (ISO 8601) in the browser's time zone: `1 mrt 2025, 14:03`. */
  dateTime: (iso: string) => string;
};

export function createFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const counts = new Intl.NumberFormat(locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  // A calendar date has no time zone: read and shown in UTC, it stays the same day everywhere.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    money: (amount) => formatMoney(amount, language),
    count: (value) => counts.format(value),
    decimal: (value, digits = 1) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value),
    number: (value) => numbers.format(value),
    date: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dates.format(date);
    },
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : moments.format(date);
    },
  };
}

type NumberSeparators = { decimalSeparator: string; thousandSeparator: string };

// Read once per language: number fields ask on every render, and a keystroke re-renders them.
const separators = new Map<Language, NumberSeparators>();

/** How a number field writes a number in the language, as Mantine's NumberInput takes it. */
export function numberSeparators(language: Language): NumberSeparators {
  let known = separators.get(language);
  if (!known) {
    const parts = new Intl.NumberFormat(LOCALES[language]).formatToParts(10_000.5);
    known = {
      decimalSeparator: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      thousandSeparator: parts.find((part) => part.type === 'group')?.value ?? ',',
    };
    separators.set(language, known);
  }
  return known;
}

/** Formatters in the current UI language. */
export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(() => createFormatters(language), [language]);
}
