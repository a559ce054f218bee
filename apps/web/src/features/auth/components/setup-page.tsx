import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/page-title.tsx';
import { SetupForm } from './setup-form.tsx';

/**
 * `/setup#<token>`: the token is in the fragment, which browsers never send to a server or in
 * a Referer. It is read once and then taken out of the address bar and the history.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => location.hash.slice(1));

  useEffect(() => {
    if (location.hash !== '')
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageTitle>{t('setup.title')}</PageTitle>
      {token === '' ? (
        <Alert color="red" role="alert">
          {t('setup.noToken')}
        </Alert>
      ) : (
        <>
          <Text>{t('setup.intro')}</Text>
          <Paper withBorder p="lg">
            <SetupForm token={token} onDone={() => void navigate('/', { replace: true })} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
