import { type IntlShape, type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../i18n/messages';

/** Firearm statuses (FIREARM_STATUSES in src/modules/firearms/lifecycle.ts). */
export const statusMessages = defineMessages({
  manufactured: { id: 'status.manufactured', defaultMessage: 'Manufactured' },
  imported: { id: 'status.imported', defaultMessage: 'Imported' },
  registered: { id: 'status.registered', defaultMessage: 'Registered' },
  in_transit: { id: 'status.in_transit', defaultMessage: 'In transit' },
  exported: { id: 'status.exported', defaultMessage: 'Exported' },
  lost: { id: 'status.lost', defaultMessage: 'Lost' },
  stolen: { id: 'status.stolen', defaultMessage: 'Stolen' },
  found: { id: 'status.found', defaultMessage: 'Found' },
  surrendered: { id: 'status.surrendered', defaultMessage: 'Surrendered' },
  seized: { id: 'status.seized', defaultMessage: 'Seized' },
  confiscated: { id: 'status.confiscated', defaultMessage: 'Confiscated' },
  in_custody: { id: 'status.in_custody', defaultMessage: 'In custody' },
  deactivated: { id: 'status.deactivated', defaultMessage: 'Deactivated' },
  destroyed: { id: 'status.destroyed', defaultMessage: 'Destroyed' },
});
export const FIREARM_STATUSES = Object.keys(statusMessages) as (keyof typeof statusMessages)[];

/** Lifecycle events (LIFECYCLE_EVENT_TYPES in src/modules/firearms/lifecycle.ts), plus corrections and merges. */
export const eventMessages = defineMessages({
  manufactured: { id: 'event.manufactured', defaultMessage: 'Manufactured' },
  imported: { id: 'event.imported', defaultMessage: 'Imported' },
  registered: { id: 'event.registered', defaultMessage: 'Registered' },
  licensed: { id: 'event.licensed', defaultMessage: 'Licensed' },
  transferred: { id: 'event.transferred', defaultMessage: 'Transferred' },
  exported: { id: 'event.exported', defaultMessage: 'Exported' },
  in_transit: { id: 'event.in_transit', defaultMessage: 'In transit' },
  reported_lost: { id: 'event.reported_lost', defaultMessage: 'Reported lost' },
  reported_stolen: { id: 'event.reported_stolen', defaultMessage: 'Reported stolen' },
  found: { id: 'event.found', defaultMessage: 'Found' },
  surrendered: { id: 'event.surrendered', defaultMessage: 'Surrendered' },
  seized: { id: 'event.seized', defaultMessage: 'Seized' },
  confiscated: { id: 'event.confiscated', defaultMessage: 'Confiscated' },
  taken_into_custody: { id: 'event.taken_into_custody', defaultMessage: 'Taken into custody' },
  released: { id: 'event.released', defaultMessage: 'Released' },
  deactivated: { id: 'event.deactivated', defaultMessage: 'Deactivated' },
  destroyed: { id: 'event.destroyed', defaultMessage: 'Destroyed' },
  corrected: { id: 'event.corrected', defaultMessage: 'Record corrected' },
  merged: { id: 'event.merged', defaultMessage: 'Duplicate record merged in' },
  merged_into: { id: 'event.merged_into', defaultMessage: 'Merged into another record' },
});

const other = defineMessages({ unknown: { id: 'common.unknownValue', defaultMessage: 'Other ({value})' } });

function wordOf<K extends string>(messages: Record<K, { id: string; defaultMessage: string }>) {
  return (intl: IntlShape, value: string | null | undefined): string =>
    !value ? '' : Object.hasOwn(messages, value) ? intl.formatMessage(messages[value as K] as MessageDescriptor) : intl.formatMessage(other.unknown, { value });
}

export const statusWord = wordOf(statusMessages);
export const eventWord = wordOf(eventMessages);
