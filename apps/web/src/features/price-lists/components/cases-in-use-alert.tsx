import { PriceListInUseProblemSchema } from '@kassabon/contract';
import { Alert, Code, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';

/** Why a list or an item cannot be deleted: the cases priced from it (the API's 409). */
export function CasesInUseAlert({ error, what }: { error: unknown; what: 'list' | 'item' }) {
  const { t } = useTranslation();
  const inUse = isApiError(error, 409)
    ? PriceListInUseProblemSchema.safeParse(error.problem)
    : null;
  if (!inUse?.success) return <ProblemAlert error={error} />;
  return (
    <Alert color="red" role="alert" title={t('problems.title')}>
      {what === 'list'
        ? t('priceLists.delete.inUse', { count: inUse.data.cases.length })
        : t('priceLists.items.inUse', { count: inUse.data.cases.length })}
      <List mt="xs" size="sm">
        {inUse.data.cases.map((code) => (
          <List.Item key={code}>
            <Code>{code}</Code>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
