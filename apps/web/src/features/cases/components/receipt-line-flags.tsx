import type { Line, PriceItem } from '@kassabon/engine';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';

/**
 * The flags of a line in a few words ("eenmalig · investering · kans 50%"), so a receipt
 * shows at a glance what is not a plain yearly cost. Nothing when the line is plain.
 */
export function ReceiptLineFlags({ line, item }: { line: Line; item: PriceItem | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const flags: string[] = [];
  if (line.oneOff) flags.push(t('receipts.line.badges.oneOff'));
  if (line.investment) flags.push(t('receipts.line.badges.investment'));
  if (line.transfer ?? item?.transfer) flags.push(t('receipts.line.badges.transfer'));
  if (line.probability !== undefined && line.probability !== 1)
    flags.push(
      t('receipts.line.badges.probability', {
        percent: `${format.decimal(line.probability * 100, 0)}%`,
      }),
    );
  if (line.confidence)
    flags.push(
      t('receipts.line.badges.confidence', {
        grade: t(`vocabulary.confidences.${line.confidence}`),
      }),
    );
  if (flags.length === 0) return null;
  return <Text size="sm">{flags.join(' · ')}</Text>;
}
