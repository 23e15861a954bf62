import type { EntityManager } from 'typeorm';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import type { ItemKind } from '../firearms/firearm.entities.js';
import { normaliseSerial } from '../markings/serial.js';
import type { CellReader } from './import-kind.js';
import { firearmKey } from './kinds/firearms.import.js';
import { manufacturerCode, type ImportReference } from './reference-maps.js';

/**
 * How a row names a firearm (or part) already in the register: its id, the
 * record key an earlier firearms import gave it, or its serial number and make.
 */
export interface FirearmReference {
  firearmId: string | null;
  firearmKey: string | null;
  serialRaw: string | null;
  /** Null when the serial is not to be matched (absent, or not fully legible). */
  serialNormalised: string | null;
  makeText: string | null;
  manufacturerCode: string | null;
}

export const REFERENCE_FIELDS = ['firearmId', 'firearmKey', 'serialNumber'] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

export function readFirearmReference(cell: CellReader, reference: ImportReference): FirearmReference {
  const serialRaw = cell('serialNumber') ?? null;
  const makeText = cell('make') ?? null;
  return {
    firearmId: cell('firearmId')?.toLowerCase() ?? null,
    firearmKey: cell('firearmKey') ?? null,
    serialRaw,
    serialNormalised: serialRaw ? normaliseSerial(serialRaw) || null : null,
    makeText,
    manufacturerCode: manufacturerCode(reference, makeText),
  };
}

/** Whether the row names a register entry at all. */
export function namesFirearm(ref: FirearmReference): boolean {
  return !!(ref.firearmId || ref.firearmKey || ref.serialNormalised);
}

/** The field the row names its firearm by (the most specific one given). */
export function referenceField(ref: FirearmReference): ReferenceField {
  return ref.firearmId ? 'firearmId' : ref.firearmKey ? 'firearmKey' : 'serialNumber';
}

export interface RegisterFirearm {
  id: string;
  itemKind: ItemKind;
  importKey: string | null;
  serialNormalised: string | null;
  manufacturerCode: string | null;
  makeText: string | null;
  mergedIntoId: string | null;
  registeringAgencyId: string;
}

/** The register entries a chunk's rows may name, by id, by record key and by normalised serial. */
export interface FirearmIndex {
  byId: Map<string, RegisterFirearm>;
  byKey: Map<string, RegisterFirearm>;
  bySerial: Map<string, RegisterFirearm[]>;
}

/** One query for a whole chunk: ids, record keys and serials together (each an index probe). Merged records are found by id only. */
export async function findFirearms(manager: EntityManager, refs: FirearmReference[]): Promise<FirearmIndex> {
  const unique = (pick: (r: FirearmReference) => string | null) => [...new Set(refs.map(pick).filter((v): v is string => !!v))];
  const [ids, keys, serials] = [unique((r) => r.firearmId), unique((r) => r.firearmKey), unique((r) => r.serialNormalised)];
  const index: FirearmIndex = { byId: new Map(), byKey: new Map(), bySerial: new Map() };
  if (ids.length + keys.length + serials.length === 0) return index;
  const rows = (await manager.query(
    `SELECT id, item_kind, import_key, serial_normalised, manufacturer_code, make_text, merged_into_id, registering_agency_id FROM firearm
      WHERE id = ANY($1::uuid[]) OR (merged_into_id IS NULL AND (import_key = ANY($2::text[]) OR serial_normalised = ANY($3::text[])))`,
    [ids, keys, serials],
  )) as { id: string; item_kind: ItemKind; import_key: string | null; serial_normalised: string | null; manufacturer_code: string | null; make_text: string | null; merged_into_id: string | null; registering_agency_id: string }[];
  for (const row of rows) {
    const firearm: RegisterFirearm = { id: row.id, itemKind: row.item_kind, importKey: row.import_key, serialNormalised: row.serial_normalised, manufacturerCode: row.manufacturer_code, makeText: row.make_text, mergedIntoId: row.merged_into_id, registeringAgencyId: row.registering_agency_id };
    index.byId.set(firearm.id, firearm);
    if (firearm.mergedIntoId) continue;
    if (firearm.importKey) index.byKey.set(firearm.importKey, firearm);
    if (firearm.serialNormalised) index.bySerial.set(firearm.serialNormalised, [...(index.bySerial.get(firearm.serialNormalised) ?? []), firearm]);
  }
  return index;
}

export type Resolution =
  /** The row names this register entry. */
  | { firearm: RegisterFirearm; field: ReferenceField }
  /** The row names nothing in the register: only its serial and make were given, and they match no entry (otherMakes: the makes this serial has there). */
  | { none: FieldProblem; otherMakes: string[] }
  /** The row names an entry that is not there, or several, or two different ones. */
  | { problem: FieldProblem };

const sameMaker = (ref: FirearmReference, firearm: RegisterFirearm) =>
  firearmKey({ importKey: null, serialNormalised: ref.serialNormalised, manufacturerCode: ref.manufacturerCode, makeText: ref.makeText }) ===
  firearmKey({ importKey: null, serialNormalised: firearm.serialNormalised, manufacturerCode: firearm.manufacturerCode, makeText: firearm.makeText });

const described = (ref: FirearmReference) => `serial number "${ref.serialRaw}" and ${ref.makeText ? `make "${ref.makeText}"` : 'no make'}`;

/**
 * Which register entry a row names. An id or record key must exist; a serial
 * names the entries of the same kind with the same normalised serial and the
 * same manufacturer under any alias (as the firearms import decides "the same
 * firearm"), and must name exactly one. Given several ways, they must agree.
 */
export function resolveFirearm(ref: FirearmReference, index: FirearmIndex, serialKind: ItemKind): Resolution {
  const label = serialKind === 'part' ? 'part' : 'firearm';
  let found: { firearm: RegisterFirearm; field: ReferenceField } | null = null;
  if (ref.firearmId) {
    const firearm = index.byId.get(ref.firearmId);
    if (!firearm) return { problem: { field: 'firearmId', message: `no firearm or part ${ref.firearmId} in the register` } };
    found = { firearm, field: 'firearmId' };
  }
  if (ref.firearmKey) {
    const firearm = index.byKey.get(ref.firearmKey);
    if (!firearm) return { problem: { field: 'firearmKey', message: `no firearm with record key "${ref.firearmKey}" in the register` } };
    if (found && found.firearm.id !== firearm.id) return { problem: { field: 'firearmKey', message: `"${ref.firearmKey}" is the record key of firearm ${firearm.id}, not of firearmId ${found.firearm.id}` } };
    found ??= { firearm, field: 'firearmKey' };
  }
  if (!ref.serialNormalised) return found ?? { problem: { field: 'firearmId', message: 'name the firearm: firearmId, firearmKey or serialNumber with make' } };

  if (found) {
    if (found.firearm.serialNormalised !== ref.serialNormalised || !sameMaker(ref, found.firearm)) {
      return { problem: { field: 'serialNumber', message: `${described(ref)} are not those of ${found.firearm.itemKind} ${found.firearm.id} (named by ${found.field})` } };
    }
    return found;
  }
  const sameSerial = (index.bySerial.get(ref.serialNormalised) ?? []).filter((f) => f.itemKind === serialKind);
  const matches = sameSerial.filter((f) => sameMaker(ref, f));
  if (matches.length === 1) return { firearm: matches[0], field: 'serialNumber' };
  if (matches.length > 1) {
    return { problem: { field: 'serialNumber', message: `${matches.length} ${label}s in the register have ${described(ref)}: give the ${label}'s id (firearmId column)` } };
  }
  const otherMakes = [...new Set(sameSerial.map((f) => f.makeText ?? '(no make)'))];
  const hint = otherMakes.length > 0 ? `; the register has this serial under ${otherMakes.slice(0, 3).map((m) => `"${m}"`).join(', ')}${otherMakes.length > 3 ? '…' : ''}: check the make, or give the ${label}'s id` : '';
  return { none: { field: 'serialNumber', message: `no ${label} with ${described(ref)} in the register${hint}` }, otherMakes };
}
