import { PRICE_LIST_WRITERS } from '@kassabon/contract';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useSession } from '../../../lib/session.ts';
import { usePriceLists } from '../api/list-price-lists.ts';
import { priceListPath } from '../lib/price-list-path.ts';
import { CopyListButton } from './copy-list-button.tsx';
import { CreatePriceListForm } from './create-price-list-form.tsx';
import { ImportPriceListForm } from './import-price-list-form.tsx';
import { PriceListTable } from './price-list-table.tsx';

/**
 * The organisation's own lists and the shipped ones. Everyone reads; admins and analysts
 * create, copy and import (the API refuses the others, and they see no controls for it).
 */
export function PriceListsPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const navigate = useNavigate();
  const lists = usePriceLists();
  const canEdit = PRICE_LIST_WRITERS.includes(role);
  const open = (list: { id: string }) => navigate(priceListPath(list.id));

  return (
    <Stack gap="xl">
      <div>
        <PageTitle>{t('priceLists.title')}</PageTitle>
        <Text>{t('priceLists.intro')}</Text>
        <Text mt="xs">{t('priceLists.activeHint')}</Text>
      </div>
      {lists.isPending ? (
        <PageLoader />
      ) : lists.isError ? (
        <ProblemAlert error={lists.error} />
      ) : (
        <>
          <section aria-labelledby="own-lists">
            <Title order={2} id="own-lists" mb="xs">
              {t('priceLists.own.title')}
            </Title>
            {lists.data.items.some((list) => list.kind === 'own') ? (
              <PriceListTable
                lists={lists.data.items.filter((list) => list.kind === 'own')}
                labelledBy="own-lists"
              />
            ) : (
              <Text>{canEdit ? t('priceLists.own.emptyWriter') : t('priceLists.own.empty')}</Text>
            )}
          </section>
          <section aria-labelledby="shipped-lists">
            <Title order={2} id="shipped-lists" mb="xs">
              {t('priceLists.shipped.title')}
            </Title>
            <Text mb="md">{t('priceLists.shipped.intro')}</Text>
            <PriceListTable
              lists={lists.data.items.filter((list) => list.kind === 'reference')}
              labelledBy="shipped-lists"
              action={
                canEdit
                  ? {
                      header: t('priceLists.shipped.action'),
                      render: (list) => <CopyListButton list={list} lists={lists.data.items} />,
                    }
                  : undefined
              }
            />
          </section>
          {canEdit && (
            <section aria-labelledby="new-list">
              <Title order={2} id="new-list" mb="xs">
                {t('priceLists.create.title')}
              </Title>
              <CreatePriceListForm lists={lists.data.items} onCreated={open} />
            </section>
          )}
          {canEdit && (
            <section aria-labelledby="import-list">
              <Title order={2} id="import-list" mb="xs">
                {t('priceLists.import.title')}
              </Title>
              <Text mb="md">{t('priceLists.import.intro')}</Text>
              <ImportPriceListForm onImported={open} />
            </section>
          )}
        </>
      )}
    </Stack>
  );
}
