import { type CSSVariablesResolver, createTheme, Menu } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Mantine's default shade (6) under white text is 3.55:1; shade 8 passes WCAG AA (5:1).
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  components: {
    // The placeholder Mantine puts first in a menu is a focusable element with no role, which
    // a menu may not contain (axe: aria-required-children). Without it the arrow keys still
    // move into the items.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

/**
 * Mantine's light defaults that fall short of WCAG 2.1 AA on white: "dimmed" and placeholder
 * text (gray 6, 3.3:1) and error text (red 6, 3.6:1) need 4.5:1; the borders that show where
 * a field or checkbox is (gray 4, 1.5:1) need 3:1 (1.4.11).
 */
export const resolveCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
