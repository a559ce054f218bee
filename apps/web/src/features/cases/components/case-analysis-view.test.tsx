import type { CaseDocument } from '@kassabon/contract';
import { analyseCase, formatMoney } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../../testing/render.tsx';
import { useLiveAnalysis } from '../lib/use-live-analysis.ts';
import { exampleCase, examplePrices } from '../testing/example-case.ts';
import { CaseAnalysisView } from './case-analysis-view.tsx';

const money = (amount: number) => formatMoney(amount, 'nl');
const analysis = analyseCase(exampleCase, examplePrices);

/** The value shown for a figure: the `dd` right after its `dt`. */
function figure(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

/** A table's body as text, row by row. */
function rows(name: string) {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

/** The view as the case workspace holds it: the draft in state, analysed live. */
function LiveAnalysis({ initial }: { initial: CaseDocument }) {
  const [draft, setDraft] = useState(initial);
  const { analysis } = useLiveAnalysis(draft, examplePrices);
  return (
    <CaseAnalysisView
      caseDocument={draft}
      analysis={analysis}
      onAssumptionsChange={(assumptions) => setDraft((current) => ({ ...current, assumptions }))}
    />
  );
}

describe('CaseAnalysisView', () => {
  it('shows the figures analyseCase computes, in Dutch notation', () => {
    renderPage(<CaseAnalysisView caseDocument={exampleCase} analysis={analysis} />);
    expect(figure('Besparing t.o.v. zonder')).toBe(`${money(9425)} per jaar`);
    expect(figure('Besparing t.o.v. voor')).toBe(`${money(8500)} per jaar`);
    expect(rows('Totalen per kassabon')).toEqual([
      ['Voor', money(18800), money(0), ''],
      ['Met', money(10300), money(1500), money(8500)],
      ['Zonder', money(19725), money(3200), ''],
      ['Herhaalmeting (1 maart 2026)', money(800), money(0), money(18000)],
    ]);
    expect(rows('Wie investeert en wie wint')).toEqual(
      analysis.byFinancier.map((split) => [
        expect.any(String),
        money(split.before ?? Number.NaN),
        money(split.with ?? Number.NaN),
        money(split.without ?? Number.NaN),
        money(split.savingsVsWithout ?? Number.NaN),
        expect.stringMatching(/^(wint|investeert|gelijk)$/),
      ]),
    );
    expect(rows('Wie investeert en wie wint')[0]?.[0]).toBe('Gemeente – Participatiewet');
    expect(figure('Netto contante waarde')).toBe(money(21140.24));
    expect(figure('Netto contante waarde')).toBe(money(analysis.multiYear?.netPresentValue ?? 0));
    expect(figure('Contante waarde baten')).toBe(
      money(analysis.multiYear?.presentValueBenefits ?? 0),
    );
    const range = analysis.range.netPresentValue;
    expect(rows('Bandbreedte')).toContainEqual([
      'Netto contante waarde',
      money(range?.low ?? 0),
      money(range?.expected ?? 0),
      money(range?.high ?? 0),
    ]);
    expect(rows('Maatschappelijk perspectief')).toContainEqual([
      'Besparing t.o.v. zonder',
      money(9425),
      money(analysis.societal.savings.vsWithout ?? 0),
    ]);
    expect(screen.queryByRole('region', { name: 'Waarschuwingen' })).not.toBeInTheDocument();
  });

  it('shows the ratings by role, the wellbeing over time and the effects beside the money', () => {
    renderPage(<CaseAnalysisView caseDocument={exampleCase} analysis={analysis} readOnly />);
    expect(rows('Waardering')).toEqual([
      ['Inwoners', '1', '8,0', '8'],
      ['Professionals', '1', '7,5', '7,5'],
      ['Allen', '2', '7,8', '8; 7,5'],
    ]);
    expect(rows('Welbevinden')).toEqual([['R1', '4', '7', '–']]);
    const effects = screen.getByRole('region', { name: 'Niet in geld uit te drukken effecten' });
    expect(
      within(effects)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Zelfredzaamheid: bereikt – regelt de post weer zelf',
      'Weer contact met zus: bereikt',
      'Veiligheid: niet bereikt',
    ]);
  });

  it('recomputes the net present value when an assumption changes', async () => {
    const { user } = renderPage(<LiveAnalysis initial={exampleCase} />);
    const horizon = screen.getByLabelText('Looptijd (jaren)');
    expect(horizon).toHaveValue('3');
    expect(horizon).toHaveAccessibleDescription(
      'Jaren waarover baten en kosten tellen. Standaard 1 jaar.',
    );
    await user.clear(horizon);
    await user.type(horizon, '5');
    const fiveYears = analyseCase(
      { ...exampleCase, assumptions: { ...exampleCase.assumptions, horizonYears: 5 } },
      examplePrices,
    ).multiYear;
    expect(figure('Netto contante waarde')).toBe(money(fiveYears?.netPresentValue ?? 0));
    expect(fiveYears?.netPresentValue).not.toBeCloseTo(21140.24, 0);

    const discount = screen.getByLabelText('Discontovoet (%)');
    expect(discount).toHaveAttribute('placeholder', '2,25');
    await user.type(discount, '4');
    const discounted = analyseCase(
      {
        ...exampleCase,
        assumptions: { ...exampleCase.assumptions, horizonYears: 5, discountRate: 0.04 },
      },
      examplePrices,
    ).multiYear;
    expect(figure('Netto contante waarde')).toBe(money(discounted?.netPresentValue ?? 0));

    await user.click(screen.getByLabelText('Eerste jaar disconteren'));
    const firstYear = analyseCase(
      {
        ...exampleCase,
        assumptions: {
          ...exampleCase.assumptions,
          horizonYears: 5,
          discountRate: 0.04,
          discountFirstYear: true,
        },
      },
      examplePrices,
    ).multiYear;
    expect(figure('Netto contante waarde')).toBe(money(firstYear?.netPresentValue ?? 0));
  });

  it('refuses an assumption the engine would refuse, at its field', async () => {
    const onAssumptionsChange = vi.fn();
    const { user } = renderPage(
      <CaseAnalysisView
        caseDocument={exampleCase}
        analysis={analysis}
        onAssumptionsChange={onAssumptionsChange}
      />,
    );
    const dropOff = screen.getByLabelText('Afname per jaar (%)');
    expect(dropOff).toHaveValue('20');
    await user.clear(dropOff);
    await user.type(dropOff, '150');
    expect(dropOff).toHaveAccessibleDescription(/Vul een percentage van 0 tot 100 in\./);
    expect(onAssumptionsChange).not.toHaveBeenCalledWith(expect.objectContaining({ dropOff: 1.5 }));
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...exampleCase.assumptions,
      dropOff: 0.15,
    });
  });

  it('says in words where a stated total differs', () => {
    const stated: CaseDocument = {
      ...exampleCase,
      scenarios: exampleCase.scenarios.map((scenario) =>
        scenario.kind === 'without' ? { ...scenario, statedTotal: 20000 } : scenario,
      ),
    };
    renderPage(
      <CaseAnalysisView caseDocument={stated} analysis={analyseCase(stated, examplePrices)} />,
    );
    const warnings = screen.getByRole('region', { name: 'Waarschuwingen' });
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(
      `Kassabon Zonder: de regels tellen op tot ${money(22925)}, niet tot het opgegeven totaal ${money(20000)}.`,
    );
  });

  it('waits for receipts without errors, and shows the assumptions in print', () => {
    renderPage(<CaseAnalysisView caseDocument={exampleCase} analysis={null} readOnly />);
    expect(screen.getByText(/De cijfers verschijnen zodra/)).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(figure('Looptijd (jaren)')).toBe('3 jaar');
    expect(figure('Discontovoet (%)')).toBe('2,25% (standaard)');
    expect(figure('Eerste jaar disconteren')).toBe('nee (standaard)');
    expect(
      screen.getByText(
        'Voor de meerjarige berekening zijn een kassabon met en een kassabon zonder nodig.',
      ),
    ).toBeInTheDocument();
  });
});
