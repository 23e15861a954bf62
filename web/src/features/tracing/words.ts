import { type IntlShape, type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

/** The words of tracing requests' fixed values (src/modules/tracing/trace-rules.ts), one place for every screen. */
export const directionMessages = defineMessages({
  incoming: { id: 'tracing.direction.incoming', defaultMessage: 'Incoming (asked of us)' },
  outgoing: { id: 'tracing.direction.outgoing', defaultMessage: 'Outgoing (asked by us)' },
});

export const traceStatusMessages = defineMessages({
  draft: { id: 'tracing.status.draft', defaultMessage: 'Draft' },
  sent: { id: 'tracing.status.sent', defaultMessage: 'Sent' },
  acknowledged: { id: 'tracing.status.acknowledged', defaultMessage: 'Acknowledged' },
  answered: { id: 'tracing.status.answered', defaultMessage: 'Answered' },
  closed: { id: 'tracing.status.closed', defaultMessage: 'Closed' },
});

/** An incoming request is "received" rather than "sent" in the officer's words. */
const receivedStatus = defineMessages({ sent: { id: 'tracing.status.received', defaultMessage: 'Received' } });

export const priorityMessages = defineMessages({
  urgent: { id: 'tracing.priority.urgent', defaultMessage: 'Urgent' },
  routine: { id: 'tracing.priority.routine', defaultMessage: 'Routine' },
});

export const outcomeMessages = defineMessages({
  traced_to_last_legal_holder: { id: 'tracing.outcome.traced_to_last_legal_holder', defaultMessage: 'Traced to the last legal holder' },
  traced_to_point_of_diversion: { id: 'tracing.outcome.traced_to_point_of_diversion', defaultMessage: 'Traced to the point of diversion' },
  origin_established_without_trace: { id: 'tracing.outcome.origin_established_without_trace', defaultMessage: 'Origin established without a trace' },
  not_traced: { id: 'tracing.outcome.not_traced', defaultMessage: 'Not traced' },
});

export const confidentialityMessages = defineMessages({
  restricted: { id: 'tracing.confidentiality.restricted', defaultMessage: 'Restricted' },
  confidential: { id: 'tracing.confidentiality.confidential', defaultMessage: 'Confidential' },
  public: { id: 'tracing.confidentiality.public', defaultMessage: 'Public' },
});

export const legibilityMessages = defineMessages({
  intact: { id: 'tracing.legibility.intact', defaultMessage: 'Intact' },
  partial: { id: 'tracing.legibility.partial', defaultMessage: 'Partly legible' },
  altered: { id: 'tracing.legibility.altered', defaultMessage: 'Altered' },
  obliterated: { id: 'tracing.legibility.obliterated', defaultMessage: 'Obliterated' },
});

export const diversionMessages = defineMessages({
  lost: { id: 'tracing.diversion.lost', defaultMessage: 'Reported lost' },
  stolen: { id: 'tracing.diversion.stolen', defaultMessage: 'Reported stolen' },
  last_known_transfer: { id: 'tracing.diversion.last_known_transfer', defaultMessage: 'Last known transfer' },
});

const other = defineMessages({ unknown: { id: 'common.unknownValue', defaultMessage: 'Other ({value})' } });

function wordOf<K extends string>(messages: Record<K, MessageDescriptor & { id: string }>) {
  return (intl: IntlShape, value: string | null | undefined): string =>
    !value ? '' : Object.hasOwn(messages, value) ? intl.formatMessage(messages[value as K] as MessageDescriptor) : intl.formatMessage(other.unknown, { value });
}

export const directionWord = wordOf(directionMessages);
export const priorityWord = wordOf(priorityMessages);
export const outcomeWord = wordOf(outcomeMessages);
export const confidentialityWord = wordOf(confidentialityMessages);
export const legibilityWord = wordOf(legibilityMessages);
export const diversionWord = wordOf(diversionMessages);
export const traceStatusWord = (intl: IntlShape, status: string, direction?: string) =>
  direction === 'incoming' && status === 'sent' ? intl.formatMessage(receivedStatus.sent) : wordOf(traceStatusMessages)(intl, status);

/** Marking kinds the register writes (src/modules/markings), and the one a seizure adds; a kind typed by hand stays as typed. */
const markingTypeMessages = defineMessages({
  manufacture: { id: 'marking.type.manufacture', defaultMessage: 'Manufacture marking' },
  import: { id: 'marking.type.import', defaultMessage: 'Import marking' },
  state_transfer: { id: 'marking.type.state_transfer', defaultMessage: 'State transfer marking' },
  deactivation: { id: 'marking.type.deactivation', defaultMessage: 'Deactivation marking' },
  proof: { id: 'marking.type.proof', defaultMessage: 'Proof mark' },
  other: { id: 'marking.type.other', defaultMessage: 'Other marking' },
  as_read_at_seizure: { id: 'tracing.marking.asReadAtSeizure', defaultMessage: 'As read at the seizure' },
});

export const markingTypeWord = (intl: IntlShape, type: string | null | undefined): string =>
  !type ? '' : Object.hasOwn(markingTypeMessages, type) ? intl.formatMessage(markingTypeMessages[type as keyof typeof markingTypeMessages] as MessageDescriptor) : type;
