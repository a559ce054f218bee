import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ProductName() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/" fw={700} fz="xl" c="blue.9" underline="never">
      {t('app.name')}
    </Anchor>
  );
}
