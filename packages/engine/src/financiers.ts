/**
 * The financiers Kassabon knows by name: who pays a line. A case file may use any other
 * code too; it is then shown as written.
 */
export const FINANCIERS = {
  'gemeente-participatiewet': {
    nl: 'Gemeente – Participatiewet',
    en: 'Municipality – Participation Act',
  },
  'gemeente-wmo': { nl: 'Gemeente – Wmo', en: 'Municipality – Social Support Act (Wmo)' },
  'gemeente-jeugdwet': { nl: 'Gemeente – Jeugdwet', en: 'Municipality – Youth Act' },
  'gemeente-schuldhulp': {
    nl: 'Gemeente – schuldhulpverlening',
    en: 'Municipality – debt counselling',
  },
  'gemeente-overig': { nl: 'Gemeente – overig', en: 'Municipality – other' },
  zvw: { nl: 'Zorgverzekeraar (Zvw)', en: 'Health insurer (Zvw)' },
  wlz: { nl: 'Wet langdurige zorg (Wlz)', en: 'Long-term Care Act (Wlz)' },
  uwv: { nl: 'UWV', en: 'UWV (employee insurance agency)' },
  woningcorporatie: { nl: 'Woningcorporatie', en: 'Housing corporation' },
  'politie-justitie': { nl: 'Politie / justitie', en: 'Police / justice' },
  'rijk-toeslagen': { nl: 'Rijk – toeslagen', en: 'Central government – allowances' },
  ketenpartners: { nl: 'Ketenpartners (gedeeld)', en: 'Chain partners (shared)' },
  overig: { nl: 'Overig', en: 'Other' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type Language = 'nl' | 'en';

/** The display name of a financier code, or the code itself when Kassabon does not know it. */
export function describeFinancier(code: string, language: Language): string {
  const known = (FINANCIERS as Record<string, { nl: string; en: string }>)[code];
  return known ? known[language] : code;
}
