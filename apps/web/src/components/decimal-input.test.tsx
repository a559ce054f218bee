import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../testing/render.tsx';
import { DecimalInput } from './decimal-input.tsx';

function Field({ initial, onValue }: { initial?: number; onValue: (value?: number) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DecimalInput
        label="Kans (%)"
        scale={100}
        value={value}
        onValueChange={(next) => {
          setValue(next);
          onValue(next);
        }}
        invalidMessage="Vul een getal in."
      />
      <button type="button" onClick={() => setValue(0.5)}>
        half
      </button>
    </>
  );
}

describe('DecimalInput', () => {
  it('takes a Dutch decimal comma, keeps a half-typed number, and scales', async () => {
    const onValue = vi.fn();
    const { user } = renderPage(<Field initial={0.075} onValue={onValue} />);
    const field = screen.getByLabelText('Kans (%)');
    expect(field).toHaveValue('7,5');
    await user.clear(field);
    expect(onValue).toHaveBeenLastCalledWith(undefined);
    await user.type(field, '12,');
    expect(field).toHaveValue('12,');
    expect(onValue).toHaveBeenLastCalledWith(0.12);
    await user.type(field, '5');
    expect(onValue).toHaveBeenLastCalledWith(0.125);
    expect(field).toHaveValue('12,5');
  });

  it('reads a thousands point as a Dutch user means it, and a thousands comma in English', async () => {
    const onValue = vi.fn();
    const dutch = renderPage(<Field onValue={onValue} />);
    await dutch.user.type(screen.getByLabelText('Kans (%)'), '13.000');
    expect(onValue).toHaveBeenLastCalledWith(130);
    dutch.unmount();
    const english = renderPage(<Field onValue={onValue} />, { language: 'en' });
    await english.user.type(screen.getByLabelText('Kans (%)'), '13,000');
    expect(onValue).toHaveBeenLastCalledWith(130);
  });

  it('says so once the field is left holding no number, and follows a value set elsewhere', async () => {
    const onValue = vi.fn();
    const { user } = renderPage(<Field onValue={onValue} />);
    const field = screen.getByLabelText('Kans (%)');
    await user.type(field, 'veel');
    expect(field).not.toHaveAccessibleDescription('Vul een getal in.');
    await user.tab();
    expect(field).toHaveAccessibleDescription('Vul een getal in.');
    expect(onValue).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'half' }));
    expect(field).toHaveValue('50');
  });
});
