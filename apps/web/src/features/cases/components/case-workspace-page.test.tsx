import type { CaseRead, CaseWrite } from '@kassabon/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage, sessionAs } from '../../../testing/render.tsx';
import { CaseWorkspacePage } from './case-workspace-page.tsx';

const read: CaseRead = {
  code: 'K-1',
  title: 'Inwoner met schulden',
  kind: 'individual',
  participants: [
    { code: 'R1', role: 'resident', userId: null },
    { code: 'P1', role: 'professional', organisation: 'GGZ', userId: null },
  ],
  interviews: [{ participant: 'R1' }],
  meetings: [{ date: '2025-03-04', hours: 2, attendees: ['R1'] }],
  scenarios: [
    {
      kind: 'before',
      lines: [{ label: 'Bijstand', amount: 13000, financier: 'gemeente-participatiewet' }],
    },
  ],
  version: 3,
  updatedAt: '2025-03-01T10:00:00.000Z',
  pricing: { priceListId: null, referencePriceList: 'nl-sociaal-domein-2025' },
};

const MEMBER = '00000000-0000-4000-8000-00000000000a';

/** The API of one case; `put` answers a save. Returns what each save sent. */
function mockCase(put: (body: CaseWrite) => { status?: number; body?: unknown }) {
  const sent: CaseWrite[] = [];
  const fetchMock = mockApi({
    'GET /api/v1/cases/K-1': { body: read },
    'GET /api/v1/teams': { body: { teams: ['Noord', 'Zuid'] } },
    'GET /api/v1/members': {
      body: { members: [{ userId: MEMBER, email: 'p@x.nl', role: 'professional' }] },
    },
    'PUT /api/v1/cases/K-1': async (request) => {
      const body = (await request.json()) as CaseWrite;
      sent.push(body);
      return put(body);
    },
  });
  return { sent, fetchMock };
}

function renderWorkspace(role: 'analyst' | 'professional' = 'analyst') {
  return renderPage(<CaseWorkspacePage />, {
    path: '/cases/K-1',
    route: '/cases/:code',
    session: sessionAs(role),
  });
}

afterEach(() => sessionStorage.clear());

// Each test types into a page of many fields: on a busy machine that takes seconds.
describe('the case workspace', { timeout: 30_000 }, () => {
  it('says what is wrong with a field as the user types, in Dutch, at the field', async () => {
    mockCase(() => ({ body: read }));
    const { user } = renderWorkspace();
    await user.click(await screen.findByRole('tab', { name: /Deelnemers en interviews/ }));
    const rating = screen.getByLabelText('Rapportcijfer voor de aanpak (1–10)');
    await user.type(rating, '11');
    expect(rating).toHaveAccessibleDescription('Moet tussen 1 en 10 liggen.');
    expect(rating).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('tab', { name: /Deelnemers en interviews/ })).toHaveAccessibleName(
      'Deelnemers en interviews (1 probleem)',
    );

    // Saving is refused before the server is asked, with a summary that leads to the field.
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('De casus heeft 1 probleem');
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('button', { name: /interviews\[0\]\.rating/ }));
    await waitFor(() => expect(rating).toHaveFocus());

    await user.clear(rating);
    await user.type(rating, '8,5');
    expect(rating).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers an MDO cost as an investment line of the "with" receipt', async () => {
    const { sent } = mockCase((body) => ({ body: { ...read, ...body, version: 4 } }));
    const { user } = renderWorkspace();
    await user.click(await screen.findByRole('tab', { name: "MDO's" }));
    expect(screen.getByText('Kosten: vul de uren en het uurtarief in.')).toBeVisible();
    await user.type(screen.getByLabelText('Uurtarief per aanwezige'), '75');
    await user.click(screen.getByRole('checkbox', { name: 'P1 (Professional)' }));
    expect(
      screen.getByText('Kosten: 2 aanwezigen × 2 uur × € 75,00 = € 300,00'),
    ).toBeInTheDocument();
    await user.selectOptions(
      screen.getByLabelText('Wie betaalt de kosten van MDO 1'),
      'Ketenpartners (gedeeld)',
    );
    await user.click(
      screen.getByRole('button', {
        name: 'Kosten van MDO 1 als investering op kassabon Met zetten',
      }),
    );
    expect(
      screen.getByText(/Toegevoegd aan kassabon Met: ‘MDO 2025-03-04’, € 300,00/),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen als versie 4.')).toBeVisible();
    expect(sent[0]?.version).toBe(3);
    expect(sent[0]?.meetings).toEqual([
      { date: '2025-03-04', hours: 2, hourlyRate: 75, attendees: ['R1', 'P1'] },
    ]);
    expect(sent[0]?.scenarios).toEqual([
      read.scenarios[0],
      {
        kind: 'with',
        lines: [
          { label: 'MDO 2025-03-04', amount: 300, financier: 'ketenpartners', investment: true },
        ],
      },
    ]);
    expect(sent[0]).not.toHaveProperty('updatedAt');
  });

  it('removes the entry a remove button names, from the draft as it is, and saves the rest', async () => {
    const { sent } = mockCase((body) => ({ body: { ...read, ...body, version: 4 } }));
    const { user } = renderWorkspace();
    await user.click(await screen.findByRole('tab', { name: /Deelnemers en interviews/ }));
    await user.click(screen.getByRole('button', { name: 'Citaat toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Citaat toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: 'Citaat 2' }), 'Eindelijk rust.');
    await user.click(screen.getByRole('button', { name: 'Citaat 1 verwijderen' }));
    expect(screen.queryByRole('button', { name: 'Citaat 2 verwijderen' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen als versie 4.')).toBeVisible();
    expect(sent[0]?.interviews).toEqual([
      { participant: 'R1', quotes: [{ text: 'Eindelijk rust.', consent: false }] },
    ]);

    await user.click(screen.getByRole('button', { name: 'Interview 1 verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.interviews).toEqual([]);
  });

  it('adds an entry after the last one, puts the focus on the field it asks for first, and saves it', async () => {
    const { sent } = mockCase((body) => ({ body: { ...read, ...body, version: 4 } }));
    const { user } = renderWorkspace();
    await user.click(await screen.findByRole('tab', { name: /Deelnemers en interviews/ }));
    await user.click(screen.getByRole('button', { name: 'Deelnemer toevoegen' }));
    const participant = screen.getByRole('group', { name: 'Deelnemer P2' });
    await waitFor(() => expect(within(participant).getByLabelText(/Code/)).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Interview toevoegen' }));
    const interview = screen.getByRole('group', { name: 'Interview 2 (R1)' });
    await waitFor(() => expect(within(interview).getByLabelText(/Deelnemer/)).toHaveFocus());
    // What is typed next lands in the new entry only if the focus went there.
    await user.click(within(interview).getByRole('button', { name: 'Citaat toevoegen' }));
    await waitFor(() => expect(within(interview).getByLabelText(/Citaat 1/)).toHaveFocus());
    await user.keyboard('Eindelijk rust.');
    await user.click(within(interview).getByRole('button', { name: 'Verbeterpunt toevoegen' }));
    await waitFor(() => expect(within(interview).getByLabelText(/Verbeterpunt 1/)).toHaveFocus());
    await user.keyboard('Sneller bellen.');

    await user.click(screen.getByRole('tab', { name: "MDO's" }));
    await user.click(screen.getByRole('button', { name: 'MDO toevoegen' }));
    const meeting = screen.getByRole('group', { name: 'MDO 2' });
    await waitFor(() => expect(within(meeting).getByLabelText('Datum')).toHaveFocus());
    await user.type(within(meeting).getByLabelText(/Uren/), '1');

    await user.click(screen.getByRole('tab', { name: 'Knelpunten en effecten' }));
    await user.click(screen.getByRole('button', { name: 'Knelpunt toevoegen' }));
    const barrier = screen.getAllByRole('group', { name: /^Knelpunt \d+$/ }).at(-1) as HTMLElement;
    await waitFor(() => expect(within(barrier).getByLabelText(/Soort knelpunt/)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Eigen effect toevoegen' }));
    const effect = screen
      .getAllByRole('group', { name: /^Eigen effect \d+$/ })
      .at(-1) as HTMLElement;
    await waitFor(() => expect(within(effect).getByLabelText(/^Effect/)).toHaveFocus());
    await user.keyboard('Weer naar school.');

    await user.click(screen.getByRole('tab', { name: 'Welbevinden' }));
    await user.click(screen.getByRole('button', { name: 'Score toevoegen' }));
    await waitFor(() => expect(screen.getByLabelText(/Score \(0–10\)/)).toHaveFocus());
    await user.keyboard('7');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen als versie 4.')).toBeVisible();
    expect(sent[0]?.participants).toEqual([
      ...(read.participants ?? []),
      { code: 'P2', role: 'professional' },
    ]);
    expect(sent[0]?.interviews).toEqual([
      { participant: 'R1' },
      {
        participant: 'R1',
        quotes: [{ text: 'Eindelijk rust.', consent: false }],
        improvementPoints: ['Sneller bellen.'],
      },
    ]);
    expect(sent[0]?.meetings).toEqual([...(read.meetings ?? []), { hours: 1, attendees: [] }]);
    expect(sent[0]?.barriers).toEqual([...(read.barriers ?? []), { kind: 'other' }]);
    expect(sent[0]?.effects).toEqual([...(read.effects ?? []), { effect: 'Weer naar school.' }]);
    expect(sent[0]?.wellbeing).toEqual([{ participant: 'R1', moment: 'before', score: 7 }]);
  });

  it('shows what the server refused at the field, and keeps the draft', async () => {
    mockCase(() =>
      problem(422, 'the case has one problem', {
        errors: [
          { path: 'participants[1].userId', message: 'is not a member of this organisation' },
        ],
      }),
    );
    const { user } = renderWorkspace();
    const title = await screen.findByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Gezin met schulden');
    await user.click(screen.getByRole('tab', { name: /Deelnemers en interviews/ }));
    await user.selectOptions(
      screen.getAllByLabelText('Gekoppeld account')[1] as HTMLElement,
      MEMBER,
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('De server heeft niets opgeslagen.');
    expect(summary).toHaveTextContent('Dit account hoort niet bij deze organisatie.');
    const account = screen.getAllByLabelText('Gekoppeld account')[1];
    expect(account).toHaveAccessibleDescription(
      'Dit account hoort niet bij deze organisatie. Een professional met een gekoppeld account ziet en bewerkt deze casus.',
    );
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Niet-opgeslagen wijzigingen',
    );
    await user.click(screen.getByRole('tab', { name: /Verhaal en plan/ }));
    expect(screen.getByLabelText('Titel')).toHaveValue('Gezin met schulden');

    // Changing what was refused takes the refusal away.
    await user.click(screen.getByRole('tab', { name: /Deelnemers en interviews/ }));
    await user.selectOptions(screen.getAllByLabelText('Gekoppeld account')[1] as HTMLElement, '');
    expect(screen.getAllByLabelText('Gekoppeld account')[1]).not.toHaveAttribute('aria-invalid');
  });

  it('keeps what the user typed when someone else saved first, and loads the newest on request', async () => {
    const { fetchMock } = mockCase(() =>
      problem(409, 'case K-1 has changed since you read it', {
        conflict: 'stale-version',
        readVersion: 3,
        currentVersion: 4,
      }),
    );
    const { user } = renderWorkspace();
    const situation = await screen.findByLabelText('Situatieschets');
    await user.type(situation, 'Schulden en geen werk.');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft deze casus intussen opgeslagen');
    expect(alert).toHaveTextContent('Jij werkte aan versie 3; de casus is nu versie 4.');
    expect(situation).toHaveValue('Schulden en geen werk.');

    await user.click(within(alert).getByRole('button', { name: 'Verder bewerken' }));
    expect(screen.getByText('Opslaan lukt pas na het laden van de nieuwste versie')).toBeVisible();
    await user.type(situation, ' Nog meer.');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('de casus is nu versie 4');

    const newest = { ...read, title: 'Door een collega', version: 4 };
    fetchMock.mockImplementationOnce(async () => Response.json(newest));
    await user.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Nieuwste versie laden' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwste versie laden?' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Laden en mijn wijzigingen weggooien' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Titel')).toHaveValue('Door een collega'));
    expect(screen.getByLabelText('Situatieschets')).toHaveValue('');
    expect(screen.getByText(/Versie 4, laatst opgeslagen/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes to the new address when the code changes', async () => {
    mockCase((body) => ({ body: { ...read, ...body, version: 4 } }));
    const { user, router } = renderWorkspace();
    const code = await screen.findByLabelText(/^Code/);
    await user.clear(code);
    await user.type(code, 'K-9');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/K-9'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Casus K-9' })).toBeVisible();
  });

  it('asks before leaving unsaved changes, and offers them again after a lost session', async () => {
    mockCase(() => problem(401, 'sign in'));
    const first = renderWorkspace();
    const title = await screen.findByLabelText('Titel');
    await first.user.clear(title);
    await first.user.type(title, 'Nog niet opgeslagen');
    await first.user.click(screen.getByRole('link', { name: '← Alle casussen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pagina verlaten?' });
    await first.user.click(within(dialog).getByRole('button', { name: 'Blijven' }));
    expect(first.router.state.location.pathname).toBe('/cases/K-1');

    // The session ends: saving leads to the login page; the draft waits in this tab.
    first.unmount();
    mockCase(() => ({ body: read }));
    const again = renderWorkspace();
    const offer = await screen.findByText('Niet-opgeslagen wijzigingen gevonden');
    expect(screen.getByLabelText('Titel')).toHaveValue('Inwoner met schulden');
    await again.user.click(screen.getByRole('button', { name: 'Wijzigingen terugzetten' }));
    expect(screen.getByLabelText('Titel')).toHaveValue('Nog niet opgeslagen');
    expect(offer).not.toBeInTheDocument();
  });

  it('lets a professional edit, but not link accounts or delete', async () => {
    mockCase(() => ({ body: read }));
    const { user } = renderWorkspace('professional');
    await user.click(await screen.findByRole('tab', { name: /Deelnemers en interviews/ }));
    expect(
      screen.getByLabelText('Organisatie', { selector: '#field-participants-1-organisation' }),
    ).toHaveValue('GGZ');
    expect(screen.queryByLabelText('Gekoppeld account')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Casus verwijderen' })).toBeNull();
  });
});
