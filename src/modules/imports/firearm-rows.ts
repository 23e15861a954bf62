import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import { FirearmDescription } from '../firearms/dto/firearm.dto.js';
import { foldSerial, normaliseSerial } from '../markings/serial.js';
import { calibreKey, manufacturerKey } from '../reference/alias-keys.js';
import { foldHeader, parseDay, type ColumnPlan, type FirearmField } from './columns.js';

/** Reference data held in memory for a whole import: one load, no query per row. */
export interface ImportReference {
  categories: Map<string, string>;
  actions: Map<string, string>;
  countries: Map<string, string>;
  manufacturers: Map<string, string>;
  calibres: Map<string, string>;
}

export interface FirearmCandidate {
  row: number;
  importKey: string | null;
  categoryCode: string;
  actionCode: string | null;
  makeText: string | null;
  manufacturerCode: string | null;
  model: string | null;
  calibreText: string | null;
  calibreCode: string | null;
  serialRaw: string | null;
  serialNormalised: string | null;
  serialFolded: string | null;
  countryOfManufacture: string | null;
  yearOfManufacture: number | null;
  barrelLengthMm: number | null;
  origin: string;
  description: string | null;
  registeredOn: string;
  holderDocument: string | null;
}

/** The key two rows (or a row and a record) are the same firearm by. */
export function identityKey(c: Pick<FirearmCandidate, 'importKey' | 'serialNormalised' | 'manufacturerCode' | 'makeText'>): string | null {
  if (c.importKey) return `key:${c.importKey}`;
  if (!c.serialNormalised) return null;
  return `serial:${c.serialNormalised}|${c.manufacturerCode ?? `text:${c.makeText ? manufacturerKey(c.makeText) : ''}`}`;
}

function lookup(map: Map<string, string>, text: string): string | null {
  return map.get(foldHeader(text)) ?? null;
}

/**
 * One row to a firearm candidate, with the same rules as the API (the API's
 * DTO validates it) plus what files need: names of categories and countries in
 * any of the three languages, day-first dates, and a key for safe re-import.
 */
export function firearmFromRow(row: number, cells: string[], plan: ColumnPlan, reference: ImportReference, today: string): { candidate: FirearmCandidate } | { problems: FieldProblem[] } {
  const cell = (field: FirearmField) => {
    const index = plan.fields[field];
    const value = index === undefined ? '' : (cells[index] ?? '').trim();
    return value === '' ? undefined : value;
  };
  const problems: FieldProblem[] = [];
  const number = (field: FirearmField) => {
    const text = cell(field);
    if (text === undefined) return undefined;
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) problems.push({ field, message: `"${text}" is not a number` });
    return value;
  };

  const categoryText = cell('category');
  const category = categoryText ? lookup(reference.categories, categoryText) : null;
  if (!categoryText) problems.push({ field: 'category', message: 'is required for a firearm' });
  else if (!category) problems.push({ field: 'category', message: `"${categoryText}" is not a known firearm category` });
  const actionText = cell('action');
  const action = actionText ? lookup(reference.actions, actionText) : null;
  if (actionText && !action) problems.push({ field: 'action', message: `"${actionText}" is not a known action` });
  const countryText = cell('countryOfManufacture');
  const country = countryText ? lookup(reference.countries, countryText) : null;
  if (countryText && !country) problems.push({ field: 'countryOfManufacture', message: `"${countryText}" is not a known country` });
  const registeredText = cell('registeredOn');
  const registeredOn = registeredText ? parseDay(registeredText) : today;
  if (!registeredOn) problems.push({ field: 'registeredOn', message: `"${registeredText}" is not a date (use 2026-11-23 or 23/11/2026)` });
  else if (registeredOn > today) problems.push({ field: 'registeredOn', message: 'is in the future' });

  const description = plainToInstance(FirearmDescription, {
    category: category ?? undefined,
    action: action ?? undefined,
    make: cell('make'),
    model: cell('model'),
    calibre: cell('calibre'),
    serialNumber: cell('serialNumber'),
    countryOfManufacture: country ?? undefined,
    yearOfManufacture: number('yearOfManufacture'),
    barrelLengthMm: number('barrelLengthMm'),
    origin: cell('origin')?.toLowerCase().replace(/[\s-]+/g, '_'),
    description: cell('description'),
  });
  for (const error of validateSync(description, { whitelist: true, forbidNonWhitelisted: true })) {
    if (!problems.some((p) => p.field === error.property)) problems.push({ field: error.property, message: Object.values(error.constraints ?? {}).join('; ') });
  }
  if (problems.length > 0) return { problems };

  const serialRaw = description.serialNumber ?? null;
  const candidate: FirearmCandidate = {
    row,
    importKey: cell('recordKey') ?? null,
    categoryCode: category!,
    actionCode: action,
    makeText: description.make ?? null,
    manufacturerCode: description.make ? (reference.manufacturers.get(manufacturerKey(description.make)) ?? null) : null,
    model: description.model ?? null,
    calibreText: description.calibre ?? null,
    calibreCode: description.calibre ? (reference.calibres.get(calibreKey(description.calibre)) ?? null) : null,
    serialRaw,
    serialNormalised: serialRaw ? normaliseSerial(serialRaw) || null : null,
    serialFolded: serialRaw ? foldSerial(serialRaw) || null : null,
    countryOfManufacture: country,
    yearOfManufacture: description.yearOfManufacture ?? null,
    barrelLengthMm: description.barrelLengthMm ?? null,
    origin: description.origin ?? 'industrial',
    description: description.description ?? null,
    registeredOn: registeredOn!,
    holderDocument: cell('holderDocument') ?? null,
  };
  if (identityKey(candidate) === null) {
    return { problems: [{ field: 'serialNumber', message: 'a row without a serial number needs a record key column, so that importing the file again cannot register it twice' }] };
  }
  return { candidate };
}
