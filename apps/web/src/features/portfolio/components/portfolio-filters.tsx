import { CASE_READERS, type CaseFilter } from '@kassabon/contract';
import { APPROACH_USES, CASE_KINDS, CASE_STATUSES } from '@kassabon/engine';
import { Button, Group, Select, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.ts';
import { useTeams } from '../api/list-teams.ts';
import type { PortfolioFilterName } from './use-portfolio-filter.ts';

/**
 * Which cases the figures cover: status, kind, use of the approach, team (for those who may
 * list cases; the API names the teams) and a period. Every change applies at once.
 */
export function PortfolioFilters({
  filter,
  active,
  onChange,
  onClear,
}: {
  filter: CaseFilter;
  active: boolean;
  onChange: (name: PortfolioFilterName, value: string | null) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const { role } = useSession();
  const mayListCases = CASE_READERS.includes(role);
  const teams = useTeams(mayListCases);
  const choice = (
    name: PortfolioFilterName,
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Select
      label={label}
      placeholder={t('portfolio.filters.all')}
      data={data}
      value={filter[name] ?? null}
      onChange={(value) => onChange(name, value)}
      clearable
      w={200}
    />
  );

  return (
    <section aria-labelledby="filters">
      <Title order={2} id="filters" size="h4" mb="xs">
        {t('portfolio.filters.title')}
      </Title>
      <Group align="flex-end" gap="md">
        {choice(
          'status',
          t('portfolio.filters.status'),
          CASE_STATUSES.map((status) => ({
            value: status,
            label: t(`vocabulary.caseStatuses.${status}`),
          })),
        )}
        {choice(
          'kind',
          t('portfolio.filters.kind'),
          CASE_KINDS.map((kind) => ({ value: kind, label: t(`vocabulary.caseKinds.${kind}`) })),
        )}
        {choice(
          'approachUse',
          t('portfolio.filters.approachUse'),
          APPROACH_USES.map((use) => ({ value: use, label: t(`vocabulary.approachUses.${use}`) })),
        )}
        {mayListCases &&
          choice(
            'team',
            t('portfolio.filters.team'),
            (teams.data?.teams ?? []).map((team) => ({ value: team, label: team })),
          )}
        <TextInput
          type="date"
          label={t('portfolio.filters.from')}
          value={filter.from ?? ''}
          onChange={(event) => onChange('from', event.currentTarget.value || null)}
          w={170}
        />
        <TextInput
          type="date"
          label={t('portfolio.filters.to')}
          value={filter.to ?? ''}
          onChange={(event) => onChange('to', event.currentTarget.value || null)}
          w={170}
        />
        {active && (
          <Button variant="default" onClick={onClear}>
            {t('portfolio.filters.clear')}
          </Button>
        )}
      </Group>
    </section>
  );
}
