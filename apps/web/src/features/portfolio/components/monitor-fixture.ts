import type { PortfolioReport } from '@kassabon/contract';
import {
  analyseCaseFile,
  type CaseFile,
  combineMonitor,
  createPriceIndex,
  monitorEntry,
} from '@kassabon/engine';

/**
 * A small portfolio with something in every part of the monitor, computed by the engine as
 * the API computes it: the tests check what the page shows against the engine's figures.
 */
const caseFile: CaseFile = {
  version: 1,
  priceList: {
    year: 2025,
    items: [{ code: 'opname', name: 'GGZ-opname', unit: 'day', unitPrice: 275, financier: 'zvw' }],
  },
  cases: [
    {
      code: 'K1',
      participants: [
        { code: 'R1', role: 'resident' },
        { code: 'P1', role: 'professional' },
      ],
      interviews: [
        {
          participant: 'R1',
          rating: 8,
          quotes: [
            { text: 'Eindelijk rust in huis.', consent: true },
            { text: 'Niet voor het rapport.', consent: false },
          ],
          improvementPoints: ['Meer mandaat voor de regisseur'],
        },
        { participant: 'P1', improvementPoints: ['meer mandaat voor de regisseur '] },
      ],
      barriers: [{ kind: 'not-purchased' }, { kind: 'cost-sharing-norm' }],
      effects: [
        { effect: 'self-reliance', achieved: true },
        { effect: 'Weer naar de sportclub', achieved: true },
      ],
      wellbeing: [
        { participant: 'R1', moment: 'before', score: 3.5 },
        { participant: 'R1', moment: 'after', score: 8.3 },
      ],
      scenarios: [
        {
          kind: 'with',
          lines: [{ label: 'Bijstand', amount: 3250, financier: 'gemeente-participatiewet' }],
        },
        {
          kind: 'without',
          lines: [
            { label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' },
            { item: 'opname', quantity: 20 },
          ],
        },
      ],
    },
    {
      code: 'K2',
      barriers: [{ kind: 'not-purchased' }],
      effects: [{ effect: 'self-reliance', achieved: false }],
      wellbeing: [
        { participant: 'R2', moment: 'before', score: 5 },
        { participant: 'R2', moment: 'after', score: 6 },
      ],
      scenarios: [
        { kind: 'with', lines: [{ item: 'opname', quantity: 4 }] },
        { kind: 'without', lines: [{ item: 'opname', quantity: 10 }] },
      ],
    },
  ],
};

const prices = createPriceIndex(caseFile);
const analysis = analyseCaseFile(caseFile);

export const MONITOR_FIXTURE: PortfolioReport = {
  portfolio: analysis.portfolio,
  monitor: combineMonitor(
    caseFile.cases.map((caseRecord) => monitorEntry(caseRecord, prices)),
    analysis.cases.flatMap((caseAnalysis) =>
      caseAnalysis.savings.vsWithout === null ? [] : [caseAnalysis.savings.vsWithout],
    ),
  ),
};
