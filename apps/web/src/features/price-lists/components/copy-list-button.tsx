import type { PriceList } from '@kassabon/contract';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { priceListPath } from '../lib/price-list-path.ts';
import { CreatePriceListForm } from './create-price-list-form.tsx';

/**
 * "Kopiëren naar eigen lijst": the shipped list cannot be changed, so an organisation starts
 * from a copy of its own. Asks for the copy's name and year, then opens the copy.
 */
export function CopyListButton({ list, lists }: { list: PriceList; lists: readonly PriceList[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, modal] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        size="xs"
        aria-label={t('priceLists.copyList', { name: list.name ?? list.id })}
        onClick={modal.open}
      >
        {t('priceLists.copy')}
      </Button>
      <ModalDialog opened={open} onClose={modal.close} title={t('priceLists.copyTitle')} size="lg">
        <CreatePriceListForm
          lists={lists}
          initial={{ name: t('priceLists.copyName'), year: list.year, copyFrom: list.id }}
          onCreated={(created) => {
            modal.close();
            navigate(priceListPath(created.id));
          }}
          onCancel={modal.close}
        />
      </ModalDialog>
    </>
  );
}
