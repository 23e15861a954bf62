import { Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { HolderDto } from './queries';

/** A holder's name as a reader may see it: a person without personal-data access is "restricted". */
export function holderName(holder: Pick<HolderDto, 'kind' | 'legalName' | 'familyName' | 'givenNames' | 'restricted'>): string | null {
  if (holder.kind === 'organisation') return holder.legalName ?? null;
  if (holder.restricted) return null;
  return [holder.givenNames, holder.familyName].filter(Boolean).join(' ') || null;
}

export function HolderTitle({ holder }: { holder: Pick<HolderDto, 'kind' | 'legalName' | 'familyName' | 'givenNames' | 'restricted'> }) {
  const intl = useIntl();
  const name = holderName(holder);
  if (name) return <>{name}</>;
  return (
    <Text span fz="inherit" fs="italic">
      {holder.restricted
        ? intl.formatMessage({ id: 'holder.restricted', defaultMessage: 'Restricted (personal data)' })
        : intl.formatMessage({ id: 'holder.unnamed', defaultMessage: 'Holder without a name on record' })}
    </Text>
  );
}
