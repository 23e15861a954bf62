import type { IntlShape } from 'react-intl';
import { ApiError } from '../../shared/api/problem';
import { defineMessages } from '../../shared/i18n/messages';

const m = defineMessages({
  required: { id: 'form.problem.required', defaultMessage: 'Required.' },
  country: { id: 'form.problem.country', defaultMessage: 'Choose a country from the list.' },
  date: { id: 'form.problem.date', defaultMessage: 'Enter a valid date.' },
  future: { id: 'form.problem.future', defaultMessage: 'Cannot be in the future.' },
  tooLong: { id: 'form.problem.tooLong', defaultMessage: 'Too long.' },
  tooShort: { id: 'form.problem.tooShort', defaultMessage: 'Too short.' },
  number: { id: 'form.problem.number', defaultMessage: 'Enter a whole number in the allowed range.' },
  before: { id: 'form.problem.before', defaultMessage: 'Cannot be before the date it follows.' },
  taken: { id: 'form.problem.taken', defaultMessage: 'Already used.' },
  sendTo: { id: 'form.problem.sendTo', defaultMessage: 'Name the requested state or manufacturer before sending.' },
  other: { id: 'form.problem.other', defaultMessage: 'This value is not accepted.' },
});

/**
 * The API words a field's problem in English (class-validator and the services); the
 * screen says it in the user's language by its kind. Unknown wordings get the generic one.
 */
export function fieldProblemWords(intl: IntlShape, message: string): string {
  const rules: [RegExp, keyof typeof m][] = [
    [/name the requested state/i, 'sendTo'],
    [/required|should not be empty|must be a string|give the holderId or the name/i, 'required'],
    [/alpha-2|ISO 3166/i, 'country'],
    [/in the future/i, 'future'],
    [/before|after the/i, 'before'],
    [/ISO 8601|valid date/i, 'date'],
    [/longer than or equal|at least/i, 'tooShort'],
    [/shorter than or equal|too long/i, 'tooLong'],
    [/integer|number|must not be (greater|less)/i, 'number'],
    [/already used|exists already|taken/i, 'taken'],
  ];
  const rule = rules.find(([pattern]) => pattern.test(message));
  return intl.formatMessage(m[rule ? rule[1] : 'other']);
}

/** An API refusal's field problems as form errors: `items[0].serial` becomes `items.0.serial`, worded for the user. */
export function formErrorsOf(intl: IntlShape, error: unknown, rename: (field: string) => string = (f) => f): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const problem of error.problem.errors ?? []) {
    const field = rename(problem.field.replace(/\[(\d+)\]/g, '.$1'));
    errors[field] ??= fieldProblemWords(intl, problem.message);
  }
  return errors;
}
