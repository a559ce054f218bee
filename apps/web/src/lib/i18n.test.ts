import { describe, expect, it } from 'vitest';
import { createI18n, persistLanguage, resources, storedLanguage } from './i18n.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('has every Dutch key in English and no others', () => {
    expect(keys(resources.en.translation).sort()).toEqual(keys(resources.nl.translation).sort());
  });

  it('speaks Dutch by default and keeps a switch to English for the next visit', async () => {
    localStorage.clear();
    expect(storedLanguage()).toBe('nl');
    const i18n = createI18n(storedLanguage());
    expect(i18n.t('login.title')).toBe('Inloggen');
    persistLanguage(i18n);
    await i18n.changeLanguage('en');
    expect(i18n.t('login.title')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(storedLanguage()).toBe('en');
    localStorage.clear();
  });
});
