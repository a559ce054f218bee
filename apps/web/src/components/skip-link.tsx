import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

/** The id of the page's `<main>`, where the skip link goes. */
export const MAIN_ID = 'main';

/**
 * The first thing a keyboard user reaches (WCAG 2.4.1): hidden until it has focus. It moves
 * focus itself rather than changing the URL's fragment, which holds the setup link's token.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className={classes.skipLink}
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
