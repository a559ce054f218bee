import type { Barrier, Effect } from '@kassabon/engine';
import { BARRIER_KINDS, KNOWN_EFFECTS } from '@kassabon/engine';
import { Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../lib/draft-path.ts';
import {
  AddEntryButton,
  DraftSelect,
  DraftTextarea,
  DraftTextInput,
  DraftYesNo,
  RemoveEntryButton,
  useDraft,
  useDraftValue,
} from './draft-fields.tsx';

/** Knelpunten en effecten: what blocked help, and what changed that money does not show. */
export const BarriersEffectsSection = memo(function BarriersEffectsSection() {
  return (
    <Stack gap="xl">
      <Barriers />
      <Effects />
    </Stack>
  );
});

function Barriers() {
  const { t } = useTranslation();
  const barriers = useDraftValue<Barrier[] | undefined>('barriers') ?? [];
  return (
    <section aria-labelledby="barriers-title">
      <Title order={2} id="barriers-title" mb="xs">
        {t('cases.barriers.title')}
      </Title>
      <Text mb="md">{t('cases.barriers.intro')}</Text>
      <Stack>
        {barriers.length === 0 && <Text c="dimmed">{t('cases.barriers.none')}</Text>}
        {barriers.map((_barrier, index) => {
          const number = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity (ADR 006)
            <Fieldset key={index} legend={t('cases.barriers.legend', { number })}>
              <Stack>
                <DraftSelect
                  path={`barriers[${index}].kind`}
                  label={t('cases.barriers.kind')}
                  required
                  options={BARRIER_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`vocabulary.barrierKinds.${kind}`),
                  }))}
                  maw={320}
                />
                <DraftTextarea
                  path={`barriers[${index}].description`}
                  label={t('cases.barriers.description')}
                  minRows={2}
                />
                <Group>
                  <RemoveEntryButton list="barriers" index={index}>
                    {t('cases.barriers.remove', { number })}
                  </RemoveEntryButton>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <AddEntryButton<Barrier> list="barriers" entry={() => ({ kind: 'other' })} focus="kind">
            {t('cases.barriers.add')}
          </AddEntryButton>
        </Group>
      </Stack>
    </section>
  );
}

const KNOWN = new Set<string>(KNOWN_EFFECTS);

/**
 * The known effects as a checklist (ticked: it played a part; then whether it was achieved and
 * a note), and the analyst's own effects below it. Both are entries of the one `effects` list,
 * so each field is bound to its entry's place there.
 */
function Effects() {
  const { t } = useTranslation();
  const { edit } = useDraft();
  const effects = useDraftValue<Effect[] | undefined>('effects') ?? [];
  const setEffects = (recipe: (effects: Effect[]) => Effect[]) =>
    edit((current) => ({ ...current, effects: recipe(current.effects ?? []) }));
  const own = effects
    .map((effect, index) => ({ effect, index }))
    .filter(({ effect }) => !KNOWN.has(effect.effect));
  return (
    <section aria-labelledby="effects-title">
      <Title order={2} id="effects-title" mb="xs">
        {t('cases.effects.title')}
      </Title>
      <Text mb="md">{t('cases.effects.intro')}</Text>
      <Stack>
        {KNOWN_EFFECTS.map((known) => {
          const index = effects.findIndex((effect) => effect.effect === known);
          const name = t(`vocabulary.effects.${known}`);
          return (
            <Stack key={known} gap="xs">
              <Checkbox
                id={index === -1 ? undefined : fieldId(`effects[${index}].effect`)}
                label={name}
                checked={index !== -1}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setEffects((list) =>
                    checked
                      ? [...list, { effect: known }]
                      : list.filter((effect) => effect.effect !== known),
                  );
                }}
              />
              {index !== -1 && (
                <SimpleGrid cols={{ base: 1, sm: 2 }} pl="xl">
                  <DraftYesNo
                    path={`effects[${index}].achieved`}
                    label={t('cases.effects.achieved', { effect: name })}
                  />
                  <DraftTextInput
                    path={`effects[${index}].note`}
                    label={t('cases.effects.note', { effect: name })}
                  />
                </SimpleGrid>
              )}
            </Stack>
          );
        })}
        <Title order={3} mt="md">
          {t('cases.effects.own')}
        </Title>
        {own.map(({ index }, position) => {
          const number = position + 1;
          return (
            <Fieldset key={index} legend={t('cases.effects.ownLegend', { number })}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <DraftTextInput
                  path={`effects[${index}].effect`}
                  label={t('cases.effects.ownEffect')}
                  required
                />
                <DraftYesNo
                  path={`effects[${index}].achieved`}
                  label={t('cases.effects.ownAchieved')}
                />
                <DraftTextInput
                  path={`effects[${index}].note`}
                  label={t('cases.effects.ownNote')}
                />
              </SimpleGrid>
              <Group mt="md">
                <RemoveEntryButton list="effects" index={index}>
                  {t('cases.effects.removeOwn', { number })}
                </RemoveEntryButton>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <AddEntryButton<Effect> list="effects" entry={() => ({ effect: '' })} focus="effect">
            {t('cases.effects.addOwn')}
          </AddEntryButton>
        </Group>
      </Stack>
    </section>
  );
}
