import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCases } from '../api/get-cases.ts';
import {
  CASES_PER_PAGE,
  type CaseListSearch,
  readListSearch,
  writeListSearch,
} from '../lib/list-search.ts';
import { CaseFilters } from './case-filters.tsx';
import { CaseTable } from './case-table.tsx';

/** /cases: the cases the user may see, searched, filtered, sorted and paged. */
export function CaseListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readListSearch(params), [params]);
  const cases = useCases(search);

  /** A new search starts at its first page; typing replaces the entry, a choice adds one. */
  const change = (next: Partial<CaseListSearch>, { replace = false } = {}) =>
    setParams(writeListSearch({ ...search, page: 1, ...next }), { replace });
  const filtered = writeListSearch({ ...search, sort: 'code', page: 1 }).size > 0;
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / CASES_PER_PAGE));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <PageTitle>{t('cases.list.title')}</PageTitle>
          <Text>{t('cases.list.intro')}</Text>
        </div>
        <Button component={Link} to="/cases/new">
          {t('cases.list.new')}
        </Button>
      </Group>
      <CaseFilters
        search={search}
        onChange={change}
        onClear={() => setParams(new URLSearchParams())}
      />
      {cases.isPending ? (
        <PageLoader />
      ) : cases.isError ? (
        <ProblemAlert error={cases.error} />
      ) : (
        <>
          <Text role="status" fw={600}>
            {t('cases.list.count', {
              count: cases.data.total,
              formatted: format.count(cases.data.total),
            })}
          </Text>
          {cases.data.total === 0 ? (
            <Group>
              {filtered ? (
                <>
                  <Text>{t('cases.list.emptyFiltered')}</Text>
                  <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                    {t('cases.list.clear')}
                  </Button>
                </>
              ) : (
                <Text>{t('cases.list.empty')}</Text>
              )}
            </Group>
          ) : (
            <>
              <CaseTable items={cases.data.items} sort={search.sort} />
              {pages > 1 && (
                <Group component="nav" aria-label={t('cases.list.pages')} gap="sm">
                  <Button
                    variant="default"
                    disabled={search.page <= 1}
                    onClick={() => change({ page: search.page - 1 })}
                  >
                    {t('cases.list.previous')}
                  </Button>
                  <Text>{t('cases.list.page', { page: search.page, pages })}</Text>
                  <Button
                    variant="default"
                    disabled={search.page >= pages}
                    onClick={() => change({ page: search.page + 1 })}
                  >
                    {t('cases.list.next')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
