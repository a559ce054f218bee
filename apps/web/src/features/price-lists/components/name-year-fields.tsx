import { Group, NumberInput, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list's name and year, as the forms that create, import and rename a list ask for them. */
export function NameYearFields({
  idOf,
  nameHint,
  name,
  year,
  onNameChange,
  onYearChange,
  error,
  nameWidth,
}: {
  idOf: (field: 'name' | 'year') => string;
  nameHint: string;
  name: string;
  year: number | string;
  onNameChange: (name: string) => void;
  onYearChange: (year: number | string) => void;
  error: (field: 'name' | 'year') => ReactNode;
  nameWidth?: number;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start">
      <TextInput
        id={idOf('name')}
        label={t('priceLists.fields.name')}
        description={nameHint}
        value={name}
        onChange={(event) => onNameChange(event.currentTarget.value)}
        error={error('name')}
        required
        w={nameWidth}
      />
      <NumberInput
        id={idOf('year')}
        label={t('priceLists.fields.year')}
        value={year}
        onChange={onYearChange}
        error={error('year')}
        allowDecimal={false}
        hideControls
        required
        w={120}
      />
    </Group>
  );
}
