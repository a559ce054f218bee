import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';

/**
 * A failed request in the user's words. The server's own message (English) follows in small
 * print: it names the exact cause, which helps whoever the user asks for help.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = describe(error);
  return (
    <Alert color="red" title={t('problems.title')} role="alert">
      <Text size="sm">{t(message)}</Text>
      {isApiError(error) && error.status > 0 && error.status < 500 && (
        <Text size="sm" mt="xs">
          {t('problems.serverSaid')} <span lang="en">{error.problem.title}</span>
        </Text>
      )}
    </Alert>
  );
}

function describe(error: unknown) {
  if (!isApiError(error)) return 'problems.unexpected' as const;
  if (error.status === 0) return 'problems.network' as const;
  if (error.status === 403) return 'problems.forbidden' as const;
  if (error.status === 404) return 'problems.notFound' as const;
  if (error.status === 413) return 'problems.tooLarge' as const;
  if (error.status >= 500) return 'problems.server' as const;
  return 'problems.other' as const;
}
