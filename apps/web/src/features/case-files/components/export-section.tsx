import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useExportCaseFile } from '../api/export-case-file.ts';

export function ExportSection() {
  const { t } = useTranslation();
  const exportCaseFile = useExportCaseFile();
  return (
    <Stack align="flex-start">
      <Text>{t('caseFiles.export.intro')}</Text>
      <Button loading={exportCaseFile.isPending} onClick={() => exportCaseFile.mutate()}>
        {t('caseFiles.export.submit')}
      </Button>
      <div aria-live="polite">
        {exportCaseFile.isSuccess && (
          <Alert color="green" role="status">
            {t('caseFiles.export.done', { filename: exportCaseFile.data })}
          </Alert>
        )}
      </div>
      {exportCaseFile.isError && <ProblemAlert error={exportCaseFile.error} />}
    </Stack>
  );
}
