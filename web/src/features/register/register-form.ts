import type { TraceCandidateDto, TraceResult } from '../search/queries';
import type { CreateFirearmBody, CreateLotBody, CreatePartBody } from './queries';

/** The registration form's values: text as the inputs hold it. */
export interface RegisterValues {
  category: string | null;
  partType: string | null;
  make: string;
  model: string;
  calibre: string;
  serialNumber: string;
  countryOfManufacture: string | null;
  yearOfManufacture: string;
  barrelLengthMm: string;
  origin: string | null;
  description: string;
  initialType: string;
  occurredOn: string;
  place: string;
}

export const emptyRegister = (): RegisterValues => ({
  category: null,
  partType: null,
  make: '',
  model: '',
  calibre: '',
  serialNumber: '',
  countryOfManufacture: null,
  yearOfManufacture: '',
  barrelLengthMm: '',
  origin: 'industrial',
  description: '',
  initialType: 'registered',
  occurredOn: '',
  place: '',
});

/** The form fields the API may name in a problem (initialEvent.* maps to the event inputs). */
export const REGISTER_FIELDS = ['category', 'partType', 'make', 'model', 'calibre', 'serialNumber', 'countryOfManufacture', 'yearOfManufacture', 'barrelLengthMm', 'origin', 'description', 'initialEvent.occurredOn', 'initialEvent.place', 'initialEvent.type'] as const;

/** The API's field name to the form's: the initial event's fields sit at the top of the form. */
export function formFieldOf(apiField: string): string {
  if (apiField === 'initialEvent.type') return 'initialType';
  if (apiField.startsWith('initialEvent.')) return apiField.slice('initialEvent.'.length);
  return apiField;
}

const text = (v: string) => (v.trim() ? v.trim() : undefined);
/** Numbers are sent as typed, so "12a" reaches the API and comes back as a field problem rather than vanishing. */
const number = (v: string) => (v.trim() ? (Number.isFinite(Number(v.trim().replace(',', '.'))) ? Number(v.trim().replace(',', '.')) : (v.trim() as unknown as number)) : undefined);

/** The body the API takes: blanks left out (it refuses empty codes), the start of the record as its initial event. */
export function registerBody(kind: 'firearm' | 'part', values: RegisterValues): CreateFirearmBody | CreatePartBody {
  const initialEvent = {
    type: values.initialType as NonNullable<CreateFirearmBody['initialEvent']>['type'],
    ...(text(values.occurredOn) ? { occurredOn: values.occurredOn.trim() } : {}),
    ...(text(values.place) ? { place: values.place.trim() } : {}),
  };
  const body: Record<string, unknown> = {
    category: values.category ?? undefined,
    make: text(values.make),
    model: text(values.model),
    calibre: text(values.calibre),
    serialNumber: text(values.serialNumber),
    countryOfManufacture: values.countryOfManufacture ?? undefined,
    yearOfManufacture: number(values.yearOfManufacture),
    barrelLengthMm: number(values.barrelLengthMm),
    origin: values.origin ?? undefined,
    description: text(values.description),
    initialEvent,
  };
  if (kind === 'part') body.partType = values.partType ?? undefined;
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as unknown as CreateFirearmBody;
}

export interface LotValues {
  calibre: string;
  make: string;
  lotNumber: string;
  yearOfManufacture: string;
  quantity: string;
  headstamp: string;
  description: string;
}

export const emptyLot = (): LotValues => ({ calibre: '', make: '', lotNumber: '', yearOfManufacture: '', quantity: '', headstamp: '', description: '' });
export const LOT_FIELDS = ['calibre', 'make', 'lotNumber', 'yearOfManufacture', 'quantity', 'headstamp', 'description'] as const;

export function lotBody(values: LotValues): CreateLotBody {
  const body: Record<string, unknown> = {
    calibre: values.calibre.trim(),
    make: text(values.make),
    lotNumber: text(values.lotNumber),
    yearOfManufacture: number(values.yearOfManufacture),
    quantity: number(values.quantity),
    headstamp: text(values.headstamp),
    description: text(values.description),
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as unknown as CreateLotBody;
}

const makeKey = (s: string | null | undefined) => (s ?? '').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The API's own duplicate rule (FirearmsService.possibleDuplicates): same kind, same
 * normalised serial, and the same manufacturer, or the same spelling when the make is
 * not resolved. The trace search finds wider; this keeps only those.
 */
export function sameSerialAndMake(result: TraceResult, kind: 'firearm' | 'part', make: string): TraceCandidateDto[] {
  const serial = result.criteria.serialKeys;
  if (!serial || serial.wildcards) return [];
  const code = result.criteria.makeResolvedTo ?? null;
  return result.items.filter(
    (c) =>
      c.itemKind === kind &&
      c.serialNumber.normalised === serial.normalised &&
      (code ? c.make.manufacturerCode === code : c.make.manufacturerCode === null && makeKey(c.make.asWritten) === makeKey(make) && makeKey(make) !== ''),
  );
}
