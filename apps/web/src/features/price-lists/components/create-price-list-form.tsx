import { CreatePriceListRequestSchema, type PriceList } from '@kassabon/contract';
import { Button, Group, Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormValidation } from '../../../lib/form-validation.tsx';
import { useCreatePriceList } from '../api/create-price-list.ts';
import { describeList } from './describe-list.ts';
import { NameYearFields } from './name-year-fields.tsx';

/**
 * A new list: empty, or a copy of another list (own or shipped). A name that exists makes the
 * next version of it.
 */
export function CreatePriceListForm({
  lists,
  initial,
  onCreated,
  onCancel,
}: {
  /** The lists to copy from. */
  lists: readonly PriceList[];
  initial?: { name?: string; year?: number; copyFrom?: string };
  onCreated: (list: PriceList) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePriceList();
  const [name, setName] = useState(initial?.name ?? '');
  const [year, setYear] = useState<number | string>(initial?.year ?? new Date().getFullYear());
  const [copyFrom, setCopyFrom] = useState<string | null>(initial?.copyFrom ?? null);
  const validation = useFormValidation(CreatePriceListRequestSchema, {
    name,
    year: year === '' ? undefined : year,
    ...(copyFrom ? { copyFrom } : {}),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data = validation.check();
    if (!data) return;
    create.mutate(data, {
      onSuccess: onCreated,
      onError: validation.showServerErrors,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        <NameYearFields
          validation={validation}
          nameHint={t('priceLists.create.nameHint')}
          name={name}
          year={year}
          onNameChange={setName}
          onYearChange={setYear}
        />
        <Select
          id={validation.idOf('copyFrom')}
          label={t('priceLists.create.copyFrom')}
          placeholder={t('priceLists.create.empty')}
          data={lists.map((list) => ({ value: list.id, label: describeList(list, t) }))}
          value={copyFrom}
          onChange={setCopyFrom}
          error={validation.error('copyFrom')}
          clearable
          w="100%"
          maw={480}
        />
        {create.isError && !isApiError(create.error, 422) && <ProblemAlert error={create.error} />}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('priceLists.create.submit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('priceLists.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
