import { AppShell, Burger, Group, NavLink, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { MAIN_ID, SkipLink } from '../../components/skip-link.tsx';
import { OrganisationSwitcher } from '../../features/auth/components/organisation-switcher.tsx';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { useSession } from '../../lib/session.ts';
import { NAV_ITEMS, type NavItem } from './nav-items.ts';
import { ProductName } from './product-name.tsx';

/** The signed-in app: header (banner), main menu (navigation) and the page (main). */
export function AppLayout() {
  const { t } = useTranslation();
  const { role } = useSession();
  const [menuOpen, menu] = useDisclosure(false);
  const { pathname } = useLocation();
  // On a small screen the menu covers the page: close it when a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => menu.close(), [pathname]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={menuOpen}
              aria-controls="main-menu"
            />
            <ProductName />
          </Group>
          <Group gap="xs" wrap="nowrap" visibleFrom="sm">
            <SessionControls />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-menu" aria-label={t('nav.label')}>
        {NAV_ITEMS.filter((item) => item.roles.includes(role)).map((item) => (
          <MenuLink key={item.to} item={item} />
        ))}
        {/* A phone's header has no room for these: they move into the menu (WCAG 1.4.10). */}
        <Stack gap="xs" align="flex-start" mt="md" hiddenFrom="sm">
          <SessionControls />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function SessionControls() {
  return (
    <>
      <OrganisationSwitcher />
      <LanguageSwitch />
      <UserMenu />
    </>
  );
}

function MenuLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const active = useMatch({ path: item.to, end: item.end ?? false }) !== null;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="filled"
    />
  );
}
