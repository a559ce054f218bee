import { APPROACH_USES, CASE_KINDS, CASE_STATUSES, LIFE_DOMAINS } from '@kassabon/engine';
import { Autocomplete, Checkbox, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../api/get-teams.ts';
import { fieldId } from '../lib/draft-path.ts';
import {
  DraftSelect,
  DraftTextarea,
  DraftTextInput,
  useDraft,
  useDraftValue,
  useFieldError,
} from './draft-fields.tsx';

/** Verhaal en plan: what the case is, its story, and the resident's own plan. */
export const StorySection = memo(function StorySection() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <section aria-labelledby="details-title">
        <Title order={2} id="details-title" mb="sm">
          {t('cases.story.details')}
        </Title>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DraftTextInput
              path="code"
              label={t('cases.fields.code')}
              description={t('cases.fields.codeHint')}
              required
            />
            <DraftTextInput
              path="title"
              label={t('cases.fields.title')}
              description={t('cases.fields.titleHint')}
            />
            <DraftSelect
              path="kind"
              label={t('cases.fields.kind')}
              emptyLabel={t('cases.fields.none')}
              options={CASE_KINDS.map((kind) => ({
                value: kind,
                label: t(`vocabulary.caseKinds.${kind}`),
              }))}
            />
            <DraftSelect
              path="status"
              label={t('cases.fields.status')}
              emptyLabel={t('cases.fields.statusDefault')}
              options={CASE_STATUSES.map((status) => ({
                value: status,
                label: t(`vocabulary.caseStatuses.${status}`),
              }))}
            />
            <TeamField />
            <DraftSelect
              path="approachUse"
              label={t('cases.fields.approachUse')}
              emptyLabel={t('cases.fields.none')}
              options={APPROACH_USES.map((use) => ({
                value: use,
                label: t(`vocabulary.approachUses.${use}`),
              }))}
            />
            <DraftTextInput path="startedOn" type="date" label={t('cases.fields.startedOn')} />
            <DraftTextInput path="endedOn" type="date" label={t('cases.fields.endedOn')} />
            <DraftTextInput path="referral" label={t('cases.fields.referral')} />
            <DraftTextInput
              path="referredBy"
              label={t('cases.fields.referredBy')}
              description={t('cases.fields.referredByHint')}
            />
          </SimpleGrid>
          <LifeDomainsField />
        </Stack>
      </section>
      <section aria-labelledby="story-title">
        <Title order={2} id="story-title" mb="xs">
          {t('cases.story.story')}
        </Title>
        <Text size="sm" mb="sm">
          {t('cases.fields.personalData')}
        </Text>
        <Stack>
          <DraftTextarea path="narrative.situation" label={t('cases.fields.situation')} />
          <DraftTextarea path="narrative.actions" label={t('cases.fields.actions')} />
          <DraftTextarea path="narrative.outcome" label={t('cases.fields.outcome')} />
        </Stack>
      </section>
      <section aria-labelledby="plan-title">
        <Title order={2} id="plan-title" mb="xs">
          {t('cases.story.plan')}
        </Title>
        <Text size="sm" mb="sm">
          {t('cases.story.planIntro')}
        </Text>
        <Stack>
          <DraftTextarea path="plan.wants" label={t('cases.fields.wants')} minRows={2} />
          <DraftTextarea path="plan.can" label={t('cases.fields.can')} minRows={2} />
          <DraftTextarea path="plan.needs" label={t('cases.fields.needs')} minRows={2} />
        </Stack>
      </section>
    </Stack>
  );
});

/** The team: one named on other cases, or a new one typed in. */
function TeamField() {
  const { t } = useTranslation();
  const { setAt } = useDraft();
  const team = useDraftValue<string | undefined>('team');
  const teams = useTeams();
  return (
    <Autocomplete
      id={fieldId('team')}
      label={t('cases.fields.team')}
      data={teams.data ?? []}
      value={team ?? ''}
      onChange={(value) => setAt('team', value || undefined)}
      error={useFieldError('team')}
    />
  );
}

function LifeDomainsField() {
  const { t } = useTranslation();
  const { setAt } = useDraft();
  const domains = useDraftValue<string[] | undefined>('lifeDomains');
  return (
    <Checkbox.Group
      id={fieldId('lifeDomains')}
      label={t('cases.fields.lifeDomains')}
      value={domains ?? []}
      onChange={(chosen) => {
        // In the order of the list, whatever the order of the clicks.
        const domains = LIFE_DOMAINS.filter((domain) => chosen.includes(domain));
        setAt('lifeDomains', domains.length > 0 ? domains : undefined);
      }}
      error={useFieldError('lifeDomains', { within: true })}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
        {LIFE_DOMAINS.map((domain) => (
          <Checkbox key={domain} value={domain} label={t(`vocabulary.lifeDomains.${domain}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
