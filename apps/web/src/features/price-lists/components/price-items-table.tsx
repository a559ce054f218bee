import { describeFinancier, type PriceItem } from '@kassabon/engine';
import { Box, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/**
 * A page of items with everything a receipt takes from them. The table is wider than a small
 * screen: its box scrolls, and takes focus so the keyboard can scroll it too (WCAG 2.1.1).
 */
export function PriceItemsTable({
  items,
  labelledBy,
  onEdit,
  onDelete,
}: {
  items: readonly PriceItem[];
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** Given for those who may change the list: a row then has its buttons. */
  onEdit?: (item: PriceItem) => void;
  onDelete?: (item: PriceItem) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const editable = onEdit !== undefined && onDelete !== undefined;
  return (
    <Box
      role="region"
      aria-label={t('priceLists.items.tableRegion')}
      tabIndex={0}
      style={{ overflowX: 'auto' }}
      mb="sm"
    >
      <Table striped miw={920} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('priceLists.item.code')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.item.name')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.item.category')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.item.unit')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('priceLists.item.unitPrice')}
            </Table.Th>
            <Table.Th scope="col">{t('priceLists.item.financier')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.item.source')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.item.priceYear')}</Table.Th>
            <Table.Th scope="col">{t('priceLists.item.confidence')}</Table.Th>
            {editable && <Table.Th scope="col">{t('priceLists.items.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Td>
                <Text component="code" size="sm" ff="monospace">
                  {item.code}
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                {item.name}
              </Table.Th>
              <Table.Td>{item.category}</Table.Td>
              <Table.Td>{t(`vocabulary.units.${item.unit}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(item.unitPrice)}
              </Table.Td>
              <Table.Td>{describeFinancier(item.financier, language)}</Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" lineClamp={3} title={item.source}>
                  {item.source}
                </Text>
              </Table.Td>
              <Table.Td>{item.priceYear}</Table.Td>
              <Table.Td>
                {item.confidence && t(`vocabulary.confidences.${item.confidence}`)}
              </Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {/* The name starts with the visible word and says which item (WCAG 2.5.3). */}
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('priceLists.items.editItem', { code: item.code })}
                      onClick={() => onEdit(item)}
                    >
                      {t('priceLists.items.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      aria-label={t('priceLists.items.deleteItem', { code: item.code })}
                      onClick={() => onDelete(item)}
                    >
                      {t('priceLists.items.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
