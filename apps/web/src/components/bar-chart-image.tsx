import '@mantine/charts/styles.css';
import { BarChart, type BarChartProps } from '@mantine/charts';
import { Box } from '@mantine/core';

/**
 * Horizontal bars (the labels are long), as tall as their number, shown to a screen reader as
 * one image named by `label`: a table beside every chart holds the figures to read, so the
 * chart's own keyboard layer and its tooltip are off.
 */
export function BarChartImage({
  label,
  barHeight,
  ...chart
}: {
  label: string;
  /** Pixels per bar. */
  barHeight: number;
} & Pick<
  BarChartProps,
  'data' | 'dataKey' | 'series' | 'valueFormatter' | 'getBarColor' | 'xAxisProps' | 'yAxisProps'
>) {
  return (
    <Box role="img" aria-label={label} mb="md">
      <BarChart
        h={Math.max(140, chart.data.length * barHeight + 60)}
        orientation="vertical"
        barChartProps={{ accessibilityLayer: false }}
        withTooltip={false}
        gridAxis="x"
        {...chart}
      />
    </Box>
  );
}
