import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useDeleteCase } from '../api/delete-case.ts';

/** Deletes the case after the user confirms; the erasure cannot be undone. */
export function DeleteCaseButton({ code, onDeleted }: { code: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const deleteCase = useDeleteCase();
  return (
    <>
      <Button variant="outline" color="red" onClick={dialog.open}>
        {t('cases.delete.button')}
      </Button>
      <Modal
        closeButtonProps={{ 'aria-label': t('cases.close') }}
        opened={opened}
        onClose={dialog.close}
        title={t('cases.delete.title', { code })}
      >
        <Text>{t('cases.delete.text')}</Text>
        {deleteCase.isError && <ProblemAlert error={deleteCase.error} />}
        <Group mt="lg" justify="flex-end">
          <Button variant="default" onClick={dialog.close}>
            {t('cases.delete.cancel')}
          </Button>
          <Button
            color="red"
            loading={deleteCase.isPending}
            onClick={() => deleteCase.mutate(code, { onSuccess: onDeleted })}
          >
            {t('cases.delete.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
