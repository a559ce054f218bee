import type { PriceItem } from '@kassabon/engine';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { useDeletePriceItem } from '../api/delete-price-item.ts';
import { CasesInUseAlert } from './cases-in-use-alert.tsx';

/** Confirms deleting an item; says which cases' receipts use it when the API refuses. */
export function DeletePriceItemModal({
  listId,
  item,
  onClose,
  onDeleted,
}: {
  listId: string;
  /** The item to delete; null keeps the dialog closed. */
  item: PriceItem | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeletePriceItem(listId);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ModalDialog opened={item !== null} onClose={close} title={t('priceLists.items.deleteTitle')}>
      {item && (
        <Stack>
          <Text>{t('priceLists.items.deleteConfirm', { code: item.code, name: item.name })}</Text>
          {remove.isError && <CasesInUseAlert error={remove.error} what="item" />}
          <Group>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(item.code, {
                  onSuccess: () => {
                    remove.reset();
                    onDeleted();
                  },
                })
              }
            >
              {t('priceLists.items.delete')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('priceLists.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </ModalDialog>
  );
}
