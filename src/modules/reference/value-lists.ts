import { ORIGINS, PART_TYPES } from '../firearms/firearm.entities.js';
import { HOLDER_KINDS, LICENCE_KINDS, ORGANISATION_TYPES, SEXES } from '../holders/holder.entities.js';
import { LEGIBILITIES, MARKING_METHODS, MARKING_TYPES } from '../markings/marking.entities.js';
import { SEIZED_ITEM_KINDS } from '../seizures/seizure.entities.js';
import type { ImportKind } from '../imports/import.entities.js';

/**
 * Every list of coded values a register's file names in words. Categories,
 * actions and countries are reference tables (their codes are checked there);
 * the others are the fixed codes of the domain.
 */
export const VALUE_LISTS = ['category', 'action', 'country', 'origin', 'marking_type', 'marking_method', 'legibility', 'part_type', 'item_kind', 'holder_kind', 'sex', 'organisation_type', 'licence_kind'] as const;
export type ValueList = (typeof VALUE_LISTS)[number];

export const TABLE_LISTS: Partial<Record<ValueList, { table: string; key: string }>> = {
  category: { table: 'firearm_category', key: 'code' },
  action: { table: 'firearm_action', key: 'code' },
  country: { table: 'country', key: 'alpha2' },
};

export const FIXED_LISTS: Partial<Record<ValueList, readonly string[]>> = {
  origin: ORIGINS,
  marking_type: MARKING_TYPES,
  marking_method: MARKING_METHODS,
  legibility: LEGIBILITIES,
  part_type: PART_TYPES,
  item_kind: SEIZED_ITEM_KINDS,
  holder_kind: HOLDER_KINDS,
  sex: SEXES,
  organisation_type: ORGANISATION_TYPES,
  licence_kind: LICENCE_KINDS,
};

const COMMON_FIELDS: Record<string, ValueList> = {
  category: 'category',
  action: 'action',
  countryOfManufacture: 'country',
  importCountry: 'country',
  idDocumentCountry: 'country',
  nationality: 'country',
  country: 'country',
  origin: 'origin',
  markingType: 'marking_type',
  markingMethod: 'marking_method',
  markingLegibility: 'legibility',
  legibility: 'legibility',
  serialLegibility: 'legibility',
  partType: 'part_type',
  sex: 'sex',
  organisationType: 'organisation_type',
};

/** Which list a field of a kind's file takes its values from (a "kind" column means something else in each kind). */
export function listOfField(kind: ImportKind, field: string): ValueList | null {
  if (field === 'kind') return kind === 'holders' ? 'holder_kind' : kind === 'licences' ? 'licence_kind' : kind === 'seizure_items' ? 'item_kind' : null;
  if (kind === 'markings' && field === 'type') return 'marking_type';
  if (kind === 'markings' && field === 'method') return 'marking_method';
  return COMMON_FIELDS[field] ?? null;
}
