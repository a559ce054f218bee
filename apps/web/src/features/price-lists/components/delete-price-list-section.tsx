import type { PriceList } from '@kassabon/contract';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { useDeletePriceList } from '../api/delete-price-list.ts';
import { CasesInUseAlert } from './cases-in-use-alert.tsx';

/** Deleting a list, after a confirmation; refused (and why) while cases are priced from it. */
export function DeletePriceListSection({
  list,
  onDeleted,
}: {
  list: PriceList;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeletePriceList(list.id);
  const [open, modal] = useDisclosure(false);
  const close = () => {
    modal.close();
    remove.reset();
  };
  return (
    <Stack align="flex-start">
      <Text>{t('priceLists.delete.intro')}</Text>
      <Button color="red" onClick={modal.open}>
        {t('priceLists.delete.submit')}
      </Button>
      <ModalDialog opened={open} onClose={close} title={t('priceLists.delete.confirmTitle')}>
        <Stack>
          <Text>{t('priceLists.delete.confirm', { name: list.name, version: list.version })}</Text>
          {remove.isError && <CasesInUseAlert error={remove.error} what="list" />}
          <Group>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}
            >
              {t('priceLists.delete.submit')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('priceLists.cancel')}
            </Button>
          </Group>
        </Stack>
      </ModalDialog>
    </Stack>
  );
}
