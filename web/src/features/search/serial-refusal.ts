import { type IntlShape } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';
import type { Problem } from '../../shared/api/problem';

const m = defineMessages({
  empty: { id: 'search.refused.empty', defaultMessage: 'The serial is empty once separators are removed. Type the letters and digits you can read.' },
  only_wildcards: { id: 'search.refused.only_wildcards', defaultMessage: 'The serial has only wildcards. Type the letters and digits you can read, with ? or * only for the missing ones.' },
  too_broad: {
    id: 'search.refused.too_broad',
    defaultMessage: 'With ? or *, at least 3 letters or digits must be known, or the search would match too much. Add the characters you can read, or remove the wildcards.',
  },
  too_long: { id: 'search.refused.too_long', defaultMessage: 'The serial is longer than 64 characters. Check what was pasted.' },
  invalid_character: {
    id: 'search.refused.invalid_character',
    defaultMessage: '{character, select, none {The serial contains a character that is not allowed.} other {The serial contains “{character}”, which is not allowed.}} Use letters and digits, ? for one unreadable character and * for several.',
  },
  other: { id: 'search.refused.other', defaultMessage: 'The serial cannot be searched as typed.' },
});

const ALLOWED = /^[\p{L}\p{M}\p{N}?*\s\p{Pd}\u2212.\u00B7\u2044\u2215\u29F5/\\\p{Cf}]$/u;

/** The first character the registry refuses in a serial search (see parseSerialQuery in src/modules/markings/serial.ts). */
export function refusedCharacter(serial: string): string | null {
  for (const ch of serial.normalize('NFKC')) if (!ALLOWED.test(ch) || ch === '_') return ch;
  return null;
}

/** Why a serial pattern was refused (INVALID_SERIAL_PATTERN's `reason`) and how to fix it. */
export function serialRefusal(intl: IntlShape, problem: Problem, serial: string): string {
  const reason = typeof problem.reason === 'string' ? problem.reason : '';
  switch (reason) {
    case 'empty':
    case 'only_wildcards':
    case 'too_broad':
    case 'too_long':
      return intl.formatMessage(m[reason]);
    case 'invalid_character':
      return intl.formatMessage(m.invalid_character, { character: refusedCharacter(serial) ?? 'none' });
    default:
      return intl.formatMessage(m.other);
  }
}
