import { analyseCaseFile, combineMonitor, formatMoney, validateCaseFile } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import exampleFile from '../../../../../../examples/blikveld360-2020.json';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { PortfolioPage } from './portfolio-page.tsx';

const example = validateCaseFile(exampleFile);
if (!example.ok) throw new Error('the example case file is not valid');
const { portfolio } = analyseCaseFile(example.file);
const report = { portfolio, monitor: combineMonitor([], []) };

/** The value shown for a figure: the `dd` right after its `dt`. */
function figure(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

/** The query of each GET /portfolio the page sent, as a plain object. */
function portfolioQueries(fetchMock: ReturnType<typeof mockApi>) {
  return fetchMock.mock.calls
    .map(([url]) => new URL(String(url), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/portfolio')
    .map((url) => Object.fromEntries(url.searchParams));
}

describe('PortfolioPage', () => {
  it('shows the figures the engine computes, in Dutch notation', async () => {
    mockApi({
      'GET /api/v1/portfolio': { body: report },
      'GET /api/v1/teams': { body: { teams: [] } },
    });
    renderPage(<PortfolioPage />, { role: 'analyst' });
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
    // A part of the monitor the cases hold nothing for says so.
    const barriers = screen
      .getByRole('heading', { level: 2, name: 'Knelpunten' })
      .closest('section');
    expect(barriers).toHaveTextContent('Hierover is in deze casussen nog niets vastgelegd.');
  });

  it('reads the filters from the URL and writes a changed one back, asking the API again', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/portfolio': { body: report },
      'GET /api/v1/teams': { body: { teams: ['Noord', 'Zuid'] } },
    });
    const { user, router } = renderPage(<PortfolioPage />, {
      role: 'analyst',
      path: '/?status=open&from=2020-01-01&kind=nonsense',
    });
    await screen.findByText('Casussen', { selector: 'dt' });
    // A value the API would refuse is left out.
    expect(portfolioQueries(fetchMock)).toEqual([{ status: 'open', from: '2020-01-01' }]);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Lopend');

    await user.click(screen.getByRole('combobox', { name: 'Team' }));
    await user.click(await screen.findByRole('option', { name: 'Zuid', hidden: true }));
    await vi.waitFor(() =>
      expect(portfolioQueries(fetchMock).at(-1)).toEqual({
        status: 'open',
        from: '2020-01-01',
        team: 'Zuid',
      }),
    );
    expect(new URLSearchParams(router.state.location.search).get('team')).toBe('Zuid');

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await vi.waitFor(() => expect(portfolioQueries(fetchMock).at(-1)).toEqual({}));
    expect(router.state.location.search).toBe('');
  });

  it('says so when no case matches the filters', async () => {
    mockApi({
      'GET /api/v1/portfolio': {
        body: { ...report, portfolio: { ...portfolio, cases: 0 } },
      },
      'GET /api/v1/teams': { body: { teams: [] } },
    });
    renderPage(<PortfolioPage />, { role: 'admin', path: '/?kind=group' });
    expect(await screen.findByText('Geen casussen voldoen aan deze filters.')).toBeVisible();
  });

  it('tells a viewer kindly that there are too few cases, and offers no team filter', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/portfolio': problem(403, 'figures over fewer than 5 cases are not shown', {
        minimumCases: 5,
        cases: 3,
      }),
    });
    renderPage(<PortfolioPage />, { role: 'viewer' });
    expect(await screen.findByText('Nog te weinig casussen')).toBeInTheDocument();
    expect(screen.getByText(/vanaf 5 casussen; deze selectie telt er nu 3/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Team' })).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain('/api/v1/teams');
  });
});
