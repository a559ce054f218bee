import type { CaseDocument } from '@kassabon/contract';
import { caseRatings, KNOWN_EFFECTS, RATING_ROLES, WELLBEING_MOMENTS } from '@kassabon/engine';
import { List, Table, Text } from '@mantine/core';
import { lazy, memo, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ScrollingTable } from '../../../components/scrolling-table.tsx';
import { useFormat } from '../../../lib/format.ts';
import { keyOf } from '../lib/object-keys.ts';
import { AnalysisSection } from './analysis-section.tsx';
import classes from './case-analysis.module.css';

// Loaded with the chart library, only when the chart is shown.
const WellbeingChart = lazy(() =>
  import('./wellbeing-chart.tsx').then((module) => ({ default: module.WellbeingChart })),
);

type CaseProps = { caseDocument: CaseDocument };

/**
 * The parts beside the money are drawn again only when what they show changes, not with every
 * keystroke in a receipt.
 */
const sameFields =
  (...fields: (keyof CaseDocument)[]) =>
  (a: CaseProps, b: CaseProps) =>
    fields.every((field) => a.caseDocument[field] === b.caseDocument[field]);

/** The marks for the approach by role: the case's ratings and its interviews' (caseRatings). */
export const AnalysisRatings = memo(
  function AnalysisRatings({ caseDocument }: CaseProps) {
    const { t } = useTranslation();
    const format = useFormat();
    const ratings = caseRatings(caseDocument);
    const groups = [
      ...RATING_ROLES.map((role) => ({
        role,
        scores: ratings.filter((rating) => rating.role === role).map((rating) => rating.score),
      })),
      { role: 'all' as const, scores: ratings.map((rating) => rating.score) },
    ].filter((group) => group.scores.length > 0);
    const mean = (scores: number[]) =>
      scores.reduce((sum, score) => sum + score, 0) / scores.length;

    return (
      <AnalysisSection
        title={t('caseAnalysis.ratings.title')}
        intro={t('caseAnalysis.ratings.intro')}
      >
        {(headingId) =>
          ratings.length === 0 ? (
            <Text size="sm">{t('caseAnalysis.ratings.none')}</Text>
          ) : (
            <ScrollingTable minWidth={420} labelledBy={headingId}>
              <Table striped aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('caseAnalysis.ratings.role')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caseAnalysis.ratings.count')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('caseAnalysis.ratings.mean')}
                    </Table.Th>
                    <Table.Th scope="col">{t('caseAnalysis.ratings.scores')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {groups.map((group) => (
                    <Table.Tr key={group.role}>
                      <Table.Th scope="row" fw={group.role === 'all' ? 700 : 400}>
                        {t(`caseAnalysis.ratings.roles.${group.role}`)}
                      </Table.Th>
                      <Table.Td ta="right">{format.count(group.scores.length)}</Table.Td>
                      <Table.Td className={classes.amount}>
                        {format.decimal(mean(group.scores))}
                      </Table.Td>
                      <Table.Td>
                        {group.scores.map((score) => format.count(score)).join('; ')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollingTable>
          )
        }
      </AnalysisSection>
    );
  },
  sameFields('ratings', 'interviews', 'participants'),
);

/** Each participant's wellbeing (0–10) before, after and at follow-up: a chart and a table. */
export const AnalysisWellbeing = memo(
  function AnalysisWellbeing({
    caseDocument,
    withChart,
  }: CaseProps & {
    withChart: boolean;
  }) {
    const { t } = useTranslation();
    const format = useFormat();
    const scores = caseDocument.wellbeing ?? [];
    const participants = [...new Set(scores.map((score) => score.participant))];
    const at = (participant: string, moment: (typeof WELLBEING_MOMENTS)[number]) =>
      scores
        .filter((score) => score.participant === participant && score.moment === moment)
        .map((score) => score.score);

    return (
      <AnalysisSection
        title={t('caseAnalysis.wellbeing.title')}
        intro={t('caseAnalysis.wellbeing.intro')}
      >
        {(headingId) =>
          scores.length === 0 ? (
            <Text size="sm">{t('caseAnalysis.wellbeing.none')}</Text>
          ) : (
            <>
              {withChart && (
                <Suspense fallback={<PageLoader />}>
                  <WellbeingChart wellbeing={scores} />
                </Suspense>
              )}
              <ScrollingTable minWidth={420} labelledBy={headingId}>
                <Table striped aria-labelledby={headingId}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('caseAnalysis.wellbeing.participant')}</Table.Th>
                      {WELLBEING_MOMENTS.map((moment) => (
                        <Table.Th key={moment} scope="col" ta="right">
                          {t(`caseAnalysis.wellbeing.moments.${moment}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {participants.map((participant) => (
                      <Table.Tr key={participant}>
                        <Table.Th scope="row" fw={400}>
                          {participant}
                        </Table.Th>
                        {WELLBEING_MOMENTS.map((moment) => (
                          <Table.Td key={moment} ta="right">
                            {at(participant, moment)
                              .map((score) => format.count(score))
                              .join('; ') || '–'}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollingTable>
            </>
          )
        }
      </AnalysisSection>
    );
  },
  (a, b) => a.withChart === b.withChart && sameFields('wellbeing')(a, b),
);

/** The non-monetary effects: the checklist's words in the user's language, own words as given. */
export const AnalysisEffects = memo(function AnalysisEffects({ caseDocument }: CaseProps) {
  const { t } = useTranslation();
  const effects = caseDocument.effects ?? [];
  const name = (effect: string) =>
    (KNOWN_EFFECTS as readonly string[]).includes(effect)
      ? t(`vocabulary.effects.${effect as (typeof KNOWN_EFFECTS)[number]}`)
      : effect;

  return (
    <AnalysisSection title={t('caseAnalysis.effects.title')}>
      {() =>
        effects.length === 0 ? (
          <Text size="sm">{t('caseAnalysis.effects.none')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {effects.map((effect) => (
              <List.Item key={keyOf(effect)}>
                <Text component="span" fw={700} size="sm">
                  {name(effect.effect)}
                </Text>
                {effect.achieved !== undefined &&
                  `: ${t(`caseAnalysis.effects.${effect.achieved ? 'achieved' : 'notAchieved'}`)}`}
                {effect.note && ` – ${effect.note}`}
              </List.Item>
            ))}
          </List>
        )
      }
    </AnalysisSection>
  );
}, sameFields('effects'));
