import type { IntlShape } from 'react-intl';
import type { Problem } from '../../shared/api/problem';
import { describeProblem } from '../../shared/i18n/error-messages';

/** A field's error in the user's language: the specific wording where the code names one, else the code's message. */
export function fieldProblemMessage(intl: IntlShape, problem: Problem, field: string): string {
  if (problem.code === 'INVALID_CREDENTIALS' && field === 'currentPassword') {
    return intl.formatMessage({ id: 'password.current.wrong', defaultMessage: 'The current password is wrong.' });
  }
  return describeProblem(intl, problem);
}
