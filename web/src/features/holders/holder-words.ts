import type { IntlShape, MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';

export const kindWords = defineMessages({
  person: { id: 'holders.kind.person', defaultMessage: 'Person' },
  organisation: { id: 'holders.kind.organisation', defaultMessage: 'Organisation' },
});

export const organisationTypeWords = defineMessages({
  manufacturer: { id: 'holders.orgType.manufacturer', defaultMessage: 'Manufacturer' },
  dealer: { id: 'holders.orgType.dealer', defaultMessage: 'Dealer' },
  broker: { id: 'holders.orgType.broker', defaultMessage: 'Broker' },
  carrier: { id: 'holders.orgType.carrier', defaultMessage: 'Carrier' },
  state_agency: { id: 'holders.orgType.state_agency', defaultMessage: 'State agency' },
  security_company: { id: 'holders.orgType.security_company', defaultMessage: 'Security company' },
  shooting_club: { id: 'holders.orgType.shooting_club', defaultMessage: 'Shooting club' },
  other: { id: 'holders.orgType.other', defaultMessage: 'Other organisation' },
});

export const sexWords = defineMessages({
  female: { id: 'holders.sex.female', defaultMessage: 'Female' },
  male: { id: 'holders.sex.male', defaultMessage: 'Male' },
  unknown: { id: 'holders.sex.unknown', defaultMessage: 'Not known' },
});

export const licenceKindWords = defineMessages({
  possession: { id: 'licences.kind.possession', defaultMessage: 'Possession' },
  dealer: { id: 'licences.kind.dealer', defaultMessage: 'Dealing' },
  manufacturer: { id: 'licences.kind.manufacturer', defaultMessage: 'Manufacture' },
});

export const licenceStatusWords = defineMessages({
  active: { id: 'licences.status.active', defaultMessage: 'Valid' },
  suspended: { id: 'licences.status.suspended', defaultMessage: 'Suspended' },
  revoked: { id: 'licences.status.revoked', defaultMessage: 'Revoked' },
  expired: { id: 'licences.status.expired', defaultMessage: 'Expired' },
  not_yet_valid: { id: 'licences.status.not_yet_valid', defaultMessage: 'Not yet valid' },
});

export const documentTypeWords = defineMessages({
  national_id_card: { id: 'holders.document.national_id_card', defaultMessage: 'National identity card' },
  passport: { id: 'holders.document.passport', defaultMessage: 'Passport' },
  residence_permit: { id: 'holders.document.residence_permit', defaultMessage: 'Residence permit' },
  other: { id: 'holders.document.other', defaultMessage: 'Other document' },
});

/** A coded value in words; a code the screen does not know is shown as it is. */
export function wordFor(intl: IntlShape, words: Record<string, MessageDescriptor>, value: string | null | undefined): string {
  if (!value) return '';
  return Object.hasOwn(words, value) ? intl.formatMessage(words[value]) : value;
}

export const optionsOf = (intl: IntlShape, words: Record<string, MessageDescriptor>) => Object.entries(words).map(([value, message]) => ({ value, label: intl.formatMessage(message) }));
