import { type PriceList, UpdatePriceListRequestSchema } from '@kassabon/contract';
import { Alert, Button, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormValidation } from '../../../lib/form-validation.tsx';
import { useUpdatePriceList } from '../api/update-price-list.ts';
import { NameYearFields } from './name-year-fields.tsx';

/** Another name (the list becomes the next version of that name) or another year. */
export function RenamePriceListForm({ list }: { list: PriceList }) {
  const { t } = useTranslation();
  const update = useUpdatePriceList(list.id);
  const [name, setName] = useState(list.name ?? '');
  const [year, setYear] = useState<number | string>(list.year);
  const validation = useFormValidation(UpdatePriceListRequestSchema, {
    name,
    year: year === '' ? undefined : year,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data = validation.check();
    if (!data) return;
    update.mutate(data, {
      onError: validation.showServerErrors,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        <NameYearFields
          validation={validation}
          nameHint={t('priceLists.rename.nameHint')}
          name={name}
          year={year}
          onNameChange={(value) => {
            setName(value);
            update.reset();
          }}
          onYearChange={(value) => {
            setYear(value);
            update.reset();
          }}
          nameWidth={360}
        />
        <Button type="submit" loading={update.isPending}>
          {t('priceLists.rename.submit')}
        </Button>
        <div aria-live="polite">
          {update.isSuccess && (
            <Alert color="green" role="status">
              {t('priceLists.rename.done', { version: update.data.version })}
            </Alert>
          )}
        </div>
        {update.isError && !isApiError(update.error, 422) && <ProblemAlert error={update.error} />}
      </Stack>
    </form>
  );
}
