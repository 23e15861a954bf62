import { type IntlShape, type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

/** The words of trade's fixed values (src/modules/transfers), one place for every screen. */
export const kindMessages = defineMessages({
  import: { id: 'trade.kind.import', defaultMessage: 'Import licence' },
  export: { id: 'trade.kind.export', defaultMessage: 'Export licence' },
  transit: { id: 'trade.kind.transit', defaultMessage: 'Transit licence' },
});

export const licenceStatusMessages = defineMessages({
  issued: { id: 'trade.status.issued', defaultMessage: 'Issued' },
  partly_used: { id: 'trade.status.partly_used', defaultMessage: 'Partly used' },
  used: { id: 'trade.status.used', defaultMessage: 'Used' },
  expired: { id: 'trade.status.expired', defaultMessage: 'Expired' },
  revoked: { id: 'trade.status.revoked', defaultMessage: 'Revoked' },
});

export const itemKindMessages = defineMessages({
  firearm: { id: 'trade.itemKind.firearm', defaultMessage: 'Firearm' },
  part: { id: 'trade.itemKind.part', defaultMessage: 'Part' },
  ammunition: { id: 'trade.itemKind.ammunition', defaultMessage: 'Ammunition' },
});

export const partTypeMessages = defineMessages({
  frame_receiver: { id: 'trade.part.frame_receiver', defaultMessage: 'Frame or receiver' },
  barrel: { id: 'trade.part.barrel', defaultMessage: 'Barrel' },
  slide_bolt: { id: 'trade.part.slide_bolt', defaultMessage: 'Slide or bolt' },
  cylinder: { id: 'trade.part.cylinder', defaultMessage: 'Cylinder' },
  other: { id: 'trade.part.other', defaultMessage: 'Other part' },
});

export const shippedStatusMessages = defineMessages({
  received: { id: 'trade.shipped.received', defaultMessage: 'Received' },
  partly_received: { id: 'trade.shipped.partly_received', defaultMessage: 'Partly received' },
  in_transit: { id: 'trade.shipped.in_transit', defaultMessage: 'In transit' },
  lost: { id: 'trade.shipped.lost', defaultMessage: 'Lost in transit' },
});

export const discrepancyMessages = defineMessages({
  missing: { id: 'trade.discrepancy.missing', defaultMessage: 'Shipped, not received' },
  extra: { id: 'trade.discrepancy.extra', defaultMessage: 'Received, not shipped' },
  different_serial: { id: 'trade.discrepancy.different_serial', defaultMessage: 'Serial differs' },
});

const other = defineMessages({ unknown: { id: 'common.unknownValue', defaultMessage: 'Other ({value})' } });

function wordOf<K extends string>(messages: Record<K, MessageDescriptor & { id: string }>) {
  return (intl: IntlShape, value: string | null | undefined): string =>
    !value ? '' : Object.hasOwn(messages, value) ? intl.formatMessage(messages[value as K] as MessageDescriptor) : intl.formatMessage(other.unknown, { value });
}

export const kindWord = wordOf(kindMessages);
export const licenceStatusWord = wordOf(licenceStatusMessages);
export const itemKindWord = wordOf(itemKindMessages);
export const partTypeWord = wordOf(partTypeMessages);
export const shippedStatusWord = wordOf(shippedStatusMessages);
export const discrepancyWord = wordOf(discrepancyMessages);
