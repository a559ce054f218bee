import type { Language } from '@kassabon/engine';
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';

const LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];
/** Dutch is the product's language; English is one click away. */
const DEFAULT_LANGUAGE: Language = 'nl';
const STORAGE_KEY = 'kassabon.language';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** An i18next instance with both languages loaded (they are small), ready at once. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** The language chosen earlier in this browser, else Dutch. */
export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage may be off (private mode, policy)
  }
}

/**
 * Keeps the chosen language across visits and in `<html lang>`, so screen readers pronounce
 * the page in the right language (WCAG 3.1.1).
 */
export function persistLanguage(i18n: I18n): void {
  const apply = (language: string) => {
    document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not stored: the choice then lasts until the page is reloaded.
    }
  };
  apply(i18n.language);
  i18n.on('languageChanged', apply);
}

/** The current UI language, as the engine's formatters take it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
