import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../testing/render.tsx';
import { ModalDialog } from './modal-dialog.tsx';

describe('ModalDialog', () => {
  it('names its close button in the user language, and closes with it', async () => {
    const onClose = vi.fn();
    const { user } = renderPage(
      <ModalDialog opened onClose={onClose} title="Post verwijderen">
        <p>inhoud</p>
      </ModalDialog>,
    );
    expect(await screen.findByRole('dialog', { name: 'Post verwijderen' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(onClose).toHaveBeenCalled();
  });
});
