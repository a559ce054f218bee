import type { CaseDocument } from '@kassabon/contract';
import { createPriceIndex, type PriceItem } from '@kassabon/engine';

/**
 * The worked example of docs/case-file.md (case VB-01 with its own price list), for the
 * tests of the receipt editor and the analysis view: its figures are in that page.
 */
export const exampleItems: PriceItem[] = [
  {
    code: 'bijstand-mnd',
    name: 'Bijstandsuitkering alleenstaande',
    unit: 'month',
    unitPrice: 1300,
    financier: 'gemeente-participatiewet',
    confidence: 'high',
    transfer: true,
  },
  {
    code: 'mw-uur',
    name: 'Maatschappelijk werk',
    unit: 'hour',
    unitPrice: 80,
    financier: 'gemeente-wmo',
  },
  {
    code: 'ggz-opname-dag',
    name: 'GGZ-opname',
    unit: 'day',
    unitPrice: 275,
    financier: 'zvw',
    confidence: 'low',
    category: 'ggz',
  },
  {
    code: 'mdo-uur',
    name: 'MDO, per deelnemer per uur',
    unit: 'hour',
    unitPrice: 75,
    financier: 'ketenpartners',
  },
];

export const examplePrices = createPriceIndex({ priceList: { year: 2025, items: exampleItems } });

export const exampleCase: CaseDocument = {
  code: 'VB-01',
  title: 'Alleenstaande met schulden en psychische klachten',
  kind: 'individual',
  participants: [
    { code: 'R1', role: 'resident', interviewed: true },
    { code: 'P1', role: 'professional', organisation: 'Wijkteam', userId: null },
  ],
  effects: [
    { effect: 'self-reliance', achieved: true, note: 'regelt de post weer zelf' },
    { effect: 'Weer contact met zus', achieved: true },
    { effect: 'safety', achieved: false },
  ],
  scenarios: [
    {
      kind: 'before',
      statedTotal: 18800,
      lines: [
        { item: 'bijstand-mnd', quantity: 12 },
        { item: 'mw-uur', quantity: 40 },
      ],
    },
    {
      kind: 'with',
      date: '2025-03-01',
      lines: [
        { item: 'mdo-uur', quantity: 12, investment: true },
        { item: 'bijstand-mnd', quantity: 6 },
        { item: 'mw-uur', quantity: 20 },
        { label: 'Verhuizing', amount: 1500, financier: 'gemeente-wmo', oneOff: true },
      ],
    },
    {
      kind: 'without',
      lines: [
        { item: 'bijstand-mnd', quantity: 12 },
        { item: 'ggz-opname-dag', quantity: 30, probability: 0.5 },
        {
          label: 'Uithuiszetting',
          amount: 8000,
          financier: 'woningcorporatie',
          oneOff: true,
          probability: 0.4,
          confidence: 'low',
          note: 'kans op huisuitzetting volgens de corporatie',
        },
      ],
    },
    { kind: 'followup', date: '2026-03-01', lines: [{ item: 'mw-uur', quantity: 10 }] },
  ],
  ratings: [
    { role: 'resident', score: 8, participant: 'R1' },
    { role: 'professional', score: 7.5, participant: 'P1' },
  ],
  wellbeing: [
    { participant: 'R1', moment: 'before', score: 4 },
    { participant: 'R1', moment: 'after', score: 7 },
  ],
  assumptions: { horizonYears: 3, dropOff: 0.2, attribution: 0.1 },
};
