import { Badge, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { statusWord } from './register-words';

// Lost in a dark orange: Mantine's orange.9 under white text measured below 4.5:1 (axe, firearms list).
const FLAGGED: Record<string, string> = { stolen: 'red.9', lost: '#9c3500' };

/** Stolen and lost stand out (filled, dark enough for white text); other statuses are quiet. */
export function StatusBadge({ status }: { status: string }) {
  const intl = useIntl();
  const flagged = FLAGGED[status];
  return (
    <Badge color={flagged ?? 'gray.7'} variant={flagged ? 'filled' : 'outline'} radius="sm" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
      {statusWord(intl, status)}
    </Badge>
  );
}

export interface HolderSummary {
  id: string;
  kind?: string;
  name?: string | null;
  restricted?: boolean;
}

/** A holder's name, or "restricted" when the role may not see a person's identity. */
export function HolderName({ holder }: { holder: HolderSummary | null | undefined }) {
  const intl = useIntl();
  if (!holder) return <Text span fz="inherit" c="dimmed">{intl.formatMessage({ id: 'holder.none', defaultMessage: 'None recorded' })}</Text>;
  if (holder.restricted || !holder.name) {
    return (
      <Text span fz="inherit" c="dimmed" fs="italic">
        {holder.restricted
          ? intl.formatMessage({ id: 'holder.restricted', defaultMessage: 'Restricted (personal data)' })
          : intl.formatMessage({ id: 'holder.unnamed', defaultMessage: 'Holder without a name on record' })}
      </Text>
    );
  }
  return <Text span fz="inherit">{holder.name}</Text>;
}
