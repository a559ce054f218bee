import { describeFinancier, FINANCIERS, type Language } from '@kassabon/engine';

const KNOWN_CODES = Object.keys(FINANCIERS);

/** The names of the financiers Kassabon knows, in the glossary's order: what a field offers. */
export function financierNames(language: Language): string[] {
  return KNOWN_CODES.map((code) => describeFinancier(code, language));
}

/**
 * The code for what the user typed or picked: a known financier's name (in either language,
 * any case) or code gives its code; anything else is the financier's own name, kept as typed
 * (the engine trims it), because a line may name any financier.
 */
export function financierCode(text: string): string {
  const wanted = text.trim().toLowerCase();
  for (const code of KNOWN_CODES) {
    if (code === wanted) return code;
    if (
      describeFinancier(code, 'nl').toLowerCase() === wanted ||
      describeFinancier(code, 'en').toLowerCase() === wanted
    )
      return code;
  }
  return text;
}
