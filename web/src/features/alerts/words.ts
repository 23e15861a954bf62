import type { IntlShape } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

/** The seizure types (SEIZURE_TYPES in src/modules/seizures/seizure.entities.ts): how the firearm came back. */
const seizureTypeMessages = defineMessages({
  seized: { id: 'alerts.seizureType.seized', defaultMessage: 'Seizure' },
  found: { id: 'alerts.seizureType.found', defaultMessage: 'Find' },
  surrendered: { id: 'alerts.seizureType.surrendered', defaultMessage: 'Surrender' },
});

export const seizureTypeWord = (intl: IntlShape, type: string) => (Object.hasOwn(seizureTypeMessages, type) ? intl.formatMessage(seizureTypeMessages[type as keyof typeof seizureTypeMessages]) : type);

/** What was reported before it resurfaced (the alert's statusBefore). */
export const reportedMessages = defineMessages({
  stolen: { id: 'alerts.reported.stolen', defaultMessage: 'Reported stolen' },
  lost: { id: 'alerts.reported.lost', defaultMessage: 'Reported lost' },
});
