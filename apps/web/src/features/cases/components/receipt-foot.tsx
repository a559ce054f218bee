import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { ReceiptTotals } from '../lib/receipt-totals.ts';
import classes from './receipts.module.css';

type Props = {
  /** Null while there are no prices to compute with. */
  totals: ReceiptTotals | null;
  statedTotal: number | undefined;
  /** ", Met": read after the stated total's label. */
  context: string;
  readOnly: boolean;
  error: string | undefined;
  onStatedTotalChange: (statedTotal: number | undefined) => void;
};

/**
 * The foot of a receipt: the total per year, the one-off costs apart beneath it, and the
 * total a source document states, with a warning where the lines do not add up to it.
 */
export function ReceiptFoot({
  totals,
  statedTotal,
  context,
  readOnly,
  error,
  onStatedTotalChange,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number | undefined) =>
    amount === undefined ? t('receipts.line.unpriced') : format.money(amount);

  return (
    <div className={classes.foot}>
      <dl className={classes.totals}>
        <div className={classes.total}>
          <dt>{t('receipts.foot.perYear')}</dt>
          <dd className={classes.amount}>{money(totals?.perYear)}</dd>
        </div>
        <div className={classes.oneOff}>
          <dt>{t('receipts.foot.oneOff')}</dt>
          <dd className={classes.amount}>{money(totals?.oneOff)}</dd>
        </div>
        {readOnly && statedTotal !== undefined && (
          <div className={classes.oneOff}>
            <dt>{t('receipts.foot.stated')}</dt>
            <dd className={classes.amount}>{format.money(statedTotal)}</dd>
          </div>
        )}
      </dl>
      {!readOnly && (
        <DecimalInput
          size="xs"
          w={200}
          mt="xs"
          label={t('receipts.foot.stated')}
          aria-label={`${t('receipts.foot.stated')}${context}`}
          description={t('receipts.foot.statedHint')}
          value={statedTotal}
          onValueChange={onStatedTotalChange}
          invalidMessage={t('receipts.notANumber')}
          error={error}
        />
      )}
      {totals?.mismatch && (
        <Text size="sm" mt="xs" className={classes.warning}>
          {t('receipts.foot.mismatch', {
            computed: format.money(totals.mismatch.computed),
            stated: format.money(totals.mismatch.stated),
            difference: format.money(Math.abs(totals.mismatch.computed - totals.mismatch.stated)),
          })}
        </Text>
      )}
      {totals && totals.unpriced > 0 && (
        <Text size="sm" mt="xs" className={classes.warning}>
          {t('receipts.foot.unpriced', { count: totals.unpriced })}
        </Text>
      )}
    </div>
  );
}
