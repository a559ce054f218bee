import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal with its close button named in the user's language: the button shows only
 * a cross, which a screen reader would otherwise announce as a nameless button (WCAG 4.1.2).
 */
export function ModalDialog(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal closeButtonProps={{ 'aria-label': t('app.close') }} {...props} />;
}
