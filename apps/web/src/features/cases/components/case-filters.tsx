import { CASE_SORTS } from '@kassabon/contract';
import { APPROACH_USES, CASE_KINDS, CASE_STATUSES } from '@kassabon/engine';
import { Button, Group, NativeSelect, SimpleGrid, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../api/get-teams.ts';
import type { CaseListSearch } from '../lib/list-search.ts';

/** How long typing pauses before the list follows it. */
const SEARCH_DELAY_MS = 300;

/** The list's search box, filters and sort; every change shows in the address bar. */
export function CaseFilters({
  search,
  onChange,
  onClear,
}: {
  search: CaseListSearch;
  onChange: (change: Partial<CaseListSearch>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  const any = { value: '', label: t('cases.list.any') };
  const choice =
    (name: 'status' | 'kind' | 'approachUse' | 'team' | 'from' | 'to') =>
    (event: { currentTarget: { value: string } }) =>
      onChange({ [name]: event.currentTarget.value || undefined });

  return (
    <section aria-labelledby="case-filters-title">
      <Title order={2} id="case-filters-title" size="h4" mb="xs">
        {t('cases.list.filters')}
      </Title>
      <SearchField
        value={search.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined }, { replace: true })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="sm">
        <NativeSelect
          label={t('cases.fields.status')}
          value={search.status ?? ''}
          onChange={choice('status')}
          data={[
            any,
            ...CASE_STATUSES.map((status) => ({
              value: status,
              label: t(`vocabulary.caseStatuses.${status}`),
            })),
          ]}
        />
        <NativeSelect
          label={t('cases.fields.kind')}
          value={search.kind ?? ''}
          onChange={choice('kind')}
          data={[
            any,
            ...CASE_KINDS.map((kind) => ({
              value: kind,
              label: t(`vocabulary.caseKinds.${kind}`),
            })),
          ]}
        />
        <NativeSelect
          label={t('cases.fields.approachUse')}
          value={search.approachUse ?? ''}
          onChange={choice('approachUse')}
          data={[
            any,
            ...APPROACH_USES.map((use) => ({
              value: use,
              label: t(`vocabulary.approachUses.${use}`),
            })),
          ]}
        />
        <NativeSelect
          label={t('cases.fields.team')}
          value={search.team ?? ''}
          onChange={choice('team')}
          data={[
            any,
            // A team from the address bar that no case has any more still shows as chosen.
            ...[...new Set([...(teams.data ?? []), ...(search.team ? [search.team] : [])])].map(
              (team) => ({ value: team, label: team }),
            ),
          ]}
        />
        <TextInput
          type="date"
          label={t('cases.list.from')}
          description={t('cases.list.periodHint')}
          value={search.from ?? ''}
          onChange={choice('from')}
        />
        <TextInput
          type="date"
          label={t('cases.list.to')}
          value={search.to ?? ''}
          onChange={choice('to')}
        />
        <NativeSelect
          label={t('cases.list.sort')}
          value={search.sort}
          onChange={(event) =>
            onChange({ sort: event.currentTarget.value as CaseListSearch['sort'] })
          }
          data={CASE_SORTS.map((sort) => ({ value: sort, label: t(`cases.list.sorts.${sort}`) }))}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button variant="subtle" onClick={onClear}>
          {t('cases.list.clear')}
        </Button>
      </Group>
    </section>
  );
}

/**
 * The search box: the list follows as the user types, after a short pause, or at once on
 * Enter. The address bar leads: back and forward put its words back in the box.
 */
function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const q = text.trim();
    if (q === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = q;
      latest.current(q);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    sent.current = q;
    latest.current(q);
  };

  return (
    <search>
      <form onSubmit={submit}>
        <TextInput
          type="search"
          label={t('cases.list.search')}
          description={t('cases.list.searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maw={480}
        />
      </form>
    </search>
  );
}
