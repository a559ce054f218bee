import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { LoginForm } from './login-form.tsx';

const SESSION = {
  email: 'ana@example.org',
  organisationId: '00000000-0000-4000-8000-000000000001',
  role: 'analyst',
  organisations: [],
  csrfToken: 'csrf',
};

describe('LoginForm', () => {
  it('names each empty field beside it and puts focus on the first', async () => {
    const fetchMock = mockApi({});
    const { user } = renderPage(<LoginForm onSignedIn={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    const email = screen.getByLabelText(/E-mailadres/);
    expect(email).toHaveAccessibleDescription('Vul je e-mailadres in.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says so when the address or password is wrong', async () => {
    mockApi({
      'POST /api/v1/session': problem(401, 'the e-mail address or password is not right'),
    });
    const onSignedIn = vi.fn();
    const { user } = renderPage(<LoginForm onSignedIn={onSignedIn} />);
    await user.type(screen.getByLabelText(/E-mailadres/), 'ana@example.org');
    await user.type(screen.getByLabelText(/Wachtwoord/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('signs in with the address trimmed and hands over the session', async () => {
    const fetchMock = mockApi({ 'POST /api/v1/session': { status: 201, body: SESSION } });
    const onSignedIn = vi.fn();
    const { user } = renderPage(<LoginForm onSignedIn={onSignedIn} />, { language: 'en' });
    await user.type(screen.getByLabelText(/E-mail address/), ' ana@example.org ');
    await user.type(screen.getByLabelText(/Password/), 'a good long password');
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(SESSION));
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body).toEqual({ email: 'ana@example.org', password: 'a good long password' });
  });
});
