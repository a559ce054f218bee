import { describeFinancier } from '@kassabon/engine';
import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useLanguage } from '../../../lib/i18n.ts';
import { financierCode, financierNames } from '../lib/financier-choice.ts';

type Props = Omit<AutocompleteProps, 'value' | 'onChange' | 'data'> & {
  /** A financier code (`gemeente-wmo`) or a financier's own name; undefined when empty. */
  value: string | undefined;
  onChange: (financier: string) => void;
};

/**
 * A financier: one of those Kassabon knows, offered by name as the user types, or any other
 * name typed out. The text stays as typed while the code follows it.
 */
export function FinancierInput({ value, onChange, ...props }: Props) {
  const language = useLanguage();
  const names = useMemo(() => financierNames(language), [language]);
  const shown = value === undefined ? '' : describeFinancier(value, language);
  const [text, setText] = useState(shown);

  // A value changed elsewhere replaces the text; the user's own typing does not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of the value only
  useEffect(() => {
    if (financierCode(text) !== (value ?? '')) setText(shown);
  }, [value, shown]);

  return (
    <Autocomplete
      {...props}
      data={names}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(financierCode(next));
      }}
    />
  );
}
