import { screen } from '@testing-library/react';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render.tsx';
import { PageTitle } from './page-title.tsx';

describe('PageTitle', () => {
  it('leaves focus alone on the page the app opened on, and takes it after a navigation', async () => {
    const { user } = renderPage(
      <>
        <PageTitle>Prijslijsten</PageTitle>
        <Link to="/price-lists/x">verder</Link>
      </>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Prijslijsten' });
    expect(heading).not.toHaveFocus();
    expect(document.title).toBe('Prijslijsten – Kassabon');
    await user.click(screen.getByRole('link', { name: 'verder' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Prijslijsten' })).toHaveFocus();
  });
});
