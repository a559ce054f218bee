import type { Line } from '@kassabon/engine';
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { FinancierInput } from './financier-input.tsx';
import classes from './receipts.module.css';

type Props = {
  /** The receipt's name: "Vrije regel voor Met". */
  receiptName: string;
  onAdd: (line: Line) => void;
  onCancel: () => void;
};

/**
 * A line that is not in the price list: a description, an amount per year and who pays it.
 * Not a <form>: the receipts sit inside the case workspace, which may be one.
 */
export function FreeLineForm({ receiptName, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [amount, setAmount] = useState<number | undefined>();
  const [financier, setFinancier] = useState('');
  const [tried, setTried] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // The form opens on request: its first field takes the focus.
  useEffect(() => first.current?.focus(), []);
  const missing = {
    label: label.trim() === '',
    amount: amount === undefined,
    financier: financier.trim() === '',
  };

  const add = () => {
    setTried(true);
    if (missing.label || missing.amount || missing.financier || amount === undefined) return;
    onAdd({ label: label.trim(), amount, financier: financier.trim() });
  };

  return (
    <fieldset className={classes.details}>
      <legend className={classes.groupTitle}>
        {t('receipts.free.title', { name: receiptName })}
      </legend>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <TextInput
          size="xs"
          label={t('receipts.line.label')}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={tried && missing.label && t('receipts.free.labelRequired')}
          ref={first}
          // Enter adds the line, as a form would.
          onKeyDown={(event) => event.key === 'Enter' && add()}
        />
        <DecimalInput
          size="xs"
          label={t('receipts.line.amount')}
          value={amount}
          onValueChange={setAmount}
          invalidMessage={t('receipts.notANumber')}
          error={tried && missing.amount ? t('receipts.free.amountRequired') : undefined}
          onKeyDown={(event) => event.key === 'Enter' && add()}
        />
      </SimpleGrid>
      <FinancierInput
        size="xs"
        label={t('receipts.line.financier')}
        description={t('receipts.line.financierHint')}
        value={financier || undefined}
        onChange={setFinancier}
        error={tried && missing.financier && t('receipts.free.financierRequired')}
      />
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={add}>
          {t('receipts.free.submit')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('receipts.free.cancel')}
        </Button>
      </Group>
    </fieldset>
  );
}
