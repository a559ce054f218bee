import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One part of the monitor: a section named by its h2, an intro, and its figures, or a plain
 * sentence when the cases hold nothing for it yet.
 */
export function MonitorSection({
  id,
  title,
  intro,
  empty,
  children,
}: {
  /** The heading's id; a table inside is named by it (aria-labelledby). */
  id: string;
  title: string;
  intro?: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} mb="xs">
        {title}
      </Title>
      {intro && <Text mb="md">{intro}</Text>}
      {empty ? <Text>{t('portfolio.monitor.nothingYet')}</Text> : children}
    </section>
  );
}
