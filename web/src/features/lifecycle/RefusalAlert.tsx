import { Alert, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { ProblemAlert, problemOf } from '../../shared/ui/ProblemAlert';
import { eventWord, statusWord } from '../../shared/ui/register-words';
import type { LicenceDto } from './queries';
import { whyWord } from './words';

/**
 * A refusal worded for the officer: an impossible lifecycle step says where the firearm
 * stands, why, and which events are possible now (the API's allowedEvents); a licence
 * refusal names the licence and what to do. Any other problem is the shared alert.
 */
export function RefusalAlert({ error, licence }: { error: unknown; licence?: Pick<LicenceDto, 'number' | 'expiresOn'> | null }) {
  const intl = useIntl();
  const problem = problemOf(error);
  if (!problem) return null;
  const number = licence?.number ?? intl.formatMessage({ id: 'lifecycle.refusal.theLicence', defaultMessage: 'the chosen licence' });
  if (problem.code === 'INVALID_LIFECYCLE_TRANSITION') {
    const allowed = Array.isArray(problem.allowedEvents) ? (problem.allowedEvents as string[]) : [];
    const status = String(problem.currentStatus ?? '');
    return (
      <Alert color="red" role="alert" variant="light" title={intl.formatMessage({ id: 'lifecycle.refusal.title', defaultMessage: '“{event}” was refused' }, { event: eventWord(intl, String(problem.event ?? '')) })}>
        <Text size="sm">
          {intl.formatMessage({ id: 'lifecycle.refusal.status', defaultMessage: 'The firearm is now recorded as {status}.' }, { status: statusWord(intl, status).toLowerCase() })} {whyWord(intl, status)}
        </Text>
        <Text size="sm" mt={4} data-testid="allowed-events">
          {allowed.length > 0
            ? intl.formatMessage({ id: 'lifecycle.refusal.allowed', defaultMessage: 'Events that may be recorded now: {events}.' }, { events: intl.formatList(allowed.map((e) => eventWord(intl, e)), { type: 'conjunction' }) })
            : intl.formatMessage({ id: 'lifecycle.refusal.none', defaultMessage: 'No event may be recorded any more.' })}
        </Text>
      </Alert>
    );
  }
  const licenceWords: Record<string, string | undefined> = {
    LICENCE_EXPIRED: licence
      ? intl.formatMessage({ id: 'lifecycle.refusal.expiredOn', defaultMessage: 'Licence {number} expired on {date}. Choose a licence valid today, or have the holder renew it first.' }, { number, date: intl.formatDate(licence.expiresOn, { dateStyle: 'long', timeZone: 'UTC' }) })
      : intl.formatMessage({ id: 'lifecycle.refusal.expired', defaultMessage: 'The licence has expired. Choose a licence valid today, or have the holder renew it first.' }),
    LICENCE_NOT_VALID: intl.formatMessage({ id: 'lifecycle.refusal.notValid', defaultMessage: 'Licence {number} is not valid today (suspended, revoked, not yet valid, or another holder’s). Choose another licence.' }, { number }),
    LICENCE_DOES_NOT_COVER: intl.formatMessage({ id: 'lifecycle.refusal.notCovering', defaultMessage: 'Licence {number} does not cover this firearm’s category. Choose a licence that covers it.' }, { number }),
  };
  const words = licenceWords[problem.code];
  if (words) {
    return (
      <Alert color="red" role="alert" variant="light" title={intl.formatMessage({ id: 'lifecycle.refusal.licenceTitle', defaultMessage: 'The licence was refused' })}>
        {words}
      </Alert>
    );
  }
  return <ProblemAlert error={error} />;
}
