import { describeFinancier, type FinancierSplit } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** Per financier: the totals of each scenario and the savings; the chart's figures in full. */
export function FinancierTable({
  byFinancier,
  labelledBy,
}: {
  byFinancier: FinancierSplit[];
  /** The id of the heading that names the table. */
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const money = (amount: number | null) =>
    amount === null ? t('portfolio.notAvailable') : format.money(amount);
  const amount = { ta: 'right', style: { whiteSpace: 'nowrap' } } as const;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portfolio.byFinancier.financier')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.byFinancier.before')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.byFinancier.with')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.byFinancier.without')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('portfolio.byFinancier.savings')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byFinancier.map((split) => (
            <Table.Tr key={split.financier}>
              <Table.Th scope="row" fw={400}>
                {describeFinancier(split.financier, language)}
              </Table.Th>
              <Table.Td {...amount}>{money(split.before)}</Table.Td>
              <Table.Td {...amount}>{money(split.with)}</Table.Td>
              <Table.Td {...amount}>{money(split.without)}</Table.Td>
              <Table.Td {...amount} fw={700}>
                {money(split.savingsVsWithout)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
