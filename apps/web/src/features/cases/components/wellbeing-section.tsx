import { WELLBEING_MOMENTS, type Wellbeing } from '@kassabon/engine';
import { Fieldset, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddEntryButton,
  DraftNumberInput,
  DraftSelect,
  RemoveEntryButton,
  useDraftValue,
  useParticipantRoles,
} from './draft-fields.tsx';

/** Welbevinden: the resident's own score, 0–10, before, after and at follow-up. */
export const WellbeingSection = memo(function WellbeingSection() {
  const { t } = useTranslation();
  const scores = useDraftValue<Wellbeing[] | undefined>('wellbeing') ?? [];
  const participants = useParticipantRoles();
  const resident =
    participants.find((participant) => participant.role === 'resident') ?? participants[0];
  return (
    <section aria-labelledby="wellbeing-title">
      <Title order={2} id="wellbeing-title" mb="xs">
        {t('cases.wellbeing.title')}
      </Title>
      <Text mb="md">{t('cases.wellbeing.intro')}</Text>
      <Stack>
        {scores.length === 0 && <Text c="dimmed">{t('cases.wellbeing.none')}</Text>}
        {scores.map((_score, index) => {
          const number = index + 1;
          const at = `wellbeing[${index}]`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity (ADR 006)
            <Fieldset key={index} legend={t('cases.wellbeing.legend', { number })}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <DraftSelect
                  path={`${at}.participant`}
                  label={t('cases.wellbeing.participant')}
                  required
                  options={participants.map((participant) => ({
                    value: participant.code,
                    label: participant.code,
                  }))}
                />
                <DraftSelect
                  path={`${at}.moment`}
                  label={t('cases.wellbeing.moment')}
                  required
                  options={WELLBEING_MOMENTS.map((moment) => ({
                    value: moment,
                    label: t(`vocabulary.wellbeingMoments.${moment}`),
                  }))}
                />
                <DraftNumberInput
                  path={`${at}.score`}
                  label={t('cases.wellbeing.score')}
                  required
                  min={0}
                  max={10}
                />
              </SimpleGrid>
              <Group mt="md">
                <RemoveEntryButton list="wellbeing" index={index}>
                  {t('cases.wellbeing.remove', { number })}
                </RemoveEntryButton>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <AddEntryButton<Wellbeing>
            list="wellbeing"
            entry={
              resident &&
              ((entries) => ({
                participant: resident.code,
                moment: WELLBEING_MOMENTS[entries.length] ?? 'followup',
                // The score is left empty: the field then asks for it.
                score: undefined as unknown as number,
              }))
            }
            focus="score"
            aria-describedby={participants.length === 0 ? 'wellbeing-need' : undefined}
          >
            {t('cases.wellbeing.add')}
          </AddEntryButton>
          {participants.length === 0 && (
            <Text size="sm" id="wellbeing-need">
              {t('cases.wellbeing.needParticipant')}
            </Text>
          )}
        </Group>
      </Stack>
    </section>
  );
});
