import type { CaseList } from '@kassabon/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../testing/fetch-mock.ts';
import { renderPage, sessionAs } from '../../../testing/render.tsx';
import { CaseListPage } from './case-list-page.tsx';

const page: CaseList = {
  items: [
    {
      code: 'B360-01',
      title: 'Inwoner met schulden',
      kind: 'individual',
      status: 'closed',
      team: 'Noord',
      approachUse: 'breakthrough',
      startedOn: '2020-01-01',
      endedOn: null,
      updatedAt: '2025-03-01T10:00:00.000Z',
      version: 2,
      savingsVsWithout: 15820,
      savingsVsBefore: 18540,
    },
    {
      code: 'B360-02',
      title: null,
      kind: null,
      status: 'open',
      team: null,
      approachUse: null,
      startedOn: null,
      endedOn: null,
      updatedAt: '2025-03-02T10:00:00.000Z',
      version: 1,
      savingsVsWithout: null,
      savingsVsBefore: null,
    },
  ],
  total: 60,
  limit: 25,
  offset: 0,
};

/** The API of the list; returns the query string of every GET /cases. */
function mockList(list: CaseList = page) {
  const asked: URLSearchParams[] = [];
  mockApi({
    'GET /api/v1/cases': (request) => {
      asked.push(new URL(request.url).searchParams);
      return { body: list };
    },
    'GET /api/v1/teams': { body: { teams: ['Noord', 'Zuid'] } },
  });
  return asked;
}

const renderList = (path = '/cases') =>
  renderPage(<CaseListPage />, { path, route: '/cases', session: sessionAs('analyst') });

describe('the case list', { timeout: 30_000 }, () => {
  it('shows a page of cases with their savings in Dutch notation', async () => {
    mockList();
    renderList();
    const table = await screen.findByRole('table', { name: 'Gevonden casussen' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('B360-01Inwoner met schuldenAfgeslotenNoord€ 15.820,00');
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'B360-01' })).toHaveAttribute(
      'href',
      '/cases/B360-01',
    );
    expect(rows[2]).toHaveTextContent('n.v.t.');
    expect(screen.getByRole('status')).toHaveTextContent('60 casussen');
    expect(screen.getByText('Pagina 1 van 3')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Nieuwe casus' })).toHaveAttribute(
      'href',
      '/cases/new',
    );
  });

  it('puts filters, sort and page in the address and asks the API for them', async () => {
    const asked = mockList();
    const { user, router } = renderList('/cases?status=closed');
    await screen.findByRole('table');
    expect(asked.at(-1)?.toString()).toBe('status=closed&sort=code&limit=25&offset=0');
    expect(screen.getByLabelText('Status')).toHaveValue('closed');

    await user.selectOptions(screen.getByLabelText('Soort casus'), 'Huishouden');
    await user.selectOptions(screen.getByLabelText('Team of wijk'), 'Noord');
    await user.selectOptions(screen.getByLabelText('Sorteren op'), 'Besparing (hoogste eerst)');
    expect(router.state.location.search).toBe(
      '?status=closed&kind=household&team=Noord&sort=savings',
    );
    await waitFor(() =>
      expect(asked.at(-1)?.toString()).toBe(
        'status=closed&kind=household&team=Noord&sort=savings&limit=25&offset=0',
      ),
    );
    expect(
      within(screen.getByRole('table')).getByRole('columnheader', {
        name: 'Besparing t.o.v. zonder',
      }),
    ).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(router.state.location.search).toContain('page=2');
    await waitFor(() => expect(asked.at(-1)?.get('offset')).toBe('25'));

    // Typing searches after a pause, back at the first page.
    await user.type(screen.getByLabelText('Zoeken'), 'schuld');
    await waitFor(() => expect(router.state.location.search).toContain('q=schuld'));
    expect(router.state.location.search).not.toContain('page=');
    await waitFor(() => expect(asked.at(-1)?.get('q')).toBe('schuld'));

    // Back brings the previous filters, and the box follows the address.
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByLabelText('Zoeken')).toHaveValue(''));
  });

  it('says when nothing matches, and clears the filters', async () => {
    mockList({ items: [], total: 0, limit: 25, offset: 0 });
    const { user, router } = renderList('/cases?q=niets&approachUse=preventive');
    expect(
      await screen.findByText('Geen casussen gevonden met deze zoekterm of filters.'),
    ).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Filters wissen' })[1] as HTMLElement);
    expect(router.state.location.search).toBe('');
  });
});
