import { type IntlShape, type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

/** PART_TYPES in src/modules/firearms/firearm.entities.ts. */
export const partTypeWords = defineMessages({
  frame_receiver: { id: 'register.partType.frame_receiver', defaultMessage: 'Frame or receiver' },
  barrel: { id: 'register.partType.barrel', defaultMessage: 'Barrel' },
  slide_bolt: { id: 'register.partType.slide_bolt', defaultMessage: 'Slide or bolt' },
  cylinder: { id: 'register.partType.cylinder', defaultMessage: 'Cylinder' },
  other: { id: 'register.partType.other', defaultMessage: 'Other part' },
});

/** ORIGINS in src/modules/firearms/firearm.entities.ts. */
export const originWords = defineMessages({
  industrial: { id: 'register.origin.industrial', defaultMessage: 'Industrial' },
  craft_made: { id: 'register.origin.craft_made', defaultMessage: 'Craft-made' },
  '3d_printed': { id: 'register.origin.3d_printed', defaultMessage: '3D-printed' },
  converted: { id: 'register.origin.converted', defaultMessage: 'Converted' },
  reactivated: { id: 'register.origin.reactivated', defaultMessage: 'Reactivated' },
  unknown: { id: 'register.origin.unknown', defaultMessage: 'Unknown' },
});

/** INITIAL_EVENTS in src/modules/firearms/dto/firearm.dto.ts: how a record may start. */
export const INITIAL_EVENTS = ['registered', 'manufactured', 'imported', 'found', 'surrendered', 'seized'] as const;

export function optionsOf(intl: IntlShape, words: Record<string, MessageDescriptor>) {
  return Object.entries(words).map(([value, message]) => ({ value, label: intl.formatMessage(message) }));
}
