import { analyseCaseFile, formatMoney, validateCaseFile } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import exampleFile from '../../../../../../examples/blikveld360-2020.json';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { PortfolioPage } from './portfolio-page.tsx';

const example = validateCaseFile(exampleFile);
if (!example.ok) throw new Error('the example case file is not valid');
const analysis = analyseCaseFile(example.file);
const { portfolio } = analysis;

/** The value shown for a figure: the `dd` right after its `dt`. */
function figure(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('PortfolioPage', () => {
  it('shows the figures the engine computes, in Dutch notation', async () => {
    mockApi({ 'GET /api/v1/analysis': { body: analysis } });
    renderPage(<PortfolioPage />);
    expect(await screen.findByText('Casussen', { selector: 'dt' })).toBeInTheDocument();
    expect(figure('Casussen')).toBe(String(portfolio.cases));
    expect(figure('Met een zonder-scenario')).toBe(String(portfolio.casesWithCounterfactual));
    expect(figure('Totale besparing t.o.v. zonder')).toBe(
      formatMoney(portfolio.totalSavingsVsWithout, 'nl'),
    );
    expect(figure('Totale besparing t.o.v. zonder')).toMatch(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
    expect(figure('Mediane besparing t.o.v. zonder')).toBe(
      formatMoney(portfolio.medianSavingsVsWithout ?? Number.NaN, 'nl'),
    );
    expect(figure('Maatschappelijke besparing t.o.v. zonder')).toBe(
      formatMoney(portfolio.societalTotalSavingsVsWithout, 'nl'),
    );
    const financiers = screen.getByRole('table', { name: 'Besparing per financier' });
    expect(within(financiers).getAllByRole('row')).toHaveLength(portfolio.byFinancier.length + 1);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Besparing per financier' }),
    ).toBeVisible();
  });

  it('tells a viewer kindly that there are too few cases to show figures', async () => {
    mockApi({
      'GET /api/v1/analysis': problem(403, 'figures over fewer than 5 cases are not shown', {
        minimumCases: 5,
        cases: 3,
      }),
    });
    renderPage(<PortfolioPage />);
    expect(await screen.findByText('Nog te weinig casussen')).toBeInTheDocument();
    expect(
      screen.getByText(/vanaf 5 casussen; deze organisatie heeft er nu 3/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
