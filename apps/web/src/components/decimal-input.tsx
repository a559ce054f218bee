import { parseDecimal } from '@kassabon/engine';
import { TextInput, type TextInputProps } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useLanguage } from '../lib/i18n.ts';

export type DecimalInputProps = Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange'> & {
  value: number | undefined;
  /** A number as typed (`12,5` or `12.5`), or undefined when the field is emptied. */
  onValueChange: (value: number | undefined) => void;
  /** Shown once the field is left holding text that is not a number. */
  invalidMessage: string;
  /** The field shows value × scale: 100 for a share shown as a percentage. */
  scale?: number;
};

const TOLERANCE = 1e-9;

function formatDecimal(value: number | undefined, language: string): string {
  if (value === undefined) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    useGrouping: false,
    maximumFractionDigits: 6,
  }).format(value);
}

/**
 * A number field that takes Dutch and English notation alike (where a text could be either,
 * `13.000`, the user's language decides: parseDecimal) and lets the user pass through
 * texts that are no number yet (`12,`): only numbers reach the draft, so a half-typed decimal
 * never empties a field. The text follows the value when it changes elsewhere.
 */
export const DecimalInput = memo(function DecimalInput({
  value,
  onValueChange,
  invalidMessage,
  scale = 1,
  error,
  onFocus,
  onBlur,
  ...props
}: DecimalInputProps) {
  const language = useLanguage();
  const shown = value === undefined ? undefined : value * scale;
  const [text, setText] = useState(() => formatDecimal(shown, language));
  const [focused, setFocused] = useState(false);
  const parsed = text.trim() === '' ? undefined : parseDecimal(text, language);

  // Only a change of the value from elsewhere (a moved line, a reload) rewrites the text;
  // the user's own typing, which set that value, stays as typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of the value only
  useEffect(() => {
    const same =
      shown === undefined
        ? text.trim() === ''
        : parsed !== undefined &&
          Math.abs(parsed - shown) <= TOLERANCE * Math.max(1, Math.abs(shown));
    if (!same) setText(formatDecimal(shown, language));
  }, [shown, language]);

  const invalid = !focused && text.trim() !== '' && parsed === undefined;
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={invalid ? invalidMessage : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === '') onValueChange(undefined);
        else {
          const number = parseDecimal(next, language);
          if (number !== undefined) onValueChange(number / scale);
        }
      }}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
    />
  );
});
