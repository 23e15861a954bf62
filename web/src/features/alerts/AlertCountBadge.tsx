import { Badge, VisuallyHidden } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useSession } from '../../app/session/SessionContext';
import { useOpenAlertCount } from './queries';

/** The number of open alerts addressed to the user's agency, beside the inbox's navigation link; nothing when none. */
export function AlertCountBadge() {
  const intl = useIntl();
  const session = useSession();
  const count = useOpenAlertCount(session.status === 'signed_in');
  if (!count.data) return null;
  return (
    <>
      <Badge color="red.9" variant="filled" radius="xl" size="sm" aria-hidden data-testid="alert-count">
        {intl.formatNumber(count.data)}
      </Badge>
      <VisuallyHidden>{intl.formatMessage({ id: 'alerts.badge.count', defaultMessage: '{count, plural, one {# alert to acknowledge} other {# alerts to acknowledge}}' }, { count: count.data })}</VisuallyHidden>
    </>
  );
}
