import { Group, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormValidation } from '../../../lib/form-validation.tsx';

/**
 * A list's name and year, as the forms that create, import and rename a list ask for them;
 * checked by the form's `validation` (useFormValidation), which each change touches.
 */
export function NameYearFields({
  validation,
  nameHint,
  name,
  year,
  onNameChange,
  onYearChange,
  nameWidth,
}: {
  validation: Pick<FormValidation, 'idOf' | 'touch' | 'error'>;
  nameHint: string;
  name: string;
  year: number | string;
  onNameChange: (name: string) => void;
  onYearChange: (year: number | string) => void;
  nameWidth?: number;
}) {
  const { t } = useTranslation();
  const { idOf, touch, error } = validation;
  return (
    <Group align="flex-start">
      <TextInput
        id={idOf('name')}
        label={t('priceLists.fields.name')}
        description={nameHint}
        value={name}
        onChange={(event) => {
          onNameChange(event.currentTarget.value);
          touch('name');
        }}
        error={error('name')}
        required
        w={nameWidth}
      />
      <NumberInput
        id={idOf('year')}
        label={t('priceLists.fields.year')}
        value={year}
        onChange={(value) => {
          onYearChange(value);
          touch('year');
        }}
        error={error('year')}
        allowDecimal={false}
        hideControls
        required
        w={120}
      />
    </Group>
  );
}
