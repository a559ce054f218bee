import type { PriceList } from '@kassabon/contract';
import type { PriceItem } from '@kassabon/engine';
import { Alert, Button, Group, Select, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useCategories } from '../api/list-categories.ts';
import { usePriceItems } from '../api/list-price-items.ts';
import { DeletePriceItemModal } from './delete-price-item-modal.tsx';
import { PriceItemForm } from './price-item-form.tsx';
import { PriceItemsTable } from './price-items-table.tsx';

const PAGE_SIZE = 25;
/** Searching waits this long after the last key, so typing "ggz" asks the server once. */
const SEARCH_DELAY_MS = 250;

type Editing = { mode: 'add' } | { mode: 'edit'; item: PriceItem };

/** A list's items: search as you type, a category filter, pages; adding, editing, deleting. */
export function PriceItemsSection({ list, editable }: { list: PriceList; editable: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), SEARCH_DELAY_MS);
  const [category, setCategory] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<PriceItem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const items = usePriceItems(list.id, {
    q: search,
    category: category ?? undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  const categories = useCategories(list.id);
  const pages = items.data ? Math.max(1, Math.ceil(items.data.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="items">
      <Group justify="space-between" mb="xs">
        <Title order={2} id="items">
          {t('priceLists.items.title')}
        </Title>
        {editable && (
          <Button onClick={() => setEditing({ mode: 'add' })}>{t('priceLists.items.add')}</Button>
        )}
      </Group>
      <Group align="flex-end" mb="sm">
        <TextInput
          type="search"
          label={t('priceLists.items.search')}
          description={t('priceLists.items.searchHint')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setPage(0);
          }}
          w={320}
        />
        <Select
          label={t('priceLists.items.category')}
          placeholder={t('priceLists.items.allCategories')}
          data={categories.data?.categories ?? []}
          value={category}
          onChange={(chosen) => {
            setCategory(chosen);
            setPage(0);
          }}
          clearable
          w={240}
        />
      </Group>
      <div aria-live="polite">
        {saved && (
          <Alert color="green" role="status" mb="sm">
            {t('priceLists.items.saved', { code: saved })}
          </Alert>
        )}
        {items.data && (
          <Text mb="xs">
            {search || category
              ? t('priceLists.items.found', { count: items.data.total })
              : t('priceLists.items.count', { count: items.data.total })}
          </Text>
        )}
      </div>
      {items.isPending ? (
        <PageLoader />
      ) : items.isError ? (
        <ProblemAlert error={items.error} />
      ) : items.data.items.length === 0 ? null : (
        <>
          <PriceItemsTable
            items={items.data.items}
            labelledBy="items"
            {...(editable
              ? {
                  onEdit: (item: PriceItem) => setEditing({ mode: 'edit', item }),
                  onDelete: setDeleting,
                }
              : {})}
          />
          {pages > 1 && (
            <Group gap="sm">
              <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('priceLists.items.previous')}
              </Button>
              <Text>{t('priceLists.items.page', { page: page + 1, pages })}</Text>
              <Button
                variant="default"
                disabled={page + 1 >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('priceLists.items.next')}
              </Button>
            </Group>
          )}
        </>
      )}
      <ModalDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'edit'
            ? t('priceLists.items.editTitle', { code: editing.item.code })
            : t('priceLists.items.addTitle')
        }
        size="xl"
      >
        {editing && (
          <PriceItemForm
            listId={list.id}
            {...(editing.mode === 'edit' ? { item: editing.item } : {})}
            onSaved={(item) => {
              setEditing(null);
              setSaved(item.code);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </ModalDialog>
      <DeletePriceItemModal
        listId={list.id}
        item={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          setSaved(null);
        }}
      />
    </section>
  );
}
