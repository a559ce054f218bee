import { PRICE_LIST_WRITERS, type PriceList } from '@kassabon/contract';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useSession } from '../../../lib/session.ts';
import { useActivatePriceList } from '../api/activate-price-list.ts';
import { priceListExportUrl } from '../api/export-price-list.ts';
import { usePriceList } from '../api/get-price-list.ts';
import { usePriceLists } from '../api/list-price-lists.ts';
import { priceListPath } from '../lib/price-list-path.ts';
import { CopyListButton } from './copy-list-button.tsx';
import { DeletePriceListSection } from './delete-price-list-section.tsx';
import { IndexPriceListForm } from './index-price-list-form.tsx';
import { PriceItemsSection } from './price-items-section.tsx';
import { PriceListFacts } from './price-list-facts.tsx';
import { RenamePriceListForm } from './rename-price-list-form.tsx';

/** One list: its facts, its items, and for admins and analysts what can be done with it. */
export function PriceListPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const list = usePriceList(id);

  if (list.isPending) return <PageLoader />;
  if (list.isError)
    return (
      <Stack>
        <PageTitle>{t('priceLists.title')}</PageTitle>
        <ProblemAlert error={list.error} />
        <BackLink />
      </Stack>
    );
  // Keyed by id: another list (a copy, a new version) starts with fresh forms.
  return <PriceListDetails key={list.data.id} list={list.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/price-lists">
      {t('priceLists.back')}
    </Anchor>
  );
}

function PriceListDetails({ list }: { list: PriceList }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const navigate = useNavigate();
  const lists = usePriceLists();
  const canEdit = PRICE_LIST_WRITERS.includes(role);
  const own = list.kind === 'own';
  const open = (other: PriceList) => navigate(priceListPath(other.id));

  return (
    <Stack gap="xl">
      <div>
        <BackLink />
        <PageTitle>{list.name ?? list.id}</PageTitle>
        <PriceListFacts list={list} />
        {!own && (
          <Alert color="blue" title={t('priceLists.readOnly.title')} mt="md">
            <Text size="sm" mb={canEdit ? 'sm' : 0}>
              {t('priceLists.readOnly.text')}
            </Text>
            {canEdit && lists.data && <CopyListButton list={list} lists={lists.data.items} />}
          </Alert>
        )}
      </div>
      <section aria-labelledby="use">
        <Title order={2} id="use" mb="xs">
          {t('priceLists.use.title')}
        </Title>
        <Text mb="md">{t('priceLists.activeHint')}</Text>
        <Group>
          {canEdit && <ActivateButton list={list} />}
          <Button component="a" href={priceListExportUrl(list.id, 'csv')} variant="default">
            {t('priceLists.download.csv')}
          </Button>
          <Button component="a" href={priceListExportUrl(list.id, 'xlsx')} variant="default">
            {t('priceLists.download.xlsx')}
          </Button>
        </Group>
      </section>
      <PriceItemsSection list={list} editable={canEdit && own} />
      {canEdit && own && (
        <section aria-labelledby="rename">
          <Title order={2} id="rename" mb="xs">
            {t('priceLists.rename.title')}
          </Title>
          <RenamePriceListForm list={list} />
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="index">
          <Title order={2} id="index" mb="xs">
            {t('priceLists.index.title')}
          </Title>
          <Text mb="md">{t('priceLists.index.intro')}</Text>
          <IndexPriceListForm list={list} onIndexed={open} />
        </section>
      )}
      {canEdit && own && (
        <section aria-labelledby="delete">
          <Title order={2} id="delete" mb="xs">
            {t('priceLists.delete.title')}
          </Title>
          <DeletePriceListSection list={list} onDeleted={() => navigate('/price-lists')} />
        </section>
      )}
    </Stack>
  );
}

/** One list is active at a time: this one, once chosen. */
function ActivateButton({ list }: { list: PriceList }) {
  const { t } = useTranslation();
  const activate = useActivatePriceList(list.id);
  return (
    <>
      {list.active ? (
        <Text fw={700}>{t('priceLists.use.isActive')}</Text>
      ) : (
        <Button loading={activate.isPending} onClick={() => activate.mutate()}>
          {t('priceLists.use.activate')}
        </Button>
      )}
      <div aria-live="polite">
        {activate.isSuccess && (
          <Alert color="green" role="status">
            {t('priceLists.use.activated')}
          </Alert>
        )}
      </div>
      {activate.isError && <ProblemAlert error={activate.error} />}
    </>
  );
}
