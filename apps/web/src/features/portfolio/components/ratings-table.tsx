import type { PortfolioAnalysis } from '@kassabon/engine';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';

const ROLES = ['resident', 'professional', 'all'] as const;

export function RatingsTable({
  ratings,
  labelledBy,
}: {
  ratings: PortfolioAnalysis['ratings'];
  /** The id of the heading that names the table. */
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table maw={520} aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('portfolio.ratings.role')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('portfolio.ratings.mean')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('portfolio.ratings.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ROLES.map((role) => (
          <Table.Tr key={role}>
            <Table.Th scope="row" fw={400}>
              {t(`portfolio.ratings.${role}`)}
            </Table.Th>
            <Table.Td ta="right">
              {ratings[role].mean === null
                ? t('vocabulary.notAvailable')
                : format.decimal(ratings[role].mean)}
            </Table.Td>
            <Table.Td ta="right">{format.count(ratings[role].n)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
