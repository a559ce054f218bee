import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage, sessionAs } from '../../../testing/render.tsx';
import { NewCasePage } from './new-case-page.tsx';

const renderNew = () =>
  renderPage(<NewCasePage />, {
    path: '/cases/new',
    route: '/cases/new',
    session: sessionAs('professional'),
  });

describe('a new case', { timeout: 30_000 }, () => {
  it('asks for a code first, in Dutch, at the field', async () => {
    const fetchMock = mockApi({});
    const { user } = renderNew();
    await user.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    const code = screen.getByLabelText(/^Code/);
    expect(code).toHaveAccessibleDescription(expect.stringContaining('Mag niet leeg zijn.'));
    expect(code).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says so at the code when another case has it, and opens the new case', async () => {
    let taken = true;
    const sent: unknown[] = [];
    mockApi({
      'POST /api/v1/cases': async (request) => {
        sent.push(await request.json());
        if (taken)
          return problem(409, 'a case with code "K-1" exists already', {
            conflict: 'code-taken',
            errors: [{ path: 'code', message: 'a case with code "K-1" exists already' }],
          });
        return { status: 201, body: { code: 'K-2', scenarios: [], version: 1 } };
      },
    });
    const { user, router } = renderNew();
    await user.type(screen.getByLabelText(/^Code/), 'K-1');
    await user.type(screen.getByLabelText(/^Titel/), 'Gezin met schulden');
    await user.selectOptions(screen.getByLabelText('Soort casus'), 'Huishouden');
    await user.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    const code = screen.getByLabelText(/^Code/);
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(
        expect.stringContaining('Er is al een casus met de code "K-1".'),
      ),
    );
    expect(sent[0]).toEqual({
      code: 'K-1',
      title: 'Gezin met schulden',
      kind: 'household',
      scenarios: [],
    });

    taken = false;
    await user.type(code, '{Backspace}2');
    expect(code).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Casus aanmaken' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/K-2'));
  });
});
