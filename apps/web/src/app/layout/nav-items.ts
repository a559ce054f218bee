import { CASE_READERS, PRICE_LIST_READERS, ROLES, type Role } from '@kassabon/contract';
import type { ParseKeys } from 'i18next';

export type NavItem = {
  to: string;
  label: ParseKeys;
  /** Who sees the item; the route checks the same roles (router.tsx). */
  roles: readonly Role[];
  /** Active only on exactly this path, not below it. */
  end?: boolean;
};

/** The main menu, in order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.portfolio', roles: ROLES, end: true },
  { to: '/cases', label: 'nav.cases', roles: CASE_READERS },
  { to: '/price-lists', label: 'nav.priceLists', roles: PRICE_LIST_READERS },
  { to: '/import-export', label: 'nav.importExport', roles: CASE_READERS },
];
