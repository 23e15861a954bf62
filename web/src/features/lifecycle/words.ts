import type { IntlShape } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';
import type { LifecycleEvent } from './queries';

/** The button that opens each event's form: what the officer does. */
export const actionMessages = defineMessages({
  manufactured: { id: 'lifecycle.action.manufactured', defaultMessage: 'Record the manufacture' },
  imported: { id: 'lifecycle.action.imported', defaultMessage: 'Record an import' },
  registered: { id: 'lifecycle.action.registered', defaultMessage: 'Register' },
  licensed: { id: 'lifecycle.action.licensed', defaultMessage: 'License to a holder' },
  transferred: { id: 'lifecycle.action.transferred', defaultMessage: 'Transfer to a holder' },
  exported: { id: 'lifecycle.action.exported', defaultMessage: 'Record the export' },
  in_transit: { id: 'lifecycle.action.in_transit', defaultMessage: 'Put in transit' },
  reported_lost: { id: 'lifecycle.action.reported_lost', defaultMessage: 'Report it lost' },
  reported_stolen: { id: 'lifecycle.action.reported_stolen', defaultMessage: 'Report it stolen' },
  found: { id: 'lifecycle.action.found', defaultMessage: 'Record it found' },
  surrendered: { id: 'lifecycle.action.surrendered', defaultMessage: 'Record its surrender' },
  seized: { id: 'lifecycle.action.seized', defaultMessage: 'Record its seizure' },
  confiscated: { id: 'lifecycle.action.confiscated', defaultMessage: 'Record its confiscation' },
  taken_into_custody: { id: 'lifecycle.action.taken_into_custody', defaultMessage: 'Take into custody' },
  released: { id: 'lifecycle.action.released', defaultMessage: 'Release to its holder' },
  deactivated: { id: 'lifecycle.action.deactivated', defaultMessage: 'Record its deactivation' },
  destroyed: { id: 'lifecycle.action.destroyed', defaultMessage: 'Record its destruction' },
});

export const actionWord = (intl: IntlShape, type: string) => (Object.hasOwn(actionMessages, type) ? intl.formatMessage(actionMessages[type as LifecycleEvent]) : type);

/** Why a status refuses an event (STATUS_EXPLANATION in src/modules/firearms/lifecycle.ts), in the user's language. */
export const whyMessages = defineMessages({
  manufactured: { id: 'lifecycle.why.manufactured', defaultMessage: 'It must first be registered, or handed over to the authorities.' },
  imported: { id: 'lifecycle.why.imported', defaultMessage: 'It must first be registered, or handed over to the authorities.' },
  registered: { id: 'lifecycle.why.registered', defaultMessage: 'That step does not apply to a firearm in lawful holding.' },
  in_transit: { id: 'lifecycle.why.in_transit', defaultMessage: 'It must first arrive (imported) or leave the country (exported), or be recovered.' },
  exported: { id: 'lifecycle.why.exported', defaultMessage: 'It has left the country and must be re-imported or recovered here first.' },
  lost: { id: 'lifecycle.why.lost', defaultMessage: 'It must first be recovered (found, surrendered or seized).' },
  stolen: { id: 'lifecycle.why.stolen', defaultMessage: 'It must first be recovered (found, surrendered or seized); a theft is never downgraded to a loss.' },
  found: { id: 'lifecycle.why.found', defaultMessage: 'It is held by the authorities and must be released to its lawful holder first.' },
  surrendered: { id: 'lifecycle.why.surrendered', defaultMessage: 'It is held by the authorities and must be released to its lawful holder first.' },
  seized: { id: 'lifecycle.why.seized', defaultMessage: 'It is held by the authorities and must be released to its lawful holder first.' },
  confiscated: { id: 'lifecycle.why.confiscated', defaultMessage: 'It is held by the authorities and must be released to its lawful holder first.' },
  in_custody: { id: 'lifecycle.why.in_custody', defaultMessage: 'It is held by the authorities and must be released to its lawful holder first.' },
  deactivated: { id: 'lifecycle.why.deactivated', defaultMessage: 'It is permanently inoperable: only its transfer as a deactivated item, its loss, theft or recovery, or its destruction can follow.' },
  destroyed: { id: 'lifecycle.why.destroyed', defaultMessage: 'Destruction is final: nothing can follow it.' },
});

export const whyWord = (intl: IntlShape, status: string) => (Object.hasOwn(whyMessages, status) ? intl.formatMessage(whyMessages[status as keyof typeof whyMessages]) : '');
