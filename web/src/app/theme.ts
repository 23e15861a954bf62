import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Shade 8 of the primary colour keeps filled buttons above 4.5:1 contrast (WCAG AA); Mantine's default does not. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
});

/** Mantine's "dimmed" text (gray 6) and error text (red 6) fall below 4.5:1 on white; one shade darker passes AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-8)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)' },
  dark: {},
});
