/**
 * Badge colours dark enough for AA contrast (4.5:1) as outline text on white and as a
 * filled background under white text: Mantine's green.9 (4.4:1) and orange.9 (4.3:1) fall short.
 */
export const BADGE_COLOURS = {
  valid: '#1e6b30',
  warning: '#8a4b00',
  suspended: '#9c3500',
} as const;
