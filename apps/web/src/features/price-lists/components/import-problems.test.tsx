import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { renderPage } from '../../../testing/render.tsx';
import { ImportProblems } from './import-problems.tsx';

const refused = new ApiError(422, {
  type: 'about:blank',
  title: 'the price list file has 2 problems; nothing was imported',
  status: 422,
  errors: [
    {
      path: 'row 12, eenheidsprijs (unitPrice)',
      message: 'must be a number (got text "veel")',
    },
    { path: 'row 14, code', message: '"ggz_uur" is on row 9 too; each code once' },
  ],
});

describe('ImportProblems', () => {
  it('lists every problem by row and column, as the API names them', () => {
    renderPage(<ImportProblems error={refused} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Het bestand heeft 2 problemen. Er is niets geïmporteerd.');
    const problems = within(alert).getAllByRole('listitem');
    expect(problems.map((problem) => problem.textContent)).toEqual([
      'row 12, eenheidsprijs (unitPrice): must be a number (got text "veel")',
      'row 14, code: "ggz_uur" is on row 9 too; each code once',
    ]);
    // The API's words are English: a screen reader should read them so.
    expect(within(alert).getByRole('list')).toHaveAttribute('lang', 'en');
  });

  it('says so in English too', () => {
    renderPage(<ImportProblems error={refused} />, { language: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The file has 2 problems. Nothing was imported.',
    );
  });

  it('falls back to the general problem for anything else', () => {
    renderPage(
      <ImportProblems
        error={
          new ApiError(415, {
            type: 'about:blank',
            title: 'send the file as the body with Content-Type text/csv',
            status: 415,
          })
        }
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('De server weigerde dit verzoek.');
  });
});
