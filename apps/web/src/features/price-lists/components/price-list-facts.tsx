import type { PriceList } from '@kassabon/contract';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';

/** What kind of list this is, its year, version, status and size: a description list. */
export function PriceListFacts({ list }: { list: PriceList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, string][] = [
    [
      t('priceLists.fields.kind'),
      list.kind === 'own' ? t('priceLists.kind.own') : t('priceLists.kind.reference'),
    ],
    [t('priceLists.fields.year'), String(list.year)],
    list.version === null
      ? [t('priceLists.fields.code'), list.id]
      : [t('priceLists.fields.version'), String(list.version)],
    [
      t('priceLists.fields.status'),
      list.active ? t('priceLists.active') : t('priceLists.inactive'),
    ],
    [t('priceLists.fields.itemCount'), format.count(list.itemCount)],
  ];
  return (
    <Group component="dl" gap="xl" m={0}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm">
            {label}
          </Text>
          <Text component="dd" m={0} fw={700}>
            {value}
          </Text>
        </div>
      ))}
    </Group>
  );
}
