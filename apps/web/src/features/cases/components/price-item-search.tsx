import { describeFinancier, matchesPriceItemSearch, type PriceItem } from '@kassabon/engine';
import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** Options shown at once: more would be a list to scroll, not a search. */
const SHOWN_OPTIONS = 30;

type Props = {
  id: string;
  items: PriceItem[];
  /** Read after the label: ", Met". */
  context: string;
  disabled?: boolean;
  description?: string;
  onPick: (item: PriceItem) => void;
};

/**
 * Search-as-you-type in the price list by any part of a name, code or category ("ggz"), by the
 * engine's rule (matchesPriceItemSearch). Arrow keys move through the options, Enter picks
 * the one marked (the first, until the user moves), Escape closes the list.
 */
export const PriceItemSearch = memo(function PriceItemSearch({
  id,
  items,
  context,
  disabled,
  description,
  onPick,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const matches = useMemo(
    () =>
      query.trim() === '' ? [] : items.filter((item) => matchesPriceItemSearch(item, { q: query })),
    [items, query],
  );
  const shown = matches.slice(0, SHOWN_OPTIONS);

  // The first match is marked, so typing and Enter adds it. The options must be drawn first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a new query only
  useEffect(() => {
    combobox.selectFirstOption();
  }, [query]);

  return (
    <Combobox
      store={combobox}
      // In the page, not in a portal: the list stays inside the page's landmarks.
      withinPortal={false}
      onOptionSubmit={(code) => {
        const item = items.find((candidate) => candidate.code === code);
        if (!item) return;
        setQuery('');
        combobox.closeDropdown();
        onPick(item);
      }}
    >
      <Combobox.Target>
        <TextInput
          id={id}
          size="xs"
          label={t('receipts.search.label')}
          aria-label={`${t('receipts.search.label')}${context}`}
          description={description}
          placeholder={t('receipts.search.placeholder')}
          value={query}
          disabled={disabled}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => {
            if (query.trim() !== '') combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.trim() === ''}>
        <Combobox.Options
          mah={320}
          style={{ overflowY: 'auto' }}
          aria-label={`${t('receipts.search.results')}${context}`}
        >
          {shown.map((item) => (
            <Combobox.Option value={item.code} key={item.code}>
              <Text size="sm">{item.name}</Text>
              <Text size="xs">
                {t('receipts.search.option', {
                  unit: t(`vocabulary.units.${item.unit}`),
                  price: format.money(item.unitPrice),
                  financier: describeFinancier(item.financier, language),
                })}
              </Text>
            </Combobox.Option>
          ))}
          {matches.length === 0 && <Combobox.Empty>{t('receipts.search.empty')}</Combobox.Empty>}
        </Combobox.Options>
        {matches.length > shown.length && (
          <Combobox.Footer>
            <Text size="xs">
              {t('receipts.search.more', { count: matches.length - shown.length })}
            </Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
});
