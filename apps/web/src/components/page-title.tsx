import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * The location the app opened on. A reload keeps the key of the page it reloads (the browser
 * keeps history state), so "opened" is not the same as "the key is 'default'".
 */
let openingKey: string | undefined;

/**
 * The page's one h1, and the browser tab's title (WCAG 2.4.2). After a navigation inside the
 * app, focus moves to it, so keyboard and screen-reader users start at the new page's top
 * instead of on a link that is gone. On the page the app opened on (a first load or a reload)
 * focus stays where the browser put it.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    openingKey ??= key;
    if (key !== openingKey) heading.current?.focus();
  }, [key]);

  return (
    <Title order={1} ref={heading} tabIndex={-1} mb="md" style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
