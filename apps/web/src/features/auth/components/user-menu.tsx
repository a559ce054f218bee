import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.ts';
import { useSignOut } from '../api/sign-out.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="subtle" loading={signOut.isPending}>
          {session.email}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('user.role', { role: t(`roles.${session.role}`) })}</Menu.Label>
        <Menu.Item onClick={() => signOut.mutate()}>{t('user.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
