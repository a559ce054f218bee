import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { SetupForm } from './setup-form.tsx';

describe('SetupForm', () => {
  it('shows the length rule beside the field while the user types', async () => {
    mockApi({});
    const { user } = renderPage(<SetupForm token="kb_setup_token" onDone={() => {}} />);
    const password = screen.getByLabelText(/^Nieuw wachtwoord/);
    expect(password).toHaveAccessibleDescription(/Minstens 12 tekens/);
    await user.type(password, 'kort');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/Nog 8 tekens nodig: minstens 12\./);
    await user.type(password, ' maar nu lang');
    expect(password).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'iets anders');
    expect(screen.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeInTheDocument();
  });

  it('sends the token with the password and hands over the session', async () => {
    const fetchMock = mockApi({
      'POST /api/v1/setup': {
        status: 201,
        body: {
          email: 'a@b.nl',
          organisationId: 'o',
          role: 'admin',
          organisations: [],
          csrfToken: 'c',
        },
      },
    });
    const onDone = vi.fn();
    const { user } = renderPage(<SetupForm token="kb_setup_token" onDone={onDone} />);
    await user.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'een lang en goed wachtwoord');
    await user.type(
      screen.getByLabelText(/^Herhaal het wachtwoord/),
      'een lang en goed wachtwoord',
    );
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      token: 'kb_setup_token',
      password: 'een lang en goed wachtwoord',
    });
  });

  it('says a used or expired link plainly', async () => {
    mockApi({ 'POST /api/v1/setup': problem(404, 'this setup link has been used already') });
    const { user } = renderPage(<SetupForm token="kb_setup_token" onDone={() => {}} />);
    await user.type(screen.getByLabelText(/^Nieuw wachtwoord/), 'een lang en goed wachtwoord');
    await user.type(
      screen.getByLabelText(/^Herhaal het wachtwoord/),
      'een lang en goed wachtwoord',
    );
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/al gebruikt of verlopen/);
  });
});
