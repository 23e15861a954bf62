import type { IntlShape, MessageDescriptor } from 'react-intl';
import { defineMessages } from '../../shared/i18n/messages';
import { eventMessages, statusWord } from '../../shared/ui/register-words';

/** Record types the trail names (recordType of src/modules/*: audit.record calls). */
export const recordTypeMessages = defineMessages({
  firearm: { id: 'audit.recordType.firearm', defaultMessage: 'Firearm' },
  part: { id: 'audit.recordType.part', defaultMessage: 'Part or component' },
  ammunition_lot: { id: 'audit.recordType.ammunition_lot', defaultMessage: 'Ammunition lot' },
  marking: { id: 'audit.recordType.marking', defaultMessage: 'Marking' },
  marking_campaign: { id: 'audit.recordType.marking_campaign', defaultMessage: 'Marking campaign' },
  holder: { id: 'audit.recordType.holder', defaultMessage: 'Holder' },
  holder_list: { id: 'audit.recordType.holder_list', defaultMessage: 'Holder search' },
  licence: { id: 'audit.recordType.licence', defaultMessage: 'Licence' },
  seizure: { id: 'audit.recordType.seizure', defaultMessage: 'Seizure' },
  seizure_item: { id: 'audit.recordType.seizure_item', defaultMessage: 'Seized item' },
  storage_facility: { id: 'audit.recordType.storage_facility', defaultMessage: 'Storage facility' },
  hit_alert: { id: 'audit.recordType.hit_alert', defaultMessage: 'Hit alert' },
  trace_request: { id: 'audit.recordType.trace_request', defaultMessage: 'Tracing request' },
  trace_item_outcome: { id: 'audit.recordType.trace_item_outcome', defaultMessage: 'Tracing outcome' },
  trace_query: { id: 'audit.recordType.trace_query', defaultMessage: 'Trace search' },
  trade_licence: { id: 'audit.recordType.trade_licence', defaultMessage: 'Trade licence' },
  trade_shipment: { id: 'audit.recordType.trade_shipment', defaultMessage: 'Shipment' },
  domestic_transfer: { id: 'audit.recordType.domestic_transfer', defaultMessage: 'Domestic transfer' },
  import: { id: 'audit.recordType.import', defaultMessage: 'Import' },
  user: { id: 'audit.recordType.user', defaultMessage: 'User' },
  agency: { id: 'audit.recordType.agency', defaultMessage: 'Agency' },
  manufacturer: { id: 'audit.recordType.manufacturer', defaultMessage: 'Manufacturer' },
  calibre: { id: 'audit.recordType.calibre', defaultMessage: 'Calibre' },
  value_list: { id: 'audit.recordType.value_list', defaultMessage: 'Reference list' },
  retention_setting: { id: 'audit.recordType.retention_setting', defaultMessage: 'Retention period' },
  sign_in_attempt: { id: 'audit.recordType.sign_in_attempt', defaultMessage: 'Sign-in attempt' },
  audit_read: { id: 'audit.recordType.audit_read', defaultMessage: 'Reading of the trail' },
  audit_verification: { id: 'audit.recordType.audit_verification', defaultMessage: 'Trail verification' },
});
export const RECORD_TYPES = Object.keys(recordTypeMessages) as (keyof typeof recordTypeMessages)[];

/** Actions other than lifecycle events (those are worded by register-words' eventMessages). */
export const actionMessages = defineMessages({
  created: { id: 'audit.action.created', defaultMessage: 'Created' },
  updated: { id: 'audit.action.updated', defaultMessage: 'Changed' },
  corrected: { id: 'audit.action.corrected', defaultMessage: 'Corrected' },
  viewed: { id: 'audit.action.viewed', defaultMessage: 'Viewed' },
  listed: { id: 'audit.action.listed', defaultMessage: 'Listed' },
  searched: { id: 'audit.action.searched', defaultMessage: 'Searched' },
  issued: { id: 'audit.action.issued', defaultMessage: 'Issued' },
  suspended: { id: 'audit.action.suspended', defaultMessage: 'Suspended' },
  reinstated: { id: 'audit.action.reinstated', defaultMessage: 'Reinstated' },
  revoked: { id: 'audit.action.revoked', defaultMessage: 'Revoked' },
  firearm_covered: { id: 'audit.action.firearm_covered', defaultMessage: 'Firearm added to the licence' },
  sent: { id: 'audit.action.sent', defaultMessage: 'Sent' },
  acknowledged: { id: 'audit.action.acknowledged', defaultMessage: 'Acknowledged' },
  matched: { id: 'audit.action.matched', defaultMessage: 'Matched to the register' },
  answered: { id: 'audit.action.answered', defaultMessage: 'Answered' },
  closed: { id: 'audit.action.closed', defaultMessage: 'Closed' },
  reply_recorded: { id: 'audit.action.reply_recorded', defaultMessage: 'Reply recorded' },
  recorded: { id: 'audit.action.recorded', defaultMessage: 'Recorded' },
  changed: { id: 'audit.action.changed', defaultMessage: 'Changed' },
  item_added: { id: 'audit.action.item_added', defaultMessage: 'Item added' },
  person_added: { id: 'audit.action.person_added', defaultMessage: 'Person added' },
  custody_step: { id: 'audit.action.custody_step', defaultMessage: 'Custody step' },
  disposed: { id: 'audit.action.disposed', defaultMessage: 'Disposed of' },
  raised: { id: 'audit.action.raised', defaultMessage: 'Alert raised' },
  shipped: { id: 'audit.action.shipped', defaultMessage: 'Shipped' },
  received: { id: 'audit.action.received', defaultMessage: 'Received' },
  delivery_confirmed: { id: 'audit.action.delivery_confirmed', defaultMessage: 'Delivery confirmed' },
  item_lost: { id: 'audit.action.item_lost', defaultMessage: 'Item lost in transit' },
  cancelled: { id: 'audit.action.cancelled', defaultMessage: 'Cancelled' },
  completed: { id: 'audit.action.completed', defaultMessage: 'Completed' },
  resumed: { id: 'audit.action.resumed', defaultMessage: 'Resumed' },
  markings_added: { id: 'audit.action.markings_added', defaultMessage: 'Markings added' },
  imported: { id: 'audit.action.imported', defaultMessage: 'Imported' },
  make_resolved: { id: 'audit.action.make_resolved', defaultMessage: 'Make resolved' },
  aliases_added: { id: 'audit.action.aliases_added', defaultMessage: 'Spellings added' },
  signed_in: { id: 'audit.action.signed_in', defaultMessage: 'Signed in' },
  signed_out: { id: 'audit.action.signed_out', defaultMessage: 'Signed out' },
  sign_in_failed: { id: 'audit.action.sign_in_failed', defaultMessage: 'Sign-in failed' },
  sign_in_refused: { id: 'audit.action.sign_in_refused', defaultMessage: 'Sign-in refused' },
  locked_out: { id: 'audit.action.locked_out', defaultMessage: 'Locked out' },
  password_changed: { id: 'audit.action.password_changed', defaultMessage: 'Password changed' },
  password_reset: { id: 'audit.action.password_reset', defaultMessage: 'Password reset' },
  session_revoked: { id: 'audit.action.session_revoked', defaultMessage: 'Session ended' },
  disabled: { id: 'audit.action.disabled', defaultMessage: 'Disabled' },
  enabled: { id: 'audit.action.enabled', defaultMessage: 'Enabled' },
  roles: { id: 'audit.action.roles', defaultMessage: 'Roles changed' },
  entries_about_persons_read: { id: 'audit.action.entries_about_persons_read', defaultMessage: 'Entries about persons read' },
  proof_about_person_read: { id: 'audit.action.proof_about_person_read', defaultMessage: 'Proof about a person read' },
});

/** Field names as the register's screens call them; a field not listed shows its code. */
export const fieldMessages = defineMessages({
  itemKind: { id: 'audit.field.itemKind', defaultMessage: 'Kind of item' },
  partType: { id: 'audit.field.partType', defaultMessage: 'Part type' },
  parentFirearmId: { id: 'audit.field.parentFirearmId', defaultMessage: 'Firearm it belongs to' },
  categoryCode: { id: 'audit.field.categoryCode', defaultMessage: 'Category' },
  category: { id: 'audit.field.category', defaultMessage: 'Category' },
  actionCode: { id: 'audit.field.actionCode', defaultMessage: 'Action' },
  makeText: { id: 'audit.field.makeText', defaultMessage: 'Make (as written)' },
  make: { id: 'audit.field.make', defaultMessage: 'Make' },
  manufacturerCode: { id: 'audit.field.manufacturerCode', defaultMessage: 'Manufacturer' },
  model: { id: 'audit.field.model', defaultMessage: 'Model' },
  calibreText: { id: 'audit.field.calibreText', defaultMessage: 'Calibre (as written)' },
  calibreCode: { id: 'audit.field.calibreCode', defaultMessage: 'Calibre' },
  calibre: { id: 'audit.field.calibre', defaultMessage: 'Calibre' },
  serialRaw: { id: 'audit.field.serialRaw', defaultMessage: 'Serial number' },
  serialNumber: { id: 'audit.field.serialNumber', defaultMessage: 'Serial number' },
  countryOfManufacture: { id: 'audit.field.countryOfManufacture', defaultMessage: 'Country of manufacture' },
  yearOfManufacture: { id: 'audit.field.yearOfManufacture', defaultMessage: 'Year of manufacture' },
  barrelLengthMm: { id: 'audit.field.barrelLengthMm', defaultMessage: 'Barrel length (mm)' },
  origin: { id: 'audit.field.origin', defaultMessage: 'Origin' },
  description: { id: 'audit.field.description', defaultMessage: 'Description' },
  status: { id: 'audit.field.status', defaultMessage: 'Status' },
  state: { id: 'audit.field.state', defaultMessage: 'State' },
  holderId: { id: 'audit.field.holderId', defaultMessage: 'Holder' },
  initialEvent: { id: 'audit.field.initialEvent', defaultMessage: 'First event' },
  eventId: { id: 'audit.field.eventId', defaultMessage: 'Event' },
  occurredOn: { id: 'audit.field.occurredOn', defaultMessage: 'Date' },
  mergedIntoId: { id: 'audit.field.mergedIntoId', defaultMessage: 'Merged into' },
  duplicateId: { id: 'audit.field.duplicateId', defaultMessage: 'Duplicate record' },
  kind: { id: 'audit.field.kind', defaultMessage: 'Kind' },
  familyName: { id: 'audit.field.familyName', defaultMessage: 'Family name' },
  givenNames: { id: 'audit.field.givenNames', defaultMessage: 'Given names' },
  birthDate: { id: 'audit.field.birthDate', defaultMessage: 'Date of birth' },
  sex: { id: 'audit.field.sex', defaultMessage: 'Sex' },
  age: { id: 'audit.field.age', defaultMessage: 'Age' },
  birthYear: { id: 'audit.field.birthYear', defaultMessage: 'Year of birth' },
  nationality: { id: 'audit.field.nationality', defaultMessage: 'Nationality' },
  idDocumentType: { id: 'audit.field.idDocumentType', defaultMessage: 'Identity document' },
  idDocumentNumber: { id: 'audit.field.idDocumentNumber', defaultMessage: 'Document number' },
  idDocumentCountry: { id: 'audit.field.idDocumentCountry', defaultMessage: 'Document issued by' },
  legalName: { id: 'audit.field.legalName', defaultMessage: 'Legal name' },
  organisationType: { id: 'audit.field.organisationType', defaultMessage: 'Type of organisation' },
  registrationNumber: { id: 'audit.field.registrationNumber', defaultMessage: 'Registration number' },
  country: { id: 'audit.field.country', defaultMessage: 'Country' },
  address: { id: 'audit.field.address', defaultMessage: 'Address' },
  phone: { id: 'audit.field.phone', defaultMessage: 'Telephone' },
  notes: { id: 'audit.field.notes', defaultMessage: 'Notes' },
  criteria: { id: 'audit.field.criteria', defaultMessage: 'Search criteria' },
  q: { id: 'audit.field.q', defaultMessage: 'Searched for' },
  documentNumber: { id: 'audit.field.documentNumber', defaultMessage: 'Document number searched' },
  number: { id: 'audit.field.number', defaultMessage: 'Number' },
  issuedOn: { id: 'audit.field.issuedOn', defaultMessage: 'Issued on' },
  expiresOn: { id: 'audit.field.expiresOn', defaultMessage: 'Expires on' },
  reference: { id: 'audit.field.reference', defaultMessage: 'Reference' },
  outcome: { id: 'audit.field.outcome', defaultMessage: 'Outcome' },
  name: { id: 'audit.field.name', defaultMessage: 'Name' },
  roles: { id: 'audit.field.roles', defaultMessage: 'Roles' },
  agencyId: { id: 'audit.field.agencyId', defaultMessage: 'Agency' },
});

const other = defineMessages({
  unknown: { id: 'audit.word.other', defaultMessage: 'Other ({value})' },
  restricted: { id: 'audit.word.restricted', defaultMessage: 'Restricted' },
  none: { id: 'audit.word.none', defaultMessage: 'none' },
  yes: { id: 'audit.word.yes', defaultMessage: 'yes' },
  no: { id: 'audit.word.no', defaultMessage: 'no' },
});

const has = <K extends string>(messages: Record<K, MessageDescriptor>, key: string): key is K => Object.hasOwn(messages, key);

export function recordTypeWord(intl: IntlShape, type: string): string {
  return has(recordTypeMessages, type) ? intl.formatMessage(recordTypeMessages[type]) : intl.formatMessage(other.unknown, { value: type });
}

export function actionWord(intl: IntlShape, action: string): string {
  if (has(actionMessages, action)) return intl.formatMessage(actionMessages[action]);
  if (has(eventMessages, action)) return intl.formatMessage(eventMessages[action]);
  return intl.formatMessage(other.unknown, { value: action });
}

/** Every action the search offers, in the user's words. */
export function actionOptions(intl: IntlShape): { value: string; label: string }[] {
  const codes = [...new Set([...Object.keys(actionMessages), ...Object.keys(eventMessages)])];
  return codes.map((value) => ({ value, label: actionWord(intl, value) })).sort((a, b) => a.label.localeCompare(b.label, intl.locale));
}

/** A field's name; a field the screens never show keeps its code. */
export function fieldWord(intl: IntlShape, field: string): string {
  return has(fieldMessages, field) ? intl.formatMessage(fieldMessages[field]) : field;
}

export const REDACTED = '[redacted]';

/** A value as a reader understands it: codes of statuses in words, nothing as "none", a person's data as "Restricted". */
export function valueWord(intl: IntlShape, field: string, value: unknown): string {
  if (value === REDACTED) return intl.formatMessage(other.restricted);
  if (value === null || value === undefined || value === '') return intl.formatMessage(other.none);
  if (typeof value === 'boolean') return intl.formatMessage(value ? other.yes : other.no);
  // Years, quantities and ids alike: no grouping (2013, not 2,013).
  if (typeof value === 'number') return intl.formatNumber(value, { useGrouping: false });
  if (typeof value === 'string') {
    if (field === 'status') return statusWord(intl, value);
    if (field === 'initialEvent' && has(eventMessages, value)) return intl.formatMessage(eventMessages[value]);
    return value;
  }
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null) ? value.map((v) => valueWord(intl, field, v)).join(', ') : JSON.stringify(value);
  return JSON.stringify(value);
}

export const restrictedWord = (intl: IntlShape) => intl.formatMessage(other.restricted);
