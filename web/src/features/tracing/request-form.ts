import type { CreateTraceBody, TraceRequestDto, UpdateTraceBody } from './queries';

/** One marking as the form holds it (every field text; empty means not given). */
export interface MarkingValues {
  text: string;
  type: string;
  location: string;
  legibility: string;
}

export interface ItemValues {
  category: string;
  make: string;
  model: string;
  calibre: string;
  serialNumber: string;
  serialLegibility: string;
  countryOfManufacture: string;
  yearOfManufacture: string;
  otherFeatures: string;
  markings: MarkingValues[];
}

/** A request's description as the form holds it: text everywhere, so an empty field is simply "". */
export interface TraceFormValues {
  reference: string;
  requestingCountry: string;
  requestingAgency: string;
  requestedCountry: string;
  requestedAgency: string;
  requestedManufacturer: string;
  receivedAt: string;
  foundPlace: string;
  foundCircumstances: string;
  illicitNature: string;
  legalBasis: string;
  intendedUse: string;
  priority: 'urgent' | 'routine';
  urgencyJustification: string;
  confidentiality: 'public' | 'restricted' | 'confidential';
  useRestrictions: string;
  dueAt: string;
  reason: string;
  item: ItemValues;
}

const TERMS = ['reference', 'requestingCountry', 'requestingAgency', 'requestedCountry', 'requestedAgency', 'requestedManufacturer', 'foundPlace', 'foundCircumstances', 'illicitNature', 'legalBasis', 'intendedUse', 'urgencyJustification', 'useRestrictions'] as const;
const ITEM_TEXT = ['category', 'make', 'model', 'calibre', 'serialNumber', 'serialLegibility', 'countryOfManufacture', 'otherFeatures'] as const;

export const EMPTY_MARKING: MarkingValues = { text: '', type: '', location: '', legibility: '' };

export function emptyTraceForm(): TraceFormValues {
  return {
    ...(Object.fromEntries(TERMS.map((k) => [k, ''])) as Record<(typeof TERMS)[number], string>),
    receivedAt: '',
    priority: 'routine',
    confidentiality: 'restricted',
    dueAt: '',
    reason: '',
    item: { category: '', make: '', model: '', calibre: '', serialNumber: '', serialLegibility: '', countryOfManufacture: '', yearOfManufacture: '', otherFeatures: '', markings: [] },
  };
}

/** A field's text, trimmed; a cleared select gives null, a number input a number. */
const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v));

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** The form for a stored request (editing a draft, correcting an incoming one). */
export function traceFormFrom(r: TraceRequestDto): TraceFormValues {
  const item = r.item;
  return {
    reference: r.reference,
    requestingCountry: r.requestingCountry ?? '',
    requestingAgency: r.requestingAgency ?? '',
    requestedCountry: r.requestedCountry ?? '',
    requestedAgency: r.requestedAgency ?? '',
    requestedManufacturer: r.requestedManufacturer ?? '',
    receivedAt: r.direction === 'incoming' ? day(r.requestedAt) : '',
    foundPlace: r.context.foundPlace ?? '',
    foundCircumstances: r.context.foundCircumstances ?? '',
    illicitNature: r.illicitNature ?? '',
    legalBasis: r.legalBasis ?? '',
    intendedUse: r.intendedUse ?? '',
    priority: r.priority,
    urgencyJustification: r.urgencyJustification ?? '',
    confidentiality: r.confidentiality,
    useRestrictions: r.useRestrictions ?? '',
    dueAt: day(r.dueAt),
    reason: '',
    item: {
      category: item.category ?? '',
      make: item.make ?? '',
      model: item.model ?? '',
      calibre: item.calibre ?? '',
      serialNumber: item.serialNumber ?? '',
      serialLegibility: item.serialLegibility ?? '',
      countryOfManufacture: item.countryOfManufacture ?? '',
      yearOfManufacture: item.yearOfManufacture ? String(item.yearOfManufacture) : '',
      otherFeatures: item.otherFeatures ?? '',
      markings: item.markings.map((mk) => ({ text: mk.text, type: mk.type ?? '', location: mk.location ?? '', legibility: mk.legibility ?? '' })),
    },
  };
}

/** A date typed as YYYY-MM-DD, as the API's ISO date-time: the due date is the end of that day (UTC), a receipt its start. */
const endOfDay = (d: string) => `${d}T23:59:59Z`;
const startOfDay = (d: string) => `${d}T00:00:00Z`;

function markingsOf(values: MarkingValues[]) {
  return values
    .filter((mk) => s(mk.text))
    .map((mk) => ({ text: s(mk.text), ...(s(mk.type) ? { type: s(mk.type) } : {}), ...(s(mk.location) ? { location: s(mk.location) } : {}), ...(mk.legibility ? { legibility: mk.legibility as 'intact' } : {}) }));
}

function itemOf(v: ItemValues) {
  const item: Record<string, unknown> = {};
  for (const k of ITEM_TEXT) if (s(v[k])) item[k] = s(v[k]);
  if (s(v.yearOfManufacture)) item.yearOfManufacture = Number(s(v.yearOfManufacture));
  const markings = markingsOf(v.markings);
  if (markings.length) item.markings = markings;
  return item as CreateTraceBody['item'];
}

/** A new request: only what was filled in is sent; the API fills the rest (reference, due date). */
export function toCreateBody(values: TraceFormValues, direction: 'incoming' | 'outgoing', firearmId?: string): CreateTraceBody {
  const body: Record<string, unknown> = { direction, priority: values.priority, confidentiality: values.confidentiality, item: { ...itemOf(values.item), ...(firearmId ? { firearmId } : {}) } };
  for (const k of TERMS) if (s(values[k])) body[k] = s(values[k]);
  if (values.priority !== 'urgent') delete body.urgencyJustification;
  if (direction === 'incoming') {
    delete body.requestedCountry;
    delete body.requestedAgency;
    delete body.requestedManufacturer;
    if (values.receivedAt) body.receivedAt = startOfDay(values.receivedAt);
  } else {
    delete body.requestingCountry;
  }
  if (values.dueAt) body.dueAt = endOfDay(values.dueAt);
  return body as unknown as CreateTraceBody;
}

/** An edit: only the fields that changed; an emptied field is cleared (null); the item field by field. */
export function toUpdateBody(values: TraceFormValues, original: TraceRequestDto): UpdateTraceBody {
  const before = traceFormFrom(original);
  const body: Record<string, unknown> = {};
  for (const k of TERMS) {
    if (s(values[k]) === s(before[k])) continue;
    body[k] = s(values[k]) || (k === 'reference' ? undefined : null);
  }
  if (body.reference === undefined) delete body.reference;
  if (values.priority !== before.priority) body.priority = values.priority;
  if (values.confidentiality !== before.confidentiality) body.confidentiality = values.confidentiality;
  if (values.dueAt !== before.dueAt) body.dueAt = values.dueAt ? endOfDay(values.dueAt) : null;
  if (original.direction === 'incoming' && values.receivedAt && values.receivedAt !== before.receivedAt) body.receivedAt = startOfDay(values.receivedAt);
  const item: Record<string, unknown> = {};
  for (const k of ITEM_TEXT) if (s(values.item[k]) !== s(before.item[k])) item[k] = s(values.item[k]) || null;
  if (s(values.item.yearOfManufacture) !== before.item.yearOfManufacture) item.yearOfManufacture = s(values.item.yearOfManufacture) ? Number(s(values.item.yearOfManufacture)) : null;
  const markings = markingsOf(values.item.markings);
  if (JSON.stringify(markings) !== JSON.stringify(markingsOf(before.item.markings))) item.markings = markings.length ? markings : null;
  if (Object.keys(item).length) body.item = item;
  if (s(values.reason)) body.reason = s(values.reason);
  return body as UpdateTraceBody;
}

/** Whether an edit would change anything (the reason alone is no change). */
export function hasChanges(body: UpdateTraceBody): boolean {
  return Object.keys(body).some((k) => k !== 'reason');
}
