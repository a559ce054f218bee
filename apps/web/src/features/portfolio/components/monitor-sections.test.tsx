import { formatMoney } from '@kassabon/engine';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { MONITOR_FIXTURE } from './monitor-fixture.ts';
import { PortfolioPage } from './portfolio-page.tsx';

const { monitor } = MONITOR_FIXTURE;
const money = (amount: number) => formatMoney(amount, 'nl');
const decimal = (value: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );

/** The cells of each body row of a table, as text. */
function rowsOf(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

function renderMonitor(role: 'analyst' | 'viewer' = 'analyst') {
  mockApi({
    'GET /api/v1/portfolio': { body: MONITOR_FIXTURE },
    'GET /api/v1/teams': { body: { teams: [] } },
  });
  return renderPage(<PortfolioPage />, { role });
}

describe('the monitor sections', () => {
  it('show the spread of the savings as figures and as a table beside the chart', async () => {
    renderMonitor();
    await screen.findByRole('heading', { level: 2, name: 'Spreiding van de besparing' });
    const { savingsDistribution } = monitor;
    expect(screen.getByText('Mediaan', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      money(savingsDistribution.median ?? Number.NaN),
    );
    const rows = rowsOf('Spreiding van de besparing');
    expect(rows).toEqual(
      savingsDistribution.bins.map((bin) => [money(bin.from), money(bin.to), String(bin.cases)]),
    );
    expect(rows.reduce((sum, [, , cases]) => sum + Number(cases), 0)).toBe(2);
    // The chart loads on its own, after the page.
    expect(
      await screen.findByRole(
        'img',
        { name: /Staafdiagram van het aantal casussen/ },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });

  it('show the wellbeing before and after, and the mean change with its n', async () => {
    renderMonitor();
    await screen.findByRole('heading', { level: 2, name: 'Welbevinden' });
    const { wellbeing } = monitor;
    expect(wellbeing.change.n).toBe(2);
    expect(
      screen.getByText(
        `Van ${decimal(wellbeing.before.mean ?? 0)} voor naar ${decimal(wellbeing.after.mean ?? 0)} na: gemiddeld +${decimal(wellbeing.change.mean ?? 0)} per deelnemer, over 2 deelnemers met beide cijfers.`,
      ),
    ).toBeVisible();
    expect(rowsOf('Welbevinden')).toEqual([
      ['Voor', decimal(wellbeing.before.mean ?? 0), '2'],
      ['Na', decimal(wellbeing.after.mean ?? 0), '2'],
      ['Herhaalmeting', 'n.v.t.', '0'],
    ]);
  });

  it('show the most avoided cost lines, barriers in Dutch, improvement points and effects', async () => {
    renderMonitor();
    await screen.findByRole('heading', { level: 2, name: 'Meest vermeden kosten' });
    expect(rowsOf('Meest vermeden kosten')).toEqual([
      ['Bijstand', money(9750), '1'],
      ['GGZ-opname', money(7150), '2'],
    ]);
    expect(rowsOf('Knelpunten')).toEqual([
      ['Niet ingekocht', '2'],
      ['Kostendelersnorm', '1'],
    ]);
    expect(rowsOf('Verbeterpunten')).toEqual([['Meer mandaat voor de regisseur', '2']]);
    expect(rowsOf('Niet in geld uit te drukken effecten')).toEqual([
      ['Zelfredzaamheid', '2', '1'],
      ['Weer naar de sportclub', '1', '1'],
    ]);
  });

  it('show quotes given with consent, with the case for those who may read cases', async () => {
    renderMonitor();
    const quotes = (await screen.findByRole('heading', { level: 2, name: 'Citaten' })).closest(
      'section',
    );
    if (!quotes) throw new Error('no quotes section');
    expect(within(quotes).getAllByRole('figure')).toHaveLength(1);
    expect(quotes).toHaveTextContent('Eindelijk rust in huis.');
    expect(quotes).toHaveTextContent('— een inwoner, casus K1');
    expect(quotes).not.toHaveTextContent('Niet voor het rapport.');
  });

  it('speak English to an English user', async () => {
    mockApi({
      'GET /api/v1/portfolio': { body: MONITOR_FIXTURE },
      'GET /api/v1/teams': { body: { teams: [] } },
    });
    renderPage(<PortfolioPage />, { role: 'analyst', language: 'en' });
    await screen.findByRole('heading', { level: 2, name: 'Barriers' });
    expect(
      within(screen.getByRole('table', { name: 'Barriers' })).getByText('Not purchased'),
    ).toBeVisible();
    expect(screen.getByRole('table', { name: 'Non-monetary effects' })).toHaveTextContent(
      'Self-reliance',
    );
  });
});
