import { CASE_WRITERS } from '@kassabon/contract';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title.tsx';
import { useSession } from '../../../lib/session.ts';
import { ExportSection } from './export-section.tsx';
import { ImportForm } from './import-form.tsx';

/** Import for those who may change cases; export for everyone who may read them. */
export function ImportExportPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  return (
    <Stack gap="xl">
      <PageTitle>{t('caseFiles.title')}</PageTitle>
      {CASE_WRITERS.includes(role) && (
        <section aria-labelledby="import">
          <Title order={2} id="import" mb="xs">
            {t('caseFiles.import.title')}
          </Title>
          <Text mb="md">{t('caseFiles.import.intro')}</Text>
          <ImportForm />
        </section>
      )}
      <section aria-labelledby="export">
        <Title order={2} id="export" mb="xs">
          {t('caseFiles.export.title')}
        </Title>
        <ExportSection />
      </section>
    </Stack>
  );
}
