import { describeFinancier, type FinancierSplit } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { useLanguage } from '../lib/i18n.ts';
import classes from './amount.module.css';
import { ScrollingTable } from './scrolling-table.tsx';

/**
 * Per financier: the totals of each scenario and the savings against zonder, the figures of
 * FinancierSplitChart in full; with `position`, a last column that says it in words.
 */
export function FinancierSplitTable({
  byFinancier,
  labelledBy,
  position,
}: {
  byFinancier: FinancierSplit[];
  /** The id of the heading that names the table. */
  labelledBy: string;
  position?: (savings: number | null) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const money = (amount: number | null) =>
    amount === null ? t('vocabulary.notAvailable') : format.money(amount);

  return (
    <ScrollingTable minWidth={640} labelledBy={labelledBy}>
      <Table striped aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('vocabulary.byFinancier.financier')}</Table.Th>
            {(['before', 'with', 'without'] as const).map((kind) => (
              <Table.Th key={kind} scope="col" ta="right">
                {t(`vocabulary.scenarioKinds.${kind}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('vocabulary.byFinancier.savings')}
            </Table.Th>
            {position && <Table.Th scope="col">{t('vocabulary.byFinancier.position')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byFinancier.map((split) => (
            <Table.Tr key={split.financier}>
              <Table.Th scope="row" fw={400}>
                {describeFinancier(split.financier, language)}
              </Table.Th>
              <Table.Td className={classes.amount}>{money(split.before)}</Table.Td>
              <Table.Td className={classes.amount}>{money(split.with)}</Table.Td>
              <Table.Td className={classes.amount}>{money(split.without)}</Table.Td>
              <Table.Td className={classes.amount} fw={700}>
                {money(split.savingsVsWithout)}
              </Table.Td>
              {position && <Table.Td>{position(split.savingsVsWithout)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
