import { Alert, Code, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';

/**
 * Why an import was refused: every problem the API found, by row and column as a spreadsheet
 * numbers them (`row 12, eenheidsprijs (unitPrice)`), with its message. The API writes them in
 * English, so they are marked so for screen readers.
 */
export function ImportProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error, 422) || !error.problem.errors?.length)
    return <ProblemAlert error={error} />;
  return (
    <Alert color="red" role="alert" title={t('problems.title')}>
      {t('priceLists.import.invalid', { count: error.problem.errors.length })}
      <List mt="xs" size="sm" lang="en">
        {error.problem.errors.map(({ path, message }) => (
          <List.Item key={`${path}: ${message}`}>
            {path && <Code>{path}</Code>}
            {path && ': '}
            {message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
