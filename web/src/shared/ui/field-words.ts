import type { IntlShape } from 'react-intl';
import { ApiError } from '../api/problem';
import { defineMessages } from '../i18n/messages';

/**
 * The API names a bad field with an English reason (class-validator's or a domain
 * rule's). The reasons forms meet are worded here in the user's language; any other
 * says the value is not accepted, never English on a French screen.
 */
const words = defineMessages({
  required: { id: 'field.required', defaultMessage: 'Required.' },
  alpha2: { id: 'field.alpha2', defaultMessage: 'Choose a country from the list.' },
  taken: { id: 'field.taken', defaultMessage: 'Already used: choose another.' },
  missing: { id: 'field.missing', defaultMessage: 'Not found in the registry.' },
  unknownCode: { id: 'field.unknownCode', defaultMessage: 'Not in the reference lists.' },
  tooShort: { id: 'field.tooShort', defaultMessage: 'At least {min} characters.' },
  tooLong: { id: 'field.tooLong', defaultMessage: 'At most {max} characters.' },
  date: { id: 'field.date', defaultMessage: 'Enter a date (day, month, year).' },
  future: { id: 'field.future', defaultMessage: 'Cannot be in the future.' },
  atLeast: { id: 'field.atLeast', defaultMessage: 'At least {min}.' },
  code: { id: 'field.code', defaultMessage: 'Letters, digits and the signs shown only.' },
  email: { id: 'field.email', defaultMessage: 'Enter a valid e-mail address.' },
  aliasOwned: { id: 'field.aliasOwned', defaultMessage: '“{alias}” already names {owner}.' },
  beforeIssue: { id: 'field.beforeIssue', defaultMessage: 'Must be after the date of issue.' },
  password: { id: 'field.password', defaultMessage: 'At least 12 characters and 5 different ones, not containing the username, not a common password.' },
  invalid: { id: 'field.invalid', defaultMessage: 'This value is not accepted.' },
});

export function fieldWords(intl: IntlShape, message: string): string {
  const m = message.toLowerCase();
  let match: RegExpMatchArray | null;
  if ((match = message.match(/^"(.+)" belongs to (.+)$/))) return intl.formatMessage(words.aliasOwned, { alias: match[1], owner: match[2] });
  if (m.includes('alpha-2')) return intl.formatMessage(words.alpha2);
  if (m.includes('already used') || m.includes('already taken')) return intl.formatMessage(words.taken);
  if (m.includes('does not exist')) return intl.formatMessage(words.missing);
  if (m.startsWith('unknown code')) return intl.formatMessage(words.unknownCode);
  if ((match = m.match(/longer than or equal to (\d+)/))) return Number(match[1]) <= 1 ? intl.formatMessage(words.required) : intl.formatMessage(words.tooShort, { min: Number(match[1]) });
  if ((match = m.match(/shorter than or equal to (\d+)/))) return intl.formatMessage(words.tooLong, { max: Number(match[1]) });
  if (m.includes('should not be empty') || m.includes('must be a string') || m.includes('must be one of')) return intl.formatMessage(words.required);
  if (m.includes('iso 8601') || m.includes('date string')) return intl.formatMessage(words.date);
  if (m.includes('future')) return intl.formatMessage(words.future);
  if (m.includes('before issuedon')) return intl.formatMessage(words.beforeIssue);
  if ((match = m.match(/at least (\d+) characters/))) return intl.formatMessage(words.tooShort, { min: Number(match[1]) });
  if (m.includes('username') || m.includes('too common') || m.includes('different characters')) return intl.formatMessage(words.password);
  if ((match = m.match(/(?:must be at least|not be less than) (\d+)/))) return intl.formatMessage(words.atLeast, { min: Number(match[1]) });
  if (m.includes('email')) return intl.formatMessage(words.email);
  if (m.startsWith('must be') && (m.includes('letters') || m.includes('digits'))) return intl.formatMessage(words.code);
  return intl.formatMessage(words.invalid);
}

interface FormLike {
  setFieldError(path: string, error: string): void;
}

/**
 * Puts the API's field problems next to the form's inputs (`aliases.0` on `aliases`).
 * Returns false when the error names none of them, for the form to show it whole.
 */
export function showFieldProblems(intl: IntlShape, form: FormLike, fields: readonly string[], error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  let shown = false;
  for (const problem of error.problem.errors ?? []) {
    const field = fields.find((f) => problem.field === f || problem.field.startsWith(`${f}.`));
    if (!field) continue;
    form.setFieldError(field, fieldWords(intl, problem.message));
    shown = true;
  }
  return shown;
}
