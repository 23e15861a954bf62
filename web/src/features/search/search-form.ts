import { TRACE_PAGE_SIZE, type TraceCriteria } from './queries';

export interface SearchFormValues {
  serial: string;
  make: string;
  model: string;
  calibre: string;
  category: string | null;
  countryOfManufacture: string | null;
}

export const EMPTY_FORM: SearchFormValues = { serial: '', make: '', model: '', calibre: '', category: null, countryOfManufacture: null };

/** The request body for the form: blank fields left out; null when nothing was given. */
export function criteriaFrom(values: SearchFormValues, offset = 0): TraceCriteria | null {
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  const criteria: TraceCriteria = {
    serial: values.serial.trim() ? values.serial : undefined,
    make: text(values.make),
    model: text(values.model),
    calibre: text(values.calibre),
    category: values.category ?? undefined,
    countryOfManufacture: values.countryOfManufacture ?? undefined,
    serialMatch: 'auto',
    limit: TRACE_PAGE_SIZE,
    offset,
  };
  const given = Object.entries(criteria).filter(([k, v]) => v !== undefined && k !== 'limit' && k !== 'offset');
  if (given.length === 0) return null;
  return Object.fromEntries(Object.entries(criteria).filter(([, v]) => v !== undefined)) as TraceCriteria;
}
