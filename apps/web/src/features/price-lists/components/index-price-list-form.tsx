import { IndexPriceListRequestSchema, type PriceList } from '@kassabon/contract';
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useFormValidation } from '../../../lib/form-validation.tsx';
import { numberSeparators } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useIndexPriceList } from '../api/index-price-list.ts';

/** The form asks for a percentage per year, the first of the two ways the API takes. */
const [ByPercentageSchema] = IndexPriceListRequestSchema.options;

/** Every price indexed to another year, as a new version of the list; opens that version. */
export function IndexPriceListForm({
  list,
  onIndexed,
}: {
  list: PriceList;
  onIndexed: (list: PriceList) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const indexList = useIndexPriceList(list.id);
  const [toYear, setToYear] = useState<number | string>(list.year + 1);
  const [percentPerYear, setPercentPerYear] = useState<number | string>('');
  const validation = useFormValidation(ByPercentageSchema, {
    toYear: toYear === '' ? undefined : toYear,
    percentPerYear: percentPerYear === '' ? undefined : percentPerYear,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data = validation.check();
    if (!data) return;
    indexList.mutate(data, { onSuccess: onIndexed });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack align="flex-start">
        <Group align="flex-start">
          <NumberInput
            id={validation.idOf('toYear')}
            label={t('priceLists.index.toYear')}
            value={toYear}
            onChange={(value) => {
              setToYear(value);
              validation.touch('toYear');
            }}
            error={validation.error('toYear')}
            allowDecimal={false}
            hideControls
            required
            w={140}
          />
          <NumberInput
            id={validation.idOf('percentPerYear')}
            label={t('priceLists.index.percentPerYear')}
            description={t('priceLists.index.percentHint')}
            suffix=" %"
            decimalSeparator={numberSeparators(language).decimalSeparator}
            value={percentPerYear}
            onChange={(value) => {
              setPercentPerYear(value);
              validation.touch('percentPerYear');
            }}
            error={validation.error('percentPerYear')}
            hideControls
            required
            w={260}
          />
        </Group>
        <Button type="submit" loading={indexList.isPending}>
          {t('priceLists.index.submit')}
        </Button>
        {indexList.isError && <ProblemAlert error={indexList.error} />}
      </Stack>
    </form>
  );
}
