import type { PriceList } from '@kassabon/contract';
import { Anchor, Badge, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format.ts';
import { priceListPath } from '../lib/price-list-path.ts';

/** Lists with their name (a link to the list), year, version, status and number of items. */
export function PriceListTable({
  lists,
  labelledBy,
  action,
}: {
  lists: readonly PriceList[];
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** A last column with a control per list, with its header. */
  action?: { header: string; render: (list: PriceList) => ReactNode };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shipped = lists.some((list) => list.kind === 'reference');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('priceLists.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.fields.year')}</Table.Th>
            <Table.Th scope="col">
              {shipped ? t('priceLists.fields.code') : t('priceLists.fields.version')}
            </Table.Th>
            <Table.Th scope="col">{t('priceLists.fields.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('priceLists.fields.itemCount')}
            </Table.Th>
            {action && <Table.Th scope="col">{action.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.map((list) => (
            <Table.Tr key={list.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={priceListPath(list.id)}>
                  {list.name ?? list.id}
                </Anchor>
              </Table.Th>
              <Table.Td>{list.year}</Table.Td>
              <Table.Td>{list.version ?? list.id}</Table.Td>
              <Table.Td>
                {list.active ? (
                  <Badge variant="filled">{t('priceLists.active')}</Badge>
                ) : (
                  t('priceLists.inactive')
                )}
              </Table.Td>
              <Table.Td ta="right">{format.count(list.itemCount)}</Table.Td>
              {action && <Table.Td>{action.render(list)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
