import {
  CONFIDENCES,
  type Confidence,
  DEFAULT_CONFIDENCE,
  type Issue,
  type Line,
  type PriceItem,
} from '@kassabon/engine';
import { Checkbox, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { messageAt } from '../lib/receipt-issues.ts';
import { withField } from '../lib/scenario-edits.ts';
import { FinancierInput } from './financier-input.tsx';
import classes from './receipts.module.css';

type Props = {
  id: string;
  line: Line;
  item: PriceItem | undefined;
  /** The line's path, `scenarios[1].lines[2]`: its fields' issues are below it. */
  path: string;
  issues: Issue[];
  /** ", regel 3 van Met": read after each label, so every field has a name of its own. */
  context: string;
  change: (update: (line: Line) => Line) => void;
};

/**
 * The flags and words of one line: one-off, investment, transfer, probability, confidence and
 * a note, and for a free line its description and financier. A flag the line leaves out
 * follows its price item (transfer, confidence), which the field says.
 */
export function ReceiptLineDetails({ id, line, item, path, issues, context, change }: Props) {
  const { t } = useTranslation();
  const named = (text: string) => ({ label: text, 'aria-label': `${text}${context}` });
  const set = <K extends keyof Line>(field: K, value: Line[K] | undefined) =>
    change((current) => withField(current, field, value));
  const error = (field: string) => messageAt(issues, `${path}.${field}`);
  const flag = (field: 'oneOff' | 'investment', checked: boolean) =>
    set(field, checked ? true : undefined);
  const itemConfidence = item?.confidence;

  return (
    <fieldset
      id={id}
      className={classes.details}
      aria-label={`${t('receipts.line.detailsTitle')}${context}`}
    >
      <legend className={classes.groupTitle}>{t('receipts.line.detailsTitle')}</legend>
      {line.item === undefined && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            size="xs"
            {...named(t('receipts.line.label'))}
            value={line.label ?? ''}
            onChange={(event) => set('label', event.currentTarget.value || undefined)}
            error={error('label')}
          />
          <FinancierInput
            size="xs"
            {...named(t('receipts.line.financier'))}
            description={t('receipts.line.financierHint')}
            value={line.financier}
            onChange={(financier) => set('financier', financier || undefined)}
            error={error('financier')}
          />
        </SimpleGrid>
      )}
      <Checkbox
        size="xs"
        {...named(t('receipts.line.oneOff'))}
        description={t('receipts.line.oneOffHint')}
        checked={line.oneOff ?? false}
        onChange={(event) => flag('oneOff', event.currentTarget.checked)}
        error={error('oneOff')}
      />
      <Checkbox
        size="xs"
        {...named(t('receipts.line.investment'))}
        description={t('receipts.line.investmentHint')}
        checked={line.investment ?? false}
        onChange={(event) => flag('investment', event.currentTarget.checked)}
        error={error('investment')}
      />
      <Checkbox
        size="xs"
        {...named(t('receipts.line.transfer'))}
        description={
          line.transfer === undefined && item?.transfer !== undefined
            ? `${t('receipts.line.transferHint')} ${t('receipts.line.fromList', {
                value: t(item.transfer ? 'receipts.line.yes' : 'receipts.line.no'),
              })}`
            : t('receipts.line.transferHint')
        }
        checked={line.transfer ?? item?.transfer ?? false}
        // Back to the price item's flag when the line would say the same.
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          set('transfer', checked === (item?.transfer ?? false) ? undefined : checked);
        }}
        error={error('transfer')}
      />
      <DecimalInput
        size="xs"
        {...named(t('receipts.line.probability'))}
        description={t('receipts.line.probabilityHint')}
        scale={100}
        value={line.probability}
        onValueChange={(probability) => set('probability', probability)}
        invalidMessage={t('receipts.notANumber')}
        error={error('probability')}
      />
      <NativeSelect
        size="xs"
        {...named(t('receipts.line.confidence'))}
        description={t('receipts.line.confidenceHint')}
        value={line.confidence ?? ''}
        onChange={(event) =>
          set('confidence', (event.currentTarget.value || undefined) as Confidence | undefined)
        }
        data={[
          {
            value: '',
            label: itemConfidence
              ? t('receipts.line.confidenceFromList', {
                  grade: t(`vocabulary.confidences.${itemConfidence}`),
                })
              : t('receipts.line.confidenceDefault', {
                  grade: t(`vocabulary.confidences.${DEFAULT_CONFIDENCE}`),
                }),
          },
          ...CONFIDENCES.map((grade) => ({
            value: grade,
            label: t(`vocabulary.confidences.${grade}`),
          })),
        ]}
        error={error('confidence')}
      />
      <Textarea
        size="xs"
        {...named(t('receipts.line.note'))}
        rows={2}
        value={line.note ?? ''}
        onChange={(event) => set('note', event.currentTarget.value || undefined)}
        error={error('note')}
      />
    </fieldset>
  );
}
