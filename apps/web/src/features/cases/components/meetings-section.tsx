import { describeFinancier, FINANCIERS, type Meeting, type Scenario } from '@kassabon/engine';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { fieldId } from '../lib/draft-path.ts';
import {
  DEFAULT_MEETING_FINANCIER,
  meetingCost,
  meetingLine,
  withLineOnWithReceipt,
} from '../lib/meeting-cost.ts';
import {
  AddEntryButton,
  DraftNumberInput,
  DraftTextarea,
  DraftTextInput,
  RemoveEntryButton,
  useDraft,
  useDraftValue,
  useFieldError,
  useParticipantRoles,
} from './draft-fields.tsx';

/** MDO's: the multidisciplinary meetings, and what they cost as an investment. */
export const MeetingsSection = memo(function MeetingsSection() {
  const { t } = useTranslation();
  const meetings = useDraftValue<Meeting[] | undefined>('meetings') ?? [];
  return (
    <section aria-labelledby="meetings-title">
      <Title order={2} id="meetings-title" mb="xs">
        {t('cases.meetings.title')}
      </Title>
      <Text mb="md">{t('cases.meetings.intro')}</Text>
      <Stack>
        {meetings.length === 0 && <Text c="dimmed">{t('cases.meetings.none')}</Text>}
        {meetings.map((meeting, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity (ADR 006)
          <MeetingFields key={index} meeting={meeting} index={index} />
        ))}
        <Group>
          <AddEntryButton<Meeting>
            list="meetings"
            // Hours left empty: the field says it is needed, rather than a guess filling it.
            entry={() => ({ attendees: [] }) as unknown as Meeting}
            focus="date"
          >
            {t('cases.meetings.add')}
          </AddEntryButton>
        </Group>
      </Stack>
    </section>
  );
});

/** One MDO; it re-renders when it changes, not when another does. */
const MeetingFields = memo(function MeetingFields({
  meeting,
  index,
}: {
  meeting: Meeting;
  index: number;
}) {
  const { t } = useTranslation();
  const { edit } = useDraft();
  const at = `meetings[${index}]`;
  const number = index + 1;
  const participants = useParticipantRoles();
  return (
    <Fieldset legend={t('cases.meetings.legend', { number })}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DraftTextInput path={`${at}.date`} type="date" label={t('cases.fields.date')} />
          <DraftNumberInput
            path={`${at}.hours`}
            label={t('cases.meetings.hours')}
            required
            min={0}
          />
          <DraftNumberInput
            path={`${at}.hourlyRate`}
            label={t('cases.meetings.hourlyRate')}
            prefix="€ "
            min={0}
          />
        </SimpleGrid>
        <Checkbox.Group
          id={fieldId(`${at}.attendees`)}
          label={t('cases.meetings.attendees')}
          description={participants.length === 0 ? t('cases.meetings.noParticipants') : undefined}
          value={meeting.attendees ?? []}
          onChange={(chosen) =>
            edit((current) => ({
              ...current,
              meetings: (current.meetings ?? []).map((entry, position) =>
                position === index
                  ? {
                      ...entry,
                      // In the order of the participants, whatever the order of the clicks.
                      attendees: (current.participants ?? [])
                        .map((participant) => participant.code)
                        .filter((code) => chosen.includes(code)),
                    }
                  : entry,
              ),
            }))
          }
          error={useFieldError(`${at}.attendees`, { within: true })}
        >
          <Group mt="xs">
            {participants.map((participant) => (
              <Checkbox
                key={participant.code}
                value={participant.code}
                label={`${participant.code} (${t(`vocabulary.participantRoles.${participant.role}`)})`}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <DraftTextarea path={`${at}.note`} label={t('cases.meetings.note')} minRows={2} />
        <MeetingCost meeting={meeting} number={number} />
        <Group>
          <RemoveEntryButton list="meetings" index={index}>
            {t('cases.meetings.remove', { number })}
          </RemoveEntryButton>
        </Group>
      </Stack>
    </Fieldset>
  );
});

/**
 * The MDO's cost, offered as an investment line of the "with" receipt: the user chooses who
 * pays it and adds it with one click. It is not added by itself: the receipt is the analyst's.
 */
function MeetingCost({ meeting, number }: { meeting: Meeting; number: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { edit } = useDraft();
  const scenarios = useDraftValue<Scenario[]>('scenarios');
  const [financier, setFinancier] = useState(DEFAULT_MEETING_FINANCIER);
  const [added, setAdded] = useState<string | null>(null);
  const financierId = useId();
  const cost = meetingCost(meeting);
  const line = meetingLine(meeting, financier);
  const onReceipt =
    line !== undefined &&
    scenarios.some(
      (scenario) =>
        scenario.kind === 'with' &&
        scenario.lines.some((existing) => existing.investment && existing.label === line.label),
    );
  return (
    <Stack gap="xs">
      <Text fw={600}>
        {cost === undefined
          ? t('cases.meetings.costUnknown')
          : t('cases.meetings.cost', {
              attendees: format.count(meeting.attendees?.length ?? 0),
              hours: format.number(meeting.hours),
              rate: format.money(meeting.hourlyRate ?? 0),
              cost: format.money(cost),
            })}
      </Text>
      <Group align="flex-end">
        <NativeSelect
          id={financierId}
          label={t('cases.meetings.financier', { number })}
          value={financier}
          onChange={(event) => setFinancier(event.currentTarget.value)}
          data={Object.keys(FINANCIERS).map((code) => ({
            value: code,
            label: describeFinancier(code, language),
          }))}
        />
        <Button
          variant="outline"
          disabled={line === undefined}
          onClick={() => {
            if (!line) return;
            edit((current) => withLineOnWithReceipt(current, line));
            setAdded(
              t('cases.meetings.lineAdded', {
                label: line.label,
                amount: format.money(line.amount ?? 0),
              }),
            );
          }}
        >
          {t('cases.meetings.addLine', { number })}
        </Button>
      </Group>
      <Text size="sm" role="status">
        {added ?? (onReceipt && line ? t('cases.meetings.lineExists', { label: line.label }) : '')}
      </Text>
    </Stack>
  );
}
