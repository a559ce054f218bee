import type { CaseSummary } from '@kassabon/contract';
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format.ts';
import { casePath } from '../lib/case-path.ts';
import type { CaseListSearch } from '../lib/list-search.ts';

/** One page of cases: the code leads to the case. */
export function CaseTable({ items, sort }: { items: CaseSummary[]; sort: CaseListSearch['sort'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = (column: CaseListSearch['sort']) =>
    sort === column ? (column === 'code' ? 'ascending' : 'descending') : undefined;
  const amount = { ta: 'right', style: { whiteSpace: 'nowrap' } } as const;

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('cases.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" aria-sort={sorted('code')}>
              {t('cases.fields.code')}
            </Table.Th>
            <Table.Th scope="col">{t('cases.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.team')}</Table.Th>
            <Table.Th scope="col" aria-sort={sorted('savings')} {...amount}>
              {t('cases.list.savings')}
            </Table.Th>
            <Table.Th scope="col" aria-sort={sorted('updated')}>
              {t('cases.list.updated')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={casePath(item.code)}>
                  {item.code}
                </Anchor>
              </Table.Th>
              <Table.Td>{item.title ?? ''}</Table.Td>
              <Table.Td>{t(`vocabulary.caseStatuses.${item.status}`)}</Table.Td>
              <Table.Td>{item.team ?? ''}</Table.Td>
              <Table.Td {...amount}>
                {item.savingsVsWithout === null
                  ? t('cases.list.noSavings')
                  : format.money(item.savingsVsWithout)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.dateTime(item.updatedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
