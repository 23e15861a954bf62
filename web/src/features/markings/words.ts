import { type IntlShape, type MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

/** MARKING_TYPES in src/modules/markings/marking.entities.ts (the record screen's words). */
export const markingTypeWords = defineMessages({
  manufacture: { id: 'marking.type.manufacture', defaultMessage: 'Manufacture marking' },
  import: { id: 'marking.type.import', defaultMessage: 'Import marking' },
  state_transfer: { id: 'marking.type.state_transfer', defaultMessage: 'State transfer marking' },
  deactivation: { id: 'marking.type.deactivation', defaultMessage: 'Deactivation marking' },
  proof: { id: 'marking.type.proof', defaultMessage: 'Proof mark' },
  other: { id: 'marking.type.other', defaultMessage: 'Other marking' },
});

/** MARKING_METHODS. */
export const methodWords = defineMessages({
  stamped: { id: 'markings.method.stamped', defaultMessage: 'Stamped' },
  engraved: { id: 'markings.method.engraved', defaultMessage: 'Engraved' },
  laser: { id: 'markings.method.laser', defaultMessage: 'Laser' },
  cast: { id: 'markings.method.cast', defaultMessage: 'Cast' },
  other: { id: 'markings.method.other', defaultMessage: 'Other method' },
});

/** LEGIBILITIES. */
export const legibilityWords = defineMessages({
  intact: { id: 'markings.legibility.intact', defaultMessage: 'Intact' },
  partial: { id: 'markings.legibility.partial', defaultMessage: 'Partly legible' },
  altered: { id: 'markings.legibility.altered', defaultMessage: 'Altered' },
  obliterated: { id: 'markings.legibility.obliterated', defaultMessage: 'Obliterated' },
});

export function wordOf(words: Record<string, MessageDescriptor>) {
  return (intl: IntlShape, value: string | null | undefined) => (value && Object.hasOwn(words, value) ? intl.formatMessage(words[value]) : (value ?? ''));
}

export const markingTypeWord = wordOf(markingTypeWords);
export const methodWord = wordOf(methodWords);
export const legibilityWord = wordOf(legibilityWords);
