import {
  CONFIDENCES,
  describeFinancier,
  FINANCIERS,
  type PriceItem,
  PriceItemSchema,
  UNITS,
} from '@kassabon/engine';
import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormValidation } from '../../../lib/form-validation.tsx';
import { numberSeparators } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useSavePriceItem } from '../api/save-price-item.ts';

type Values = {
  code: string;
  name: string;
  nameEn: string;
  unit: string | null;
  unitPrice: number | string;
  financier: string | null;
  category: string;
  source: string;
  priceYear: number | string;
  confidence: string | null;
  transfer: boolean;
};

function toValues(item: PriceItem | undefined): Values {
  return {
    code: item?.code ?? '',
    name: item?.name ?? '',
    nameEn: item?.nameEn ?? '',
    unit: item?.unit ?? null,
    unitPrice: item?.unitPrice ?? '',
    financier: item?.financier ?? null,
    category: item?.category ?? '',
    source: item?.source ?? '',
    priceYear: item?.priceYear ?? '',
    confidence: item?.confidence ?? null,
    transfer: item?.transfer ?? false,
  };
}

/**
 * What the engine's PriceItemSchema gets: an empty optional field is left out; a number
 * still being typed ("-", "12,") stays text, which the schema calls not a number.
 */
function toCandidate(values: Values, original: PriceItem | undefined): Record<string, unknown> {
  const optional = (text: string) => (text.trim() === '' ? undefined : text);
  const candidate: Record<string, unknown> = {
    code: values.code,
    name: values.name,
    nameEn: optional(values.nameEn),
    unit: values.unit ?? undefined,
    unitPrice: values.unitPrice === '' ? undefined : values.unitPrice,
    financier: values.financier ?? undefined,
    category: optional(values.category),
    source: optional(values.source),
    priceYear: values.priceYear === '' ? undefined : values.priceYear,
    confidence: values.confidence ?? undefined,
    // An unchecked box adds nothing to an item that had no `transfer`: the same item.
    transfer: values.transfer || original?.transfer !== undefined ? values.transfer : undefined,
  };
  return Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
}

/**
 * Adds an item to an own list, or edits one (its code stays). Checked with the engine's
 * PriceItemSchema, the one the API checks with, while the user types; the messages are in the
 * user's language.
 */
export function PriceItemForm({
  listId,
  item,
  onSaved,
  onCancel,
}: {
  listId: string;
  /** The item to edit; none to add one. */
  item?: PriceItem;
  onSaved: (item: PriceItem) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const editing = item !== undefined;
  const save = useSavePriceItem(listId, editing);
  const [values, setValues] = useState(() => toValues(item));
  const [codeTaken, setCodeTaken] = useState(false);
  const validation = useFormValidation(PriceItemSchema, toCandidate(values, item));

  const change = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((before) => ({ ...before, [field]: value }));
    validation.touch(field);
    if (field === 'code') setCodeTaken(false);
  };
  const error = (field: keyof Values) =>
    field === 'code' && codeTaken ? t('priceLists.item.codeTaken') : validation.error(field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data = validation.check();
    if (!data) return;
    save.mutate(data, {
      onSuccess: onSaved,
      onError: (failure) => {
        validation.showServerErrors(failure);
        if (isApiError(failure, 409) && !editing) {
          setCodeTaken(true);
          validation.focus('code');
        }
      },
    });
  };

  const financiers = Object.keys(FINANCIERS).map((code) => ({
    value: code,
    label: describeFinancier(code, language),
  }));
  // A code Kassabon does not know by name is allowed, and stays choosable when editing.
  if (values.financier && !(values.financier in FINANCIERS))
    financiers.push({ value: values.financier, label: values.financier });
  const separators = numberSeparators(language);
  const otherProblem =
    save.isError && !isApiError(save.error, 422) && !(isApiError(save.error, 409) && !editing);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={validation.idOf('code')}
            label={t('priceLists.item.code')}
            description={editing ? t('priceLists.item.codeFixed') : t('priceLists.item.codeHint')}
            value={values.code}
            onChange={(event) => change('code', event.currentTarget.value)}
            error={error('code')}
            readOnly={editing}
            required
          />
          <TextInput
            id={validation.idOf('name')}
            label={t('priceLists.item.name')}
            value={values.name}
            onChange={(event) => change('name', event.currentTarget.value)}
            error={error('name')}
            required
          />
          <TextInput
            id={validation.idOf('nameEn')}
            label={t('priceLists.item.nameEn')}
            value={values.nameEn}
            onChange={(event) => change('nameEn', event.currentTarget.value)}
            error={error('nameEn')}
            lang="en"
          />
          <TextInput
            id={validation.idOf('category')}
            label={t('priceLists.item.category')}
            value={values.category}
            onChange={(event) => change('category', event.currentTarget.value)}
            error={error('category')}
          />
          <Select
            id={validation.idOf('unit')}
            label={t('priceLists.item.unit')}
            data={UNITS.map((unit) => ({ value: unit, label: t(`vocabulary.units.${unit}`) }))}
            value={values.unit}
            onChange={(unit) => change('unit', unit)}
            error={error('unit')}
            required
          />
          <NumberInput
            id={validation.idOf('unitPrice')}
            label={t('priceLists.item.unitPrice')}
            description={t('priceLists.item.unitPriceHint')}
            prefix="€ "
            {...separators}
            value={values.unitPrice}
            onChange={(price) => change('unitPrice', price)}
            error={error('unitPrice')}
            hideControls
            required
          />
          <Select
            id={validation.idOf('financier')}
            label={t('priceLists.item.financier')}
            data={financiers}
            value={values.financier}
            onChange={(financier) => change('financier', financier)}
            error={error('financier')}
            searchable
            required
          />
          <NumberInput
            id={validation.idOf('priceYear')}
            label={t('priceLists.item.priceYear')}
            value={values.priceYear}
            onChange={(year) => change('priceYear', year)}
            error={error('priceYear')}
            allowDecimal={false}
            hideControls
          />
          <Select
            id={validation.idOf('confidence')}
            label={t('priceLists.item.confidence')}
            placeholder={t('priceLists.item.confidenceNone')}
            data={CONFIDENCES.map((grade) => ({
              value: grade,
              label: t(`vocabulary.confidences.${grade}`),
            }))}
            value={values.confidence}
            onChange={(grade) => change('confidence', grade)}
            error={error('confidence')}
            clearable
          />
        </SimpleGrid>
        <Textarea
          id={validation.idOf('source')}
          label={t('priceLists.item.source')}
          value={values.source}
          onChange={(event) => change('source', event.currentTarget.value)}
          error={error('source')}
          rows={3}
        />
        <Checkbox
          id={validation.idOf('transfer')}
          label={t('priceLists.item.transfer')}
          description={t('priceLists.item.transferHint')}
          checked={values.transfer}
          onChange={(event) => change('transfer', event.currentTarget.checked)}
          error={error('transfer')}
        />
        {otherProblem && <ProblemAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('priceLists.item.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('priceLists.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
