import { Button, Group, Modal, Text } from '@mantine/core';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { LOGIN_PATH } from '../../../lib/login-path.ts';

/**
 * Asks before unsaved changes are left behind: on a link inside the app (React Router's
 * blocker, with a dialog) and on closing or reloading the tab (the browser's own question).
 * Going to the login page after a session ended is let through: the draft waits in
 * sessionStorage and is offered again on return. `leaving` lets the page go on purpose (after a
 * rename or a delete).
 */
export function LeaveGuard({
  when,
  leaving,
  onDiscard,
}: {
  when: boolean;
  leaving: RefObject<boolean>;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      !leaving.current &&
      nextLocation.pathname !== currentLocation.pathname &&
      nextLocation.pathname !== LOGIN_PATH,
  );

  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('cases.close') }}
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('cases.leave.title')}
    >
      <Text>{t('cases.leave.text')}</Text>
      <Group mt="lg" justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t('cases.leave.stay')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          {t('cases.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
