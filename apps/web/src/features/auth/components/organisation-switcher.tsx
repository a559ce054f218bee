import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.ts';
import { useSwitchOrganisation } from '../api/switch-organisation.ts';

/**
 * The current organisation, and a menu of the others for a member of several. A menu rather
 * than a select: moving through a select with the arrow keys would switch at every step.
 */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const switchOrganisation = useSwitchOrganisation();
  const current = session.organisations.find((o) => o.id === session.organisationId);
  const label = t('organisation.current', { name: current?.name ?? '' });

  if (session.organisations.length < 2) return <Text size="sm">{label}</Text>;
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="subtle" loading={switchOrganisation.isPending}>
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {session.organisations.map((organisation) => (
            <Menu.Item
              key={organisation.id}
              aria-current={organisation.id === session.organisationId ? 'true' : undefined}
              fw={organisation.id === session.organisationId ? 700 : undefined}
              onClick={() => switchOrganisation.mutate({ organisationId: organisation.id })}
            >
              {organisation.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {switchOrganisation.isError && (
        <Text size="sm" c="red.8" role="alert">
          {t('problems.title')}
        </Text>
      )}
    </>
  );
}
