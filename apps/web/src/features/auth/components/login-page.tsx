import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title.tsx';
import { pathAfterLogin } from '../../../lib/login-path.ts';
import { LoginForm } from './login-form.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <Stack maw={440} mx="auto" gap="md">
      <PageTitle>{t('login.title')}</PageTitle>
      <Text>{t('login.intro')}</Text>
      <Paper withBorder p="lg">
        <LoginForm onSignedIn={() => void navigate(pathAfterLogin(search), { replace: true })} />
      </Paper>
      <Text size="sm">{t('login.firstTime')}</Text>
    </Stack>
  );
}
