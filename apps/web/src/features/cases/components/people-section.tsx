import { CASE_WRITERS, type CaseParticipant } from '@kassabon/contract';
import type { Interview } from '@kassabon/engine';
import { NOT_INTERVIEWED_REASONS, PARTICIPANT_ROLES } from '@kassabon/engine';
import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session.ts';
import { useMembers } from '../api/get-members.ts';
import { fieldId } from '../lib/draft-path.ts';
import { nextParticipantCode, removeParticipant, renameParticipant } from '../lib/participants.ts';
import {
  AddEntryButton,
  DraftCheckbox,
  DraftNumberInput,
  DraftSelect,
  DraftTextarea,
  DraftTextInput,
  DraftYesNo,
  focusField,
  RemoveEntryButton,
  useDraft,
  useDraftValue,
  useFieldError,
  useParticipantRoles,
} from './draft-fields.tsx';

/** Deelnemers en interviews: who takes part (by code), and what they said. */
export const PeopleSection = memo(function PeopleSection() {
  return (
    <Stack gap="xl">
      <Participants />
      <Interviews />
    </Stack>
  );
});

function Participants() {
  const { t } = useTranslation();
  const participants = useDraftValue<CaseParticipant[] | undefined>('participants') ?? [];
  return (
    <section aria-labelledby="participants-title">
      <Title order={2} id="participants-title" mb="xs">
        {t('cases.participants.title')}
      </Title>
      <Text mb="md">{t('cases.participants.intro')}</Text>
      <Stack>
        {participants.length === 0 && <Text c="dimmed">{t('cases.participants.none')}</Text>}
        {participants.map((participant, index) => (
          <ParticipantFields
            // Entries have no identity but their place (ADR 006).
            // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
            key={index}
            participant={participant}
            index={index}
          />
        ))}
        <Group>
          <AddEntryButton<CaseParticipant>
            list="participants"
            entry={(entries) => {
              const role = entries.some((participant) => participant.role === 'resident')
                ? 'professional'
                : 'resident';
              return { code: nextParticipantCode(entries, role), role };
            }}
            focus="code"
          >
            {t('cases.participants.add')}
          </AddEntryButton>
        </Group>
      </Stack>
    </section>
  );
}

/** One participant; it re-renders when they change, not when another does. */
const ParticipantFields = memo(function ParticipantFields({
  participant,
  index,
}: {
  participant: CaseParticipant;
  index: number;
}) {
  const { t } = useTranslation();
  const { edit } = useDraft();
  const { role } = useSession();
  const mayLink = CASE_WRITERS.includes(role);
  const at = `participants[${index}]`;
  return (
    <Fieldset legend={t('cases.participants.legend', { code: participant.code })}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <TextInput
          id={fieldId(`${at}.code`)}
          label={t('cases.participants.code')}
          description={t('cases.participants.codeHint')}
          required
          value={participant.code}
          onChange={(event) => {
            const code = event.currentTarget.value;
            edit((draft) => renameParticipant(draft, index, code));
          }}
          error={useFieldError(`${at}.code`)}
        />
        <DraftSelect
          path={`${at}.role`}
          label={t('cases.participants.role')}
          options={PARTICIPANT_ROLES.map((value) => ({
            value,
            label: t(`vocabulary.participantRoles.${value}`),
          }))}
        />
        <DraftTextInput path={`${at}.organisation`} label={t('cases.participants.organisation')} />
        <DraftYesNo path={`${at}.interviewed`} label={t('cases.participants.interviewed')} />
        {participant.interviewed !== true && (
          <DraftSelect
            path={`${at}.notInterviewedReason`}
            label={t('cases.participants.reason')}
            emptyLabel={t('cases.fields.none')}
            options={NOT_INTERVIEWED_REASONS.map((value) => ({
              value,
              label: t(`vocabulary.notInterviewedReasons.${value}`),
            }))}
          />
        )}
        {mayLink && <AccountField path={`${at}.userId`} />}
      </SimpleGrid>
      <Group mt="md">
        <Button
          variant="subtle"
          color="red"
          onClick={() => {
            edit((draft) => removeParticipant(draft, index));
            focusField('participants');
          }}
        >
          {t('cases.participants.remove', { code: participant.code })}
        </Button>
      </Group>
    </Fieldset>
  );
});

/** The user account a participant is, which lets a professional see the case. */
function AccountField({ path }: { path: string }) {
  const { t } = useTranslation();
  const members = useMembers({ enabled: true });
  return (
    <DraftSelect
      path={path}
      label={t('cases.participants.account')}
      description={t('cases.participants.accountHint')}
      emptyLabel={t('cases.participants.noAccount')}
      options={(members.data ?? []).map((member) => ({
        value: member.userId,
        label: `${member.email} (${t(`roles.${member.role}`)})`,
      }))}
    />
  );
}

function Interviews() {
  const { t } = useTranslation();
  const interviews = useDraftValue<Interview[] | undefined>('interviews') ?? [];
  const participants = useParticipantRoles();
  const first = participants[0];
  return (
    <section aria-labelledby="interviews-title">
      <Title order={2} id="interviews-title" mb="xs">
        {t('cases.interviews.title')}
      </Title>
      <Stack>
        {interviews.length === 0 && <Text c="dimmed">{t('cases.interviews.none')}</Text>}
        {interviews.map((interview, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity (ADR 006)
          <InterviewFields key={index} interview={interview} index={index} />
        ))}
        <Group>
          <AddEntryButton<Interview>
            list="interviews"
            entry={first && (() => ({ participant: first.code }))}
            focus="participant"
            aria-describedby={participants.length === 0 ? 'interviews-need' : undefined}
          >
            {t('cases.interviews.add')}
          </AddEntryButton>
          {participants.length === 0 && (
            <Text size="sm" id="interviews-need">
              {t('cases.interviews.needParticipant')}
            </Text>
          )}
        </Group>
      </Stack>
    </section>
  );
}

/** One interview; it re-renders when it changes, not when another does. */
const InterviewFields = memo(function InterviewFields({
  interview,
  index,
}: {
  interview: Interview;
  index: number;
}) {
  const { t } = useTranslation();
  const participants = useParticipantRoles();
  const at = `interviews[${index}]`;
  const number = index + 1;
  const quotes = interview.quotes ?? [];
  const points = interview.improvementPoints ?? [];
  return (
    <Fieldset legend={t('cases.interviews.legend', { number, code: interview.participant })}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DraftSelect
            path={`${at}.participant`}
            label={t('cases.interviews.participant')}
            required
            options={participants.map((participant) => ({
              value: participant.code,
              label: participant.code,
            }))}
          />
          <DraftTextInput path={`${at}.date`} type="date" label={t('cases.fields.date')} />
          <DraftNumberInput
            path={`${at}.rating`}
            label={t('cases.interviews.rating')}
            min={1}
            max={10}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <DraftTextarea path={`${at}.roleBefore`} label={t('cases.interviews.roleBefore')} />
          <DraftTextarea path={`${at}.roleAfter`} label={t('cases.interviews.roleAfter')} />
        </SimpleGrid>
        <DraftTextarea path={`${at}.experience`} label={t('cases.interviews.experience')} />

        <Fieldset legend={t('cases.interviews.quotes')} variant="unstyled">
          <Text size="sm" mb="xs">
            {t('cases.interviews.consentHint')}
          </Text>
          <Stack>
            {quotes.map((_quote, quoteIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
              <Stack key={quoteIndex} gap="xs">
                <DraftTextarea
                  path={`${at}.quotes[${quoteIndex}].text`}
                  label={t('cases.interviews.quote', { number: quoteIndex + 1 })}
                  minRows={2}
                  required
                />
                <Group justify="space-between">
                  <DraftCheckbox
                    path={`${at}.quotes[${quoteIndex}].consent`}
                    label={t('cases.interviews.consent', { number: quoteIndex + 1 })}
                  />
                  <RemoveEntryButton list={`${at}.quotes`} index={quoteIndex} size="compact-sm">
                    {t('cases.interviews.removeQuote', { number: quoteIndex + 1 })}
                  </RemoveEntryButton>
                </Group>
              </Stack>
            ))}
            <Group>
              <AddEntryButton
                list={`${at}.quotes`}
                entry={() => ({ text: '', consent: false })}
                focus="text"
                size="compact-sm"
              >
                {t('cases.interviews.addQuote')}
              </AddEntryButton>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.interviews.improvementPoints')} variant="unstyled">
          <Stack>
            {points.map((_point, pointIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
              <Group key={pointIndex} align="flex-end" wrap="nowrap">
                <DraftTextInput
                  path={`${at}.improvementPoints[${pointIndex}]`}
                  label={t('cases.interviews.improvementPoint', { number: pointIndex + 1 })}
                  required
                />
                <RemoveEntryButton
                  list={`${at}.improvementPoints`}
                  index={pointIndex}
                  size="compact-sm"
                  mb={6}
                >
                  {t('cases.interviews.removeImprovementPoint', { number: pointIndex + 1 })}
                </RemoveEntryButton>
              </Group>
            ))}
            <Group>
              <AddEntryButton list={`${at}.improvementPoints`} entry={() => ''} size="compact-sm">
                {t('cases.interviews.addImprovementPoint')}
              </AddEntryButton>
            </Group>
          </Stack>
        </Fieldset>

        <Group>
          <RemoveEntryButton list="interviews" index={index}>
            {t('cases.interviews.remove', { number })}
          </RemoveEntryButton>
        </Group>
      </Stack>
    </Fieldset>
  );
});
