import { Alert } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ApiError, type Problem } from '../api/problem';
import { describeProblem } from '../i18n/error-messages';

export function problemOf(error: unknown): Problem | null {
  if (!error) return null;
  return error instanceof ApiError ? error.problem : { status: 0, code: 'INTERNAL_ERROR' };
}

/** An API error in the user's language, announced to screen readers. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const intl = useIntl();
  const problem = problemOf(error);
  if (!problem) return null;
  return (
    <Alert color="red" role="alert" title={title} variant="light">
      {describeProblem(intl, problem)}
      {problem.requestId ? (
        <>
          {' '}
          {intl.formatMessage({ id: 'error.requestId', defaultMessage: '(request {id})' }, { id: String(problem.requestId) })}
        </>
      ) : null}
    </Alert>
  );
}
