import type { CaseRead } from '@kassabon/contract';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../testing/fetch-mock.ts';
import { renderPage, sessionAs } from '../../../testing/render.tsx';
import { CasePrintPage } from './case-print-page.tsx';

const read: CaseRead = {
  code: 'K-1',
  title: 'Inwoner met schulden',
  status: 'closed',
  startedOn: '2025-01-10',
  approachUse: 'breakthrough',
  lifeDomains: ['finances', 'housing'],
  narrative: { situation: 'Schulden, geen werk.' },
  plan: { wants: 'Werken' },
  participants: [
    { code: 'R1', role: 'resident', interviewed: true, userId: null },
    {
      code: 'P1',
      role: 'professional',
      organisation: 'GGZ',
      userId: '00000000-0000-4000-8000-00000000000a',
    },
  ],
  interviews: [
    {
      participant: 'R1',
      rating: 8.5,
      quotes: [
        { text: 'Eindelijk één plan.', consent: true },
        { text: 'Dit mag niemand lezen.', consent: false },
      ],
      improvementPoints: ['Meer mandaat'],
    },
  ],
  meetings: [{ date: '2025-01-20', hours: 2, hourlyRate: 80, attendees: ['R1', 'P1'] }],
  barriers: [{ kind: 'cost-sharing-norm', description: 'Inwonende zoon' }],
  effects: [{ effect: 'safety', achieved: true }, { effect: 'Weer sporten' }],
  wellbeing: [{ participant: 'R1', moment: 'before', score: 3.5 }],
  scenarios: [],
  version: 2,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

describe('the printed case report', () => {
  it('shows the case without accounts, and only the quotes given with consent', async () => {
    mockApi({ 'GET /api/v1/cases/K-1': { body: read } });
    renderPage(<CasePrintPage />, {
      path: '/cases/K-1/print',
      route: '/cases/:code/print',
      session: sessionAs('analyst'),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Casus K-1: Inwoner met schulden' }),
    ).toBeVisible();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Doorbraak in een impasse');
    expect(main).toHaveTextContent('Financiën, Huisvesting');
    expect(main).toHaveTextContent('10 januari 2025');
    expect(main).toHaveTextContent('Schulden, geen werk.');
    expect(main).toHaveTextContent('Rapportcijfer: 8,5');
    expect(main).toHaveTextContent('Eindelijk één plan.');
    expect(main).not.toHaveTextContent('Dit mag niemand lezen.');
    expect(main).not.toHaveTextContent('00000000-0000-4000-8000-00000000000a');
    expect(main).toHaveTextContent('€ 320,00');
    expect(main).toHaveTextContent('Kostendelersnorm: Inwonende zoon');
    expect(main).toHaveTextContent('VeiligheidJa');
    expect(main).toHaveTextContent('Weer sportenOnbekend');
    const participants = screen.getByRole('table', { name: 'Deelnemers' });
    expect(within(participants).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar de casus' })).toHaveAttribute(
      'href',
      '/cases/K-1',
    );
  });
});
