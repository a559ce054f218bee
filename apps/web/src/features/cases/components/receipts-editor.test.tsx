import type { CaseDocument } from '@kassabon/contract';
import { formatMoney, type Issue, type PriceIndex, type Scenario } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../testing/render.tsx';
import { useLiveAnalysis } from '../lib/use-live-analysis.ts';
import { exampleCase, examplePrices } from '../testing/example-case.ts';
import { ReceiptsEditor } from './receipts-editor.tsx';

const money = (amount: number) => formatMoney(amount, 'nl');

/** The editor as the case workspace holds it: the draft in state, issues from the engine. */
function LiveReceipts({
  initial,
  prices = examplePrices,
  extraIssues = [],
}: {
  initial: CaseDocument;
  prices?: PriceIndex;
  extraIssues?: Issue[];
}) {
  const [draft, setDraft] = useState(initial);
  const { issues } = useLiveAnalysis(draft, prices);
  return (
    <ReceiptsEditor
      scenarios={draft.scenarios}
      onChange={(scenarios) => setDraft((current) => ({ ...current, scenarios }))}
      prices={prices}
      issues={[...issues, ...extraIssues]}
    />
  );
}

function receipt(name: string) {
  return screen.getByRole('region', { name });
}

/** The amount beside a label in a receipt's foot. */
function footAmount(name: string, label: string) {
  return within(receipt(name)).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

const withScenarios = (scenarios: Scenario[]): CaseDocument => ({ code: 'T-1', scenarios });

describe('ReceiptsEditor', () => {
  it('shows voor, met, zonder and a follow-up side by side with the totals of the engine', () => {
    renderPage(<LiveReceipts initial={exampleCase} />);
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['Voor', 'Met', 'Zonder', 'Herhaalmeting']);
    expect(footAmount('Voor', 'Totaal per jaar')).toBe(money(18800));
    expect(footAmount('Met', 'Totaal per jaar')).toBe(money(10300));
    expect(footAmount('Met', 'Eenmalig (apart)')).toBe(money(1500));
    expect(footAmount('Zonder', 'Totaal per jaar')).toBe(money(19725));
    expect(footAmount('Zonder', 'Eenmalig (apart)')).toBe(money(3200));
    expect(footAmount('Herhaalmeting', 'Totaal per jaar')).toBe(money(800));
    const before = within(receipt('Voor'));
    expect(before.getByText('× maand à € 1.300,00')).toBeInTheDocument();
    expect(before.getByLabelText('Aantal, regel 1 van Voor')).toHaveValue('12');
    expect(before.getAllByText(money(15600))).not.toHaveLength(0);
  });

  it('adds a line from the price list by typing part of its category', async () => {
    const { user } = renderPage(<LiveReceipts initial={exampleCase} />);
    await user.type(screen.getByLabelText('Regel uit de prijslijst toevoegen, Met'), 'ggz');
    // jsdom has no layout: the dropdown's position check finds the field hidden and hides the
    // list with it, so the option is looked for among hidden elements too.
    const option = await screen.findByRole('option', { name: /GGZ-opname/, hidden: true });
    expect(option).toHaveTextContent('dag à € 275,00 · Zorgverzekeraar (Zvw)');
    await user.click(option);
    const quantity = screen.getByLabelText('Aantal, regel 5 van Met');
    expect(quantity).toHaveFocus();
    await user.clear(quantity);
    await user.type(quantity, '10');
    expect(footAmount('Met', 'Totaal per jaar')).toBe(money(10300 + 2750));
  });

  it('adds the first match with Enter', async () => {
    const { user } = renderPage(
      <LiveReceipts initial={withScenarios([{ kind: 'with', lines: [] }])} />,
    );
    await user.type(
      screen.getByLabelText('Regel uit de prijslijst toevoegen, Met'),
      'maatsch{Enter}',
    );
    expect(within(receipt('Met')).getByText('Maatschappelijk werk')).toBeInTheDocument();
    expect(footAmount('Met', 'Totaal per jaar')).toBe(money(80));
  });

  it('adds a free line with a description, an amount and a financier', async () => {
    const { user } = renderPage(<LiveReceipts initial={exampleCase} />);
    await user.click(screen.getByRole('button', { name: 'Vrije regel toevoegen, Zonder' }));
    const form = screen.getByRole('group', { name: 'Vrije regel voor Zonder' });
    await user.click(within(form).getByRole('button', { name: 'Regel toevoegen' }));
    expect(within(form).getByText('Vul een omschrijving in.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Omschrijving'), 'Politie-inzet');
    await user.type(within(form).getByLabelText('Bedrag per jaar'), '2.500,50');
    await user.type(within(form).getByLabelText('Financier'), 'Politie / justitie');
    await user.click(within(form).getByRole('button', { name: 'Regel toevoegen' }));
    expect(
      screen.queryByRole('group', { name: 'Vrije regel voor Zonder' }),
    ).not.toBeInTheDocument();
    const zonder = within(receipt('Zonder'));
    expect(zonder.getByText('Politie-inzet')).toBeInTheDocument();
    expect(zonder.getByLabelText('Bedrag per jaar, regel 4 van Zonder')).toHaveFocus();
    expect(zonder.getAllByText('Politie / justitie')).not.toHaveLength(0);
    expect(footAmount('Zonder', 'Totaal per jaar')).toBe(money(19725 + 2500.5));
  });

  it('moves a line to the one-off costs when it is marked one-off, and counts its probability', async () => {
    const { user } = renderPage(<LiveReceipts initial={exampleCase} />);
    await user.click(screen.getByRole('button', { name: 'Details, regel 3 van Met' }));
    await user.click(screen.getByLabelText('Eenmalig, regel 3 van Met'));
    expect(footAmount('Met', 'Totaal per jaar')).toBe(money(10300 - 1600));
    expect(footAmount('Met', 'Eenmalig (apart)')).toBe(money(1500 + 1600));
    await user.type(screen.getByLabelText('Kans (%), regel 3 van Met'), '25');
    expect(footAmount('Met', 'Eenmalig (apart)')).toBe(money(1500 + 400));
    expect(within(receipt('Met')).getByText('eenmalig · kans 25%')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Investering, regel 3 van Met'));
    expect(
      within(receipt('Met')).getByText('eenmalig · investering · kans 25%'),
    ).toBeInTheDocument();
  });

  it('shows each issue at the field it names', async () => {
    const { user } = renderPage(
      <LiveReceipts
        initial={exampleCase}
        extraIssues={[
          { path: 'scenarios[1].lines[1].note', message: 'te lang' },
          { path: 'participants[0].code', message: 'elders in de casus' },
          {
            path: 'scenarios[0].lines[0].amount',
            message: 'een regel uit de prijslijst heeft een aantal',
          },
        ]}
      />,
    );
    const quantity = screen.getByLabelText('Aantal, regel 2 van Voor');
    await user.clear(quantity);
    expect(quantity).toHaveAccessibleDescription('is required for a priced line');
    await user.type(quantity, '-3');
    expect(quantity).toHaveAccessibleDescription('must be 0 or more');
    // An issue inside the details opens them, with the message at its field.
    expect(screen.getByLabelText('Toelichting, regel 2 van Met')).toHaveAccessibleDescription(
      'te lang',
    );
    // An issue at a field this kind of line has not is said under the line.
    expect(
      within(screen.getByRole('list', { name: 'Regels van Voor' })).getAllByRole('listitem')[0],
    ).toHaveTextContent('een regel uit de prijslijst heeft een aantal');
    // The case's other issues are for the other parts of the workspace.
    expect(screen.queryByText('elders in de casus')).not.toBeInTheDocument();
  });

  it('says when a stated total differs from the lines', async () => {
    const { user } = renderPage(<LiveReceipts initial={exampleCase} />);
    const stated = screen.getByLabelText('Opgegeven totaal, Voor');
    expect(stated).toHaveValue('18800');
    expect(within(receipt('Voor')).queryByText(/Let op/)).not.toBeInTheDocument();
    await user.clear(stated);
    await user.type(stated, '18000');
    expect(
      within(receipt('Voor')).getByText(
        'Let op: de regels tellen op tot € 18.800,00, niet tot het opgegeven totaal € 18.000,00 (verschil € 800,00).',
      ),
    ).toBeInTheDocument();
  });

  it('has at most one met: its button goes once it is there, and a second one is named', async () => {
    const { user } = renderPage(<LiveReceipts initial={withScenarios([])} />);
    expect(screen.getByText(/Nog geen kassabonnen/)).toBeInTheDocument();
    const adding = screen.getByRole('group', { name: 'Kassabon toevoegen' });
    await user.click(within(adding).getByRole('button', { name: 'Met toevoegen' }));
    expect(screen.getByRole('heading', { name: 'Met' })).toHaveFocus();
    expect(within(adding).queryByRole('button', { name: 'Met toevoegen' })).not.toBeInTheDocument();
    await user.click(within(adding).getByRole('button', { name: 'Voor toevoegen' }));
    await user.click(within(adding).getByRole('button', { name: 'Herhaalmeting toevoegen' }));
    await user.click(within(adding).getByRole('button', { name: 'Herhaalmeting toevoegen' }));
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['Voor', 'Met', 'Herhaalmeting 1', 'Herhaalmeting 2']);
    expect(
      within(adding)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Zonder toevoegen', 'Herhaalmeting toevoegen']);
  });

  it('names a second met from a file at its heading', () => {
    renderPage(
      <LiveReceipts
        initial={withScenarios([
          { kind: 'with', lines: [] },
          { kind: 'with', lines: [] },
        ])}
      />,
    );
    expect(
      screen.getByText('a case has at most one "with" scenario (also scenarios[0])'),
    ).toBeInTheDocument();
  });

  it('moves and removes lines with the keyboard, keeping the focus', async () => {
    const { user } = renderPage(<LiveReceipts initial={exampleCase} />);
    const lines = () =>
      within(screen.getByRole('list', { name: 'Regels van Met' }))
        .getAllByRole('listitem')
        .map((item) => item.firstElementChild?.firstElementChild?.textContent);
    await user.click(screen.getByRole('button', { name: 'Omlaag, regel 1 van Met' }));
    expect(lines()).toEqual([
      'Bijstandsuitkering alleenstaande',
      'MDO, per deelnemer per uur',
      'Maatschappelijk werk',
      'Verhuizing',
    ]);
    expect(screen.getByRole('button', { name: 'Omlaag, regel 2 van Met' })).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(lines()[3]).toBe('MDO, per deelnemer per uur');
    expect(screen.getByRole('button', { name: 'Omhoog, regel 4 van Met' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Verwijderen, regel 4 van Met' }));
    expect(lines()).toHaveLength(3);
    expect(footAmount('Met', 'Totaal per jaar')).toBe(money(10300 - 900));
  });

  it('removes a receipt after asking', async () => {
    const { user } = renderPage(<LiveReceipts initial={exampleCase} />);
    await user.click(screen.getByRole('button', { name: 'Kassabon Zonder verwijderen' }));
    expect(screen.getByText('Kassabon Zonder met 3 regels verwijderen?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(screen.queryByRole('region', { name: 'Zonder' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zonder toevoegen' })).toHaveFocus();
  });

  it('prints the receipts without fields or buttons', () => {
    renderPage(
      <ReceiptsEditor
        scenarios={exampleCase.scenarios}
        onChange={() => {}}
        prices={examplePrices}
        issues={[]}
        readOnly
      />,
    );
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const before = within(receipt('Voor'));
    expect(
      before.getByText('12 × maand à € 1.300,00 · Gemeente – Participatiewet'),
    ).toBeInTheDocument();
    expect(footAmount('Voor', 'Opgegeven totaal')).toBe(money(18800));
    expect(
      within(receipt('Zonder')).getByText('kans op huisuitzetting volgens de corporatie'),
    ).toBeInTheDocument();
    expect(
      within(receipt('Zonder')).getByText('eenmalig · kans 40% · betrouwbaarheid laag'),
    ).toBeInTheDocument();
  });
});
