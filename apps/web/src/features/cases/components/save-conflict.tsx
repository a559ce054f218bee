import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export type Conflict = {
  readVersion: number;
  /** Where the API said so (CaseConflictProblem). */
  currentVersion: number | undefined;
  /** The user chose to keep editing: the notice stays, smaller. */
  kept: boolean;
};

/**
 * Someone else saved the case first (409). What the user typed stays; they choose to load the
 * newest version (throwing theirs away, after a second question) or to keep editing, knowing
 * that saving stays refused until they load it.
 */
export function SaveConflict({
  conflict,
  onReload,
  onKeep,
  reloading,
}: {
  conflict: Conflict;
  onReload: () => void;
  onKeep: () => void;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, confirm] = useDisclosure(false);
  const versions =
    conflict.currentVersion === undefined
      ? t('cases.conflict.versionsUnknown', { read: conflict.readVersion })
      : t('cases.conflict.versions', {
          read: conflict.readVersion,
          current: conflict.currentVersion,
        });
  const reload = (
    <Button variant={conflict.kept ? 'default' : 'filled'} onClick={confirm.open}>
      {t('cases.conflict.reload')}
    </Button>
  );
  return (
    <>
      {conflict.kept ? (
        <Alert color="blue" role="status" title={t('cases.conflict.keptTitle')}>
          <Text size="sm">
            {versions} {t('cases.conflict.keptText')}
          </Text>
          <Group mt="sm">{reload}</Group>
        </Alert>
      ) : (
        <Alert color="red" role="alert" title={t('cases.conflict.title')}>
          <Text size="sm">
            {versions} {t('cases.conflict.text')}
          </Text>
          <Group mt="sm">
            {reload}
            <Button variant="default" onClick={onKeep}>
              {t('cases.conflict.keep')}
            </Button>
          </Group>
          <Text size="sm" mt="xs">
            {t('cases.conflict.keepHint')}
          </Text>
        </Alert>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('cases.close') }}
        opened={confirming}
        onClose={confirm.close}
        title={t('cases.conflict.confirmTitle')}
      >
        <Text>{t('cases.conflict.confirmText')}</Text>
        <Group mt="lg" justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('cases.conflict.cancel')}
          </Button>
          <Button
            color="red"
            loading={reloading}
            onClick={() => {
              onReload();
              confirm.close();
            }}
          >
            {t('cases.conflict.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
