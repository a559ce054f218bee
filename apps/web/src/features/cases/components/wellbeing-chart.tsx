import '@mantine/charts/styles.css';
import { WELLBEING_MOMENTS, type Wellbeing } from '@kassabon/engine';
import { LineChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/** Colours that keep 3:1 against white (WCAG 1.4.11), one per participant in turn. */
const COLOURS = ['blue.8', 'orange.9', 'teal.9', 'grape.8', 'gray.8'];

/**
 * Each participant's wellbeing over the moments as a small line chart. One image to a screen
 * reader: the table beside it has the scores. A moment with several scores shows their mean.
 */
export const WellbeingChart = memo(function WellbeingChart({
  wellbeing,
}: {
  wellbeing: Wellbeing[];
}) {
  const { t } = useTranslation();
  const participants = [...new Set(wellbeing.map((score) => score.participant))];
  const data = WELLBEING_MOMENTS.map((moment) => {
    const point: Record<string, string | number> = {
      moment: t(`caseAnalysis.wellbeing.moments.${moment}`),
    };
    for (const participant of participants) {
      const scores = wellbeing
        .filter((score) => score.participant === participant && score.moment === moment)
        .map((score) => score.score);
      if (scores.length > 0)
        point[participant] = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    }
    return point;
  });

  return (
    <Box role="img" aria-label={t('caseAnalysis.wellbeing.chartLabel')} mb="md" maw={480}>
      <LineChart
        h={200}
        data={data}
        dataKey="moment"
        series={participants.map((participant, index) => ({
          name: participant,
          color: COLOURS[index % COLOURS.length] ?? 'blue.8',
        }))}
        yAxisProps={{ domain: [0, 10] }}
        connectNulls
        withLegend={participants.length > 1}
        withTooltip={false}
        lineChartProps={{ accessibilityLayer: false }}
      />
    </Box>
  );
});
