import { Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import classes from './case-analysis.module.css';

/**
 * One part of the case analysis: an h3 (the case workspace names the whole "Analyse" with an
 * h2), an optional sentence that says what the numbers mean, and the content.
 */
export function AnalysisSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: (headingId: string) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Title order={3} id={headingId} size="h4" mb="xs">
        {title}
      </Title>
      {intro && (
        <Text size="sm" mb="sm">
          {intro}
        </Text>
      )}
      {children(headingId)}
    </section>
  );
}

export type Figure = { label: string; value: string; hint?: string | undefined };

/** Headline figures as a description list: each label is read with its value. */
export function Figures({ figures }: { figures: Figure[] }) {
  return (
    <dl className={classes.figures}>
      {figures.map((figure) => (
        <div key={figure.label} className={classes.figure}>
          <dt>{figure.label}</dt>
          <dd className={classes.figureValue}>{figure.value}</dd>
          {figure.hint && <dd className={classes.figureHint}>{figure.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
