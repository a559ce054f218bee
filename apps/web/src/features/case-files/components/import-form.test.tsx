import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../testing/fetch-mock.ts';
import { renderPage } from '../../../testing/render.tsx';
import { ImportForm } from './import-form.tsx';

const caseFile = (name: string) =>
  new File(['{"version":1,"cases":[]}'], name, { type: 'application/json' });

/** Mantine's FileInput keeps the real file input out of sight; the test talks to it directly. */
function fileInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

describe('ImportForm', () => {
  it('asks for a file first', async () => {
    const fetchMock = mockApi({});
    const { user } = renderPage(<ImportForm />);
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(screen.getByText('Kies eerst een bestand.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lists every problem with its path when the file is not valid', async () => {
    mockApi({
      'POST /api/v1/import': problem(422, 'the case file has 2 problems', {
        errors: [
          { path: 'cases[0].code', message: 'is required' },
          { path: 'cases[1].scenarios[0].lines[2].quantity', message: 'must be a number' },
        ],
      }),
    });
    const { user, container } = renderPage(<ImportForm />);
    await user.upload(fileInput(container), caseFile('cases.json'));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand heeft 2 problemen. Er is niets geïmporteerd.');
    expect(alert).toHaveTextContent('cases[0].code is required');
    expect(alert).toHaveTextContent('cases[1].scenarios[0].lines[2].quantity must be a number');
  });

  it('names the codes that exist, and replaces them when asked', async () => {
    const fetchMock = mockApi({
      'POST /api/v1/import': (request) =>
        new URL(request.url).searchParams.get('mode') === 'replace'
          ? { status: 201, body: { imported: ['B360-01', 'B360-02'] } }
          : problem(409, 'these case codes exist already: B360-01, B360-02', {
              codes: ['B360-01', 'B360-02'],
            }),
    });
    const { user, container } = renderPage(<ImportForm />);
    await user.upload(fileInput(container), caseFile('cases.yaml'));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze casuscodes bestaan al.');
    expect(alert).toHaveTextContent('B360-01');
    expect(alert).toHaveTextContent('B360-02');

    await user.click(screen.getByRole('checkbox', { name: /Bestaande casussen vervangen/ }));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '2 casussen geïmporteerd: B360-01, B360-02.',
    );
    const [, replaced] = fetchMock.mock.calls;
    expect(String(replaced?.[0])).toBe('/api/v1/import?mode=replace');
    expect(new Headers(replaced?.[1]?.headers).get('content-type')).toBe('application/yaml');
  });
});
