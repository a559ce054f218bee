import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * The page's one h1, and the browser tab's title (WCAG 2.4.2). After a navigation inside the
 * app, focus moves to it, so keyboard and screen-reader users start at the new page's top
 * instead of on a link that is gone. On the first load focus stays where the browser put it.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    if (key !== 'default') heading.current?.focus();
  }, [key]);

  return (
    <Title order={1} ref={heading} tabIndex={-1} mb="md" style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
