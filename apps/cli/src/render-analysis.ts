import {
  type Case,
  type CaseAnalysis,
  type CaseFile,
  createPriceIndex,
  describeFinancier,
  type FileAnalysis,
  formatMoney,
  type Interval,
  type Language,
  type PortfolioAnalysis,
  type PriceIndex,
  priceLine,
  type Warning,
} from '@kassabon/engine';
import { type Messages, messagesFor } from './messages.ts';
import { renderTable } from './render-table.ts';

/** The terminal view of a file's analysis: each case's receipts side by side, then the totals. */
export function renderFileAnalysis(
  file: CaseFile,
  analysis: FileAnalysis,
  language: Language,
): string {
  const m = messagesFor(language);
  const prices = createPriceIndex(file);
  const parts = file.cases.map((caseRecord, index) =>
    renderCase(caseRecord, analysis.cases[index] as CaseAnalysis, prices, m, language),
  );
  parts.push(renderPortfolio(analysis.portfolio, m, language));
  return `${parts.join('\n\n')}\n`;
}

function renderCase(
  caseRecord: Case,
  analysis: CaseAnalysis,
  prices: PriceIndex,
  m: Messages,
  language: Language,
): string {
  const money = (amount: number | null) =>
    amount === null ? m.none : formatMoney(amount, language);
  const percent = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 2,
  });
  const title = caseRecord.title ? ` — ${caseRecord.title}` : '';
  const out: string[] = [`${m.case} ${caseRecord.code}${title}`, '='.repeat(60)];

  out.push(renderReceipts(caseRecord, analysis, prices, m, money));
  if (caseRecord.scenarios.length === 0) return out.join('\n');

  out.push('');
  out.push(`${m.savingsVsWithout}: ${money(analysis.savings.vsWithout)} ${m.perYear}`);
  out.push(`${m.savingsVsBefore}: ${money(analysis.savings.vsBefore)} ${m.perYear}`);

  if (analysis.byFinancier.length > 0) {
    out.push('', m.byFinancier);
    out.push(
      renderTable(
        [m.financier, m.before, m.with, m.without, m.savings],
        analysis.byFinancier.map((split) => [
          describeFinancier(split.financier, language),
          money(split.before),
          money(split.with),
          money(split.without),
          money(split.savingsVsWithout),
        ]),
      ),
    );
  }

  const multiYear = analysis.multiYear;
  if (multiYear) {
    out.push(
      '',
      `${m.multiYear} (${multiYear.horizonYears} ${m.years}, ${m.dropOff} ${percent.format(multiYear.dropOff)}, ` +
        `${m.attribution} ${percent.format(multiYear.attribution)}, ${m.discountRate} ${percent.format(multiYear.discountRate)})`,
    );
    const ratio =
      multiYear.benefitCostRatio === null
        ? m.none
        : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
            maximumFractionDigits: 2,
          }).format(multiYear.benefitCostRatio);
    out.push(
      renderTable(
        [],
        [
          [m.pvBenefits, money(multiYear.presentValueBenefits)],
          [m.pvCosts, money(multiYear.presentValueCosts)],
          [m.npv, money(multiYear.netPresentValue)],
          [m.bcr, ratio],
        ],
      ),
    );
  }

  const rangeRows: string[][] = [];
  const addRange = (label: string, interval: Interval | null) => {
    if (interval)
      rangeRows.push([label, money(interval.low), money(interval.expected), money(interval.high)]);
  };
  addRange(m.savingsVsWithout, analysis.range.savingsVsWithout);
  addRange(m.savingsVsBefore, analysis.range.savingsVsBefore);
  addRange(m.npv, analysis.range.netPresentValue);
  if (rangeRows.length > 0) out.push('', m.range, renderTable([], rangeRows));

  const societal = analysis.societal;
  const societalRows: string[][] = [];
  if (societal.savings.vsWithout !== null)
    societalRows.push([m.savingsVsWithout, money(societal.savings.vsWithout)]);
  if (societal.savings.vsBefore !== null)
    societalRows.push([m.savingsVsBefore, money(societal.savings.vsBefore)]);
  if (societal.netPresentValue !== null)
    societalRows.push([m.npv, money(societal.netPresentValue)]);
  if (societalRows.length > 0) out.push('', m.societal, renderTable([], societalRows));

  if (analysis.warnings.length > 0) {
    out.push('', `${m.warnings}:`);
    for (const warning of analysis.warnings) out.push(`  ! ${describeWarning(warning, m, money)}`);
  }
  return out.join('\n');
}

/** The receipts side by side: a row per cost line, a column per scenario. */
function renderReceipts(
  caseRecord: Case,
  analysis: CaseAnalysis,
  prices: PriceIndex,
  m: Messages,
  money: (amount: number | null) => string,
): string {
  if (caseRecord.scenarios.length === 0) return m.noReceipts;
  const order: Record<string, number> = { before: 0, with: 1, without: 2, followup: 3 };
  const scenarios = caseRecord.scenarios
    .map((scenario, index) => ({ scenario, index }))
    .sort(
      (a, b) => (order[a.scenario.kind] ?? 3) - (order[b.scenario.kind] ?? 3) || a.index - b.index,
    );
  let followupNumber = 0;
  const headers = scenarios.map(({ scenario }) => {
    if (scenario.kind !== 'followup') return m[scenario.kind];
    followupNumber++;
    return `${m.followup} ${followupNumber}${scenario.date ? ` (${scenario.date})` : ''}`;
  });

  const rows = new Map<string, (number | undefined)[]>();
  scenarios.forEach(({ scenario }, column) => {
    for (const line of scenario.lines) {
      const priced = priceLine(line, prices);
      const marks = [
        priced.oneOff ? m.oneOffMark : '',
        priced.investment ? m.investmentMark : '',
        line.probability !== undefined && line.probability !== 1
          ? `${m.probabilityMark} ${Math.round(line.probability * 100)}%`
          : '',
      ].filter(Boolean);
      const label = marks.length > 0 ? `${priced.label} (${marks.join(', ')})` : priced.label;
      let row = rows.get(label);
      if (row === undefined) {
        row = scenarios.map(() => undefined);
        rows.set(label, row);
      }
      row[column] = (row[column] ?? 0) + priced.amount;
    }
  });

  const sums = scenarios.map(({ scenario, index }) => {
    if (scenario.kind !== 'followup')
      return { total: analysis.totals[scenario.kind], oneOff: analysis.oneOff[scenario.kind] };
    const followup = analysis.followups.find((f) => f.scenarioIndex === index);
    return { total: followup?.total ?? null, oneOff: followup?.oneOff ?? null };
  });

  const body = [...rows].map(([label, amounts]) => [
    label,
    ...amounts.map((amount) => (amount === undefined ? '' : money(amount))),
  ]);
  const footer = [[m.totalPerYear, ...sums.map((sum) => money(sum.total))]];
  if (sums.some((sum) => sum.oneOff !== 0))
    footer.push([m.oneOff, ...sums.map((sum) => money(sum.oneOff))]);
  return renderTable([m.line, ...headers], body, footer);
}

function renderPortfolio(portfolio: PortfolioAnalysis, m: Messages, language: Language): string {
  const money = (amount: number | null) =>
    amount === null ? m.none : formatMoney(amount, language);
  const score = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const rating = (mean: number | null, n: number) =>
    `${mean === null ? m.none : score.format(mean)} (n=${n})`;
  const out = [
    m.portfolio,
    '='.repeat(60),
    `${portfolio.cases} ${m.cases}, ${portfolio.casesWithCounterfactual} ${m.withCounterfactual}`,
    renderTable(
      [],
      [
        [m.totalSavings, `${money(portfolio.totalSavingsVsWithout)} ${m.perYear}`],
        [m.meanSavings, money(portfolio.meanSavingsVsWithout)],
        [m.medianSavings, money(portfolio.medianSavingsVsWithout)],
        [
          m.ratings,
          `${m.residents} ${rating(portfolio.ratings.resident.mean, portfolio.ratings.resident.n)}, ` +
            `${m.professionals} ${rating(portfolio.ratings.professional.mean, portfolio.ratings.professional.n)}, ` +
            `${m.everyone} ${rating(portfolio.ratings.all.mean, portfolio.ratings.all.n)}`,
        ],
      ],
    ),
  ];
  if (portfolio.byFinancier.length > 0) {
    out.push(
      '',
      m.byFinancier,
      renderTable(
        [m.financier, m.before, m.with, m.without, m.savings],
        portfolio.byFinancier.map((split) => [
          describeFinancier(split.financier, language),
          money(split.before),
          money(split.with),
          money(split.without),
          money(split.savingsVsWithout),
        ]),
      ),
    );
  }
  return out.join('\n');
}

function describeWarning(
  warning: Warning,
  m: Messages,
  money: (amount: number | null) => string,
): string {
  if (warning.code === 'stated-total-mismatch') {
    const scenario = String(warning.scenario) as 'before' | 'with' | 'without' | 'followup';
    return m.statedTotalMismatch(
      m[scenario],
      money(Number(warning.stated)),
      money(Number(warning.computed)),
    );
  }
  return warning.message;
}
