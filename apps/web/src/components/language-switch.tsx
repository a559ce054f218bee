import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * One click to the other language. The button names that language in itself ("English",
 * "Nederlands"), marked with its `lang` so a screen reader pronounces it right (WCAG 3.1.2).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = t('language.otherCode');
  return (
    <Button variant="subtle" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {t('language.other')}
    </Button>
  );
}
