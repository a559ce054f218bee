import type { PortfolioMonitor } from '@kassabon/engine';
import { Blockquote, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MonitorSection } from './monitor-section.tsx';

/**
 * What participants said, only where they consented (the API sends no others, and none to
 * viewers). The case's code is shown to those who may read cases.
 */
export function QuotesSection({
  quotes,
  showCases,
}: {
  quotes: PortfolioMonitor['quotes'];
  showCases: boolean;
}) {
  const { t } = useTranslation();
  return (
    <MonitorSection
      id="quotes"
      title={t('portfolio.quotes.title')}
      intro={t('portfolio.quotes.intro')}
      empty={quotes.length === 0}
    >
      <Stack gap="sm" maw={800}>
        {quotes.map((quote, index) => (
          // Two cases may hold the same words; their place in the list tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is never reordered
          <figure key={index} style={{ margin: 0 }}>
            <Blockquote color="blue.8" p="md">
              {quote.text}
            </Blockquote>
            <Text component="figcaption" size="sm" mt={4}>
              {showCases
                ? t('portfolio.quotes.byInCase', {
                    role: t(`portfolio.quotes.roles.${quote.role}`),
                    code: quote.code,
                  })
                : t('portfolio.quotes.by', {
                    role: t(`portfolio.quotes.roles.${quote.role}`),
                  })}
            </Text>
          </figure>
        ))}
      </Stack>
    </MonitorSection>
  );
}
