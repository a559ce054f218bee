import { AppShell, Container, Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { MAIN_ID, SkipLink } from '../../components/skip-link.tsx';
import { ProductName } from './product-name.tsx';

/** Login and first-time setup: the same landmarks as the app, without its menu. */
export function PublicLayout() {
  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <ProductName />
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Container size="xs" py="lg">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
