import type { PriceList } from '@kassabon/contract';
import type { TFunction } from 'i18next';

/** A list as one line: its name (a shipped list without one: its code), version and year. */
export function describeList(list: PriceList, t: TFunction): string {
  const name = list.name ?? list.id;
  return list.version === null
    ? t('priceLists.describeShipped', { name, year: list.year })
    : t('priceLists.describeOwn', { name, version: list.version, year: list.year });
}
