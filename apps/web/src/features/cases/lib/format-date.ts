import type { Language } from '@kassabon/engine';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date `YYYY-MM-DD` as people read it: "1 maart 2026". Other text as it is. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    utc,
  );
}
