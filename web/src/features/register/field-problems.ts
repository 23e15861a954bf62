import type { IntlShape } from 'react-intl';
import { ApiError } from '../../shared/api/problem';
import { defineMessages } from '../../shared/i18n/messages';
import { fieldWords } from '../../shared/ui/field-words';

const words = defineMessages({
  afterThisYear: { id: 'register.problem.afterThisYear', defaultMessage: 'Cannot be after this year.' },
  required: { id: 'register.problem.required', defaultMessage: 'Required.' },
  intactImport: { id: 'register.problem.intactImport', defaultMessage: 'Required on an intact import marking (importing country and year, Firearms Protocol art. 8).' },
  range: { id: 'register.problem.range', defaultMessage: 'Out of the accepted range.' },
  number: { id: 'register.problem.number', defaultMessage: 'Enter a number.' },
});

/** The registration and marking rules' wordings first, then the shared ones (shared/ui/field-words.ts). */
export function registerFieldWords(intl: IntlShape, message: string): string {
  const m = message.toLowerCase();
  if (m.includes('after the current year')) return intl.formatMessage(words.afterThisYear);
  if (m.includes('intact import marking')) return intl.formatMessage(words.intactImport);
  if (m.includes('is required')) return intl.formatMessage(words.required);
  if (m.includes('must not be greater than')) return intl.formatMessage(words.range);
  if (m.includes('must be an integer') || m.includes('must be a number') || m.includes('conforming to the specified constraints')) return intl.formatMessage(words.number);
  return fieldWords(intl, message);
}

/**
 * Puts the API's field problems next to their inputs (the API's field name renamed to
 * the form's); false when none names an input of this form, for the form to show it whole.
 */
export function showProblems(intl: IntlShape, form: { setFieldError(path: string, error: string): void }, error: unknown, fields: readonly string[], rename: (f: string) => string = (f) => f): boolean {
  if (!(error instanceof ApiError)) return false;
  let shown = false;
  for (const problem of error.problem.errors ?? []) {
    const field = rename(problem.field);
    if (!fields.includes(field)) continue;
    form.setFieldError(field, registerFieldWords(intl, problem.message));
    shown = true;
  }
  return shown;
}
