import type { LicenceDto, LifecycleEvent, RecordEventBody } from './queries';

/**
 * Which facts each lifecycle event asks for, mirroring src/modules/firearms/event-rules.ts:
 * licensed and transferred name the receiving holder and their licence; registration and
 * release may name one; export and import a country; deactivation its certificate and
 * verifying authority (Firearms Protocol art. 9); destruction its method, place and
 * witnesses (art. 6). Every event has a date, a place and notes.
 */
export type EventFormKind = 'holder' | 'optionalHolder' | 'country' | 'deactivation' | 'destruction' | 'plain';

const KINDS: Partial<Record<LifecycleEvent, EventFormKind>> = {
  licensed: 'holder',
  transferred: 'holder',
  registered: 'optionalHolder',
  released: 'optionalHolder',
  exported: 'country',
  imported: 'country',
  deactivated: 'deactivation',
  destroyed: 'destruction',
};

export const formKindOf = (type: LifecycleEvent): EventFormKind => KINDS[type] ?? 'plain';

export interface EventFormValues {
  occurredOn: string;
  place: string;
  notes: string;
  referenceDocument: string;
  holderId: string | null;
  licenceId: string | null;
  country: string | null;
  certificateNumber: string;
  verifyingAuthority: string;
  method: string;
  witnesses: string;
}

export const emptyEventForm = (today: string): EventFormValues => ({
  occurredOn: today,
  place: '',
  notes: '',
  referenceDocument: '',
  holderId: null,
  licenceId: null,
  country: null,
  certificateNumber: '',
  verifyingAuthority: '',
  method: '',
  witnesses: '',
});

/** One witness per line, blank lines dropped. */
export const witnessesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean);

/** The request body: only the facts the event carries (the API refuses a holder on a theft report). */
export function eventBody(type: LifecycleEvent, v: EventFormValues): RecordEventBody {
  const kind = formKindOf(type);
  const details: Record<string, unknown> = {};
  if (kind === 'country' && v.country) details.country = v.country;
  if (kind === 'deactivation') Object.assign(details, { certificateNumber: v.certificateNumber.trim(), verifyingAuthority: v.verifyingAuthority.trim() });
  if (kind === 'destruction') Object.assign(details, { method: v.method.trim(), witnesses: witnessesOf(v.witnesses) });
  const withHolder = kind === 'holder' || kind === 'optionalHolder';
  return {
    type,
    ...(v.occurredOn ? { occurredOn: v.occurredOn } : {}),
    ...(v.place.trim() ? { place: v.place.trim() } : {}),
    ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
    ...(v.referenceDocument.trim() ? { referenceDocuments: [v.referenceDocument.trim()] } : {}),
    ...(withHolder && v.holderId ? { holderId: v.holderId } : {}),
    ...(withHolder && v.holderId && v.licenceId ? { licenceId: v.licenceId } : {}),
    ...(Object.keys(details).length ? { details: details as RecordEventBody['details'] } : {}),
  };
}

export type LicenceFit =
  | { fit: 'ok' }
  | { fit: 'expired'; on: string }
  | { fit: 'not_yet_valid'; from: string }
  | { fit: 'suspended' | 'revoked' }
  | { fit: 'not_covering'; category: string | null };

/**
 * Whether a licence lets its holder receive a firearm of this category, read as the API
 * will (LicencesService.assertValidFor): its status on the day, then the categories
 * (none listed: every category). Shown before submitting; the API decides.
 */
export function licenceFit(licence: Pick<LicenceDto, 'status' | 'expiresOn' | 'issuedOn' | 'categories'>, category: string | null): LicenceFit {
  if (licence.status === 'expired') return { fit: 'expired', on: licence.expiresOn };
  if (licence.status === 'not_yet_valid') return { fit: 'not_yet_valid', from: licence.issuedOn };
  if (licence.status === 'suspended' || licence.status === 'revoked') return { fit: licence.status };
  if (licence.categories.length > 0 && (category === null || !licence.categories.includes(category))) return { fit: 'not_covering', category };
  return { fit: 'ok' };
}

/** The API's field names (details.method) as the form's (method). */
export const formFieldOf = (apiField: string) => apiField.replace(/^details\./, '');
