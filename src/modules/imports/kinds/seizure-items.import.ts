import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock/clock.js';
import type { FieldProblem } from '../../../common/errors/domain-error.js';
import { ORIGINS, PART_TYPES, type ItemKind } from '../../firearms/firearm.entities.js';
import { FirearmsBulkService, type BulkMove, type FirearmState, type NewRegisterEntry } from '../../firearms/firearms-bulk.service.js';
import { foldSerial, normaliseSerial } from '../../markings/serial.js';
import { calibreKey, manufacturerKey } from '../../reference/alias-keys.js';
import { SeizedItemFields, UnregisteredItemRequest } from '../../seizures/dto/seizure.dto.js';
import { Seizure, SEIZED_ITEM_KINDS, SERIAL_LEGIBILITIES, type SeizedItemKind, type SeizureItem } from '../../seizures/seizure.entities.js';
import { alreadyHeldMessage, seizureEvent } from '../../seizures/seizure-items.js';
import { SeizuresService } from '../../seizures/seizures.service.js';
import { findFirearms, readFirearmReference, resolveFirearm, type FirearmReference, type ReferenceField } from '../firearm-references.js';
import { ImportFileProblem, type CellReader, type ChunkCheck, type ImportKindHandler, type ParsedRow, type RegisterMatch, type RowCandidate } from '../import-kind.js';
import type { ImportJob } from '../import.entities.js';
import { calibreCode, loadImportReference, type ImportReference } from '../reference-maps.js';
import { RowReader, type ValueNames } from '../row-values.js';
import { FIREARM_FIELDS, firearmKey, LEGIBILITY_NAMES, readFirearmDescription } from './firearms.import.js';

/** Header names of each field, in English, French and Spanish. */
export const SEIZURE_ITEM_FIELDS = {
  // The item's number in the seizure list: exhibit, seal (scellé) or evidence number.
  recordKey: ['record key', 'item key', 'item number', 'item no', 'exhibit', 'exhibit number', 'key', 'reference', 'ref', 'référence', 'clé', "numéro d'objet", 'n° de scellé', 'numéro de scellé', 'scellé', 'referencia', 'clave', 'número de objeto', 'número de evidencia', 'n° de evidencia', 'indicio', 'número de indicio'],
  kind: ['item kind', 'kind', 'item type', 'object', 'nature', "nature de l'objet", "type d'objet", 'objet', 'tipo de objeto', 'objeto', 'clase de objeto'],
  firearmId: ['firearm id', 'firearm uuid', 'registry id', "identifiant de l'arme", 'id arme', 'id de l arme', 'id del arma', 'identificador del arma'],
  firearmKey: ['firearm record key', 'firearm key', 'firearm reference', "référence de l'arme", "clé de l'arme", 'referencia del arma', 'clave del arma'],
  serialNumber: FIREARM_FIELDS.serialNumber,
  serialLegibility: ['serial legibility', 'legibility', 'lisibilité', 'lisibilité du numéro', 'lisibilité du numéro de série', 'legibilidad', 'legibilidad del número de serie', 'legibilidad del número'],
  make: FIREARM_FIELDS.make,
  model: FIREARM_FIELDS.model,
  category: FIREARM_FIELDS.category,
  action: FIREARM_FIELDS.action,
  partType: ['part type', 'type of part', 'component', 'type de pièce', 'pièce', 'tipo de pieza', 'pieza'],
  calibre: FIREARM_FIELDS.calibre,
  countryOfManufacture: FIREARM_FIELDS.countryOfManufacture,
  yearOfManufacture: FIREARM_FIELDS.yearOfManufacture,
  barrelLengthMm: FIREARM_FIELDS.barrelLengthMm,
  origin: FIREARM_FIELDS.origin,
  markingsText: ['markings', 'markings as read', 'marking', 'marks', 'marquages', 'marquage', 'marquages relevés', 'inscriptions', 'marcajes', 'marcaje', 'marcas', 'marcas leídas', 'inscripciones'],
  description: FIREARM_FIELDS.description,
  quantity: ['quantity', 'qty', 'rounds', 'number of rounds', 'quantité', 'qté', 'nombre', 'nombre de cartouches', 'cantidad', 'número de cartuchos', 'cartuchos'],
  lotNumber: ['lot', 'lot number', 'lot no', 'batch', 'batch number', 'numéro de lot', 'n° de lot', 'lote', 'número de lote', 'n° de lote'],
  headstamp: ['headstamp', 'culot', 'marquage du culot', 'inscription du culot', 'culote', 'marcaje del culote', 'marca del culote'],
} as const;

export const ITEM_KIND_NAMES: ValueNames<SeizedItemKind> = {
  firearm: ['gun', 'weapon', 'arme', 'arme à feu', 'arma', 'arma de fuego'],
  part: ['component', 'part or component', 'pièce', 'pièce détachée', 'composant', 'pieza', 'componente', 'parte'],
  ammunition: ['ammo', 'rounds', 'cartridges', 'munitions', 'munition', 'cartouches', 'munición', 'municiones', 'cartuchos'],
};

export const PART_TYPE_NAMES: ValueNames<(typeof PART_TYPES)[number]> = {
  frame_receiver: ['frame', 'receiver', 'frame or receiver', 'carcasse', 'boîte de culasse', 'armazón', 'cajón de mecanismos', 'receptor'],
  barrel: ['canon', 'cañón'],
  slide_bolt: ['slide', 'bolt', 'culasse', 'glissière', 'corredera', 'cerrojo'],
  cylinder: ['barillet', 'tambor', 'cilindro'],
  other: ['autre', 'otro', 'otra'],
};

type SeizureItemField = keyof typeof SEIZURE_ITEM_FIELDS;

export interface SeizureItemsContext {
  reference: ImportReference;
  today: string;
  seizure: Seizure;
  /** Firearms (and new serials) the rows of this pass have named so far, with the first row naming each: dry runs decide as real runs. */
  claims: Map<string, { row: number; identity: string; recordKey: string | null }>;
}

/** What a firearm or part row describes, for the register entry it becomes when it is not in the register. */
export interface NewEntryDescription {
  categoryCode: string | null;
  actionCode: string | null;
  partType: (typeof PART_TYPES)[number] | null;
  model: string | null;
  calibreText: string | null;
  calibreCode: string | null;
  countryOfManufacture: string | null;
  yearOfManufacture: number | null;
  barrelLengthMm: number | null;
  origin: (typeof ORIGINS)[number];
  description: string | null;
}

export interface SeizureItemCandidate extends RowCandidate {
  itemId: string;
  kind: SeizedItemKind;
  recordKey: string | null;
  markingsText: string | null;
  serialLegibility: (typeof SERIAL_LEGIBILITIES)[number] | null;
  description: string | null;
  /** Firearms and parts: how the row names its register entry (serialNormalised null when the serial is not fully legible). */
  ref: FirearmReference | null;
  entry: NewEntryDescription | null;
  ammunition: { calibreText: string; calibreCode: string | null; makeText: string | null; quantity: number; lotNumber: string | null; headstamp: string | null } | null;
  // Decided by check():
  identity: string | null;
  /** The register entry the row names, when there is one. */
  firearmId: string | null;
  /** That entry locked, with its status, once it is free to move. */
  state: FirearmState | null;
  /** The register entry the row creates (not in the register). */
  newFirearmId: string | null;
  refField: ReferenceField | null;
}

/** The same lot of ammunition in one seizure: calibre (any alias), make (any spelling) and lot number (separators and case aside). */
export function ammunitionKey(calibre: { code: string | null; text: string }, make: string | null, lot: string): string {
  return `ammo:${calibre.code ?? `text:${calibreKey(calibre.text)}`}|${make ? manufacturerKey(make) : ''}|${foldSerial(lot) || lot.trim().toUpperCase()}`;
}

/** A serial is matched against the register only when read in full: no unreadable character, not partly legible, altered or obliterated. */
export function serialIsLegible(serial: string, legibility: string | null): boolean {
  return !/[?*]/.test(serial) && (legibility === null || legibility === 'intact');
}

/**
 * The items of one seizure case (the import names it): firearms, parts and
 * ammunition. A firearm or part found in the register moves through the
 * lifecycle with the seizure's type as its event, raising a hit alert when it
 * was lost or stolen, and is refused when another open seizure holds it or
 * the lifecycle forbids the move; one that is not becomes a register entry
 * flagged unregistered before seizure. Everything the API's addItemIn does,
 * set-based for a whole chunk.
 */
@Injectable()
export class SeizureItemsImport implements ImportKindHandler<SeizureItemCandidate, SeizureItemsContext> {
  readonly kind = 'seizure_items' as const;
  readonly fields = SEIZURE_ITEM_FIELDS;
  readonly requiredColumns = [];
  readonly recordLabel = 'seizure item';
  readonly target = { field: 'seizureId', required: true } as const;

  constructor(
    private readonly seizures: SeizuresService,
    private readonly firearms: FirearmsBulkService,
    private readonly clock: Clock,
  ) {}

  async load(dataSource: DataSource, job: ImportJob, today: string): Promise<SeizureItemsContext> {
    const seizure = job.seizureId ? await dataSource.manager.findOneBy(Seizure, { id: job.seizureId }) : null;
    if (!seizure) throw new ImportFileProblem(`The seizure ${job.seizureId ?? '(none)'} does not exist: a seizure items import adds to one seizure case.`);
    return { reference: await loadImportReference(dataSource), today, seizure, claims: new Map() };
  }

  parse(row: number, cell: CellReader, { reference }: SeizureItemsContext): ParsedRow<SeizureItemCandidate> {
    const reader = new RowReader(cell);
    const problems = reader.problems;
    const refuse = (fields: SeizureItemField[], message: string) => {
      for (const field of fields) if (cell(field)) problems.push({ field, message });
    };

    // A list of firearms often has no kind column: an item is a firearm unless the row says otherwise.
    const kind = cell('kind') ? reader.coded('kind', SEIZED_ITEM_KINDS, ITEM_KIND_NAMES, 'an item kind') : 'firearm';
    const recordKey = cell('recordKey') ?? null;
    const serialLegibility = reader.coded('serialLegibility', SERIAL_LEGIBILITIES, LEGIBILITY_NAMES, 'a legibility');
    const item = { markingsText: cell('markingsText') ?? null, serialLegibility, description: cell('description') ?? null };
    const base: Omit<SeizureItemCandidate, 'kind' | 'ref' | 'entry' | 'ammunition'> = { row, itemId: randomUUID(), recordKey, ...item, identity: null, firearmId: null, state: null, newFirearmId: null, refField: null };
    const itemFields = { markingsText: cell('markingsText'), serialLegibility: serialLegibility ?? undefined, description: cell('description') };

    if (kind === 'ammunition') {
      refuse(['firearmId', 'firearmKey', 'serialNumber', 'category', 'partType'], 'ammunition is described by calibre and quantity, not as a firearm');
      const calibre = cell('calibre');
      if (!calibre) problems.push({ field: 'calibre', message: 'is required for ammunition' });
      const quantity = reader.number('quantity');
      if (!cell('quantity')) problems.push({ field: 'quantity', message: 'is required for ammunition' });
      const lotNumber = cell('lotNumber') ?? null;
      if (!recordKey && !lotNumber) problems.push({ field: 'lotNumber', message: 'ammunition without a record key needs its lot number, so that importing the file again cannot record it twice' });
      const values = { kind, ...itemFields, calibre, make: cell('make'), quantity: quantity ?? undefined, lotNumber: lotNumber ?? undefined, headstamp: cell('headstamp') };
      reader.checkWith(SeizedItemFields, values);
      if (problems.length > 0) return { problems };
      return {
        candidate: {
          ...base,
          kind,
          ref: null,
          entry: null,
          ammunition: { calibreText: calibre!, calibreCode: calibreCode(reference, calibre), makeText: cell('make') ?? null, quantity: quantity!, lotNumber, headstamp: cell('headstamp') ?? null },
        },
      };
    }
    if (!kind) return { problems };

    refuse(['lotNumber', 'headstamp'], 'is only for ammunition');
    const quantity = reader.number('quantity');
    if (quantity !== null && quantity !== 1) problems.push({ field: 'quantity', message: `a ${kind} is one item: list each on its own row` });
    if (kind === 'firearm') refuse(['partType'], 'is only for a part');
    const partType = kind === 'part' ? reader.coded('partType', PART_TYPES, PART_TYPE_NAMES, 'a part type') : null;
    const description = { ...readFirearmDescription(reader, reference), partType: partType ?? undefined };
    reader.checkWith(UnregisteredItemRequest, description);
    reader.checkWith(SeizedItemFields, { kind, firearmId: cell('firearmId'), ...itemFields });
    const read = readFirearmReference(cell, reference);
    // A serial read in part names no register entry by itself: the trace search is the tool for those.
    const ref = { ...read, serialNormalised: read.serialRaw && serialIsLegible(read.serialRaw, serialLegibility) ? read.serialNormalised : null };
    if (!recordKey && !ref.firearmId && !ref.firearmKey && !ref.serialNormalised) {
      problems.push({ field: 'recordKey', message: `a ${kind} without a fully legible serial number needs a record key (its number in the seizure list), so that importing the file again cannot record it twice` });
    }
    if (problems.length > 0) return { problems };
    return {
      candidate: {
        ...base,
        kind,
        ref,
        ammunition: null,
        entry: {
          categoryCode: description.category ?? null,
          actionCode: description.action ?? null,
          partType,
          model: description.model ?? null,
          calibreText: description.calibre ?? null,
          calibreCode: calibreCode(reference, description.calibre),
          countryOfManufacture: description.countryOfManufacture ?? null,
          yearOfManufacture: description.yearOfManufacture ?? null,
          barrelLengthMm: description.barrelLengthMm ?? null,
          origin: description.origin!,
          description: description.description ?? null,
        },
      },
    };
  }

  key(candidate: SeizureItemCandidate): string {
    return candidate.identity ?? `row:${candidate.row}`;
  }

  duplicateField(candidate: SeizureItemCandidate): string {
    return candidate.recordKey ? 'recordKey' : candidate.kind === 'ammunition' ? 'lotNumber' : (candidate.refField ?? 'serialNumber');
  }

  /**
   * Per chunk: the seizure locked, the rows' register entries found (one
   * query), the items this seizure already has by key, by firearm and by lot,
   * the open seizures holding the firearms, and the firearms locked with their
   * status (one query each); then every row is decided in memory, with the
   * lifecycle's own refusals.
   */
  async check(manager: EntityManager, _job: ImportJob, candidates: SeizureItemCandidate[], { seizure: loaded, claims }: SeizureItemsContext): Promise<ChunkCheck> {
    const { seizure } = await this.seizures.lockForItems(manager, loaded.id);
    const problems = new Map<number, FieldProblem[]>();
    const matches = new Map<string, RegisterMatch>();
    const refuse = (c: SeizureItemCandidate, problem: FieldProblem) => problems.set(c.row, [...(problems.get(c.row) ?? []), problem]);
    // A record key is the item's identity whatever else the row says: a key this seizure already has is that item.
    const keys = candidates.filter((c) => c.recordKey).map((c) => c.recordKey!);
    if (keys.length > 0) {
      const items = (await manager.query(`SELECT id, import_key, import_id, import_row FROM seizure_item WHERE seizure_id = $1 AND import_key = ANY($2::text[])`, [seizure.id, keys])) as { id: string; import_key: string; import_id: string | null; import_row: number | null }[];
      for (const item of items) matches.set(`key:${item.import_key}`, { id: item.id, importId: item.import_id, importRow: item.import_row });
    }
    const known = (c: SeizureItemCandidate) => !!c.recordKey && matches.has(`key:${c.recordKey}`);
    for (const c of candidates) if (known(c)) c.identity = `key:${c.recordKey}`;
    const pieces = candidates.filter((c) => c.ref !== null && !known(c));

    // Which register entry each firearm or part row names, if any.
    const index = await findFirearms(manager, pieces.map((c) => c.ref!).filter((r) => r.firearmId || r.firearmKey || r.serialNormalised));
    for (const c of pieces) {
      const ref = c.ref!;
      const resolution = ref.firearmId || ref.firearmKey || ref.serialNormalised ? resolveFirearm(ref, index, c.kind as ItemKind) : null;
      if (resolution && 'problem' in resolution) {
        refuse(c, resolution.problem);
      } else if (resolution && 'firearm' in resolution) {
        const { firearm, field } = resolution;
        c.refField = field;
        if (firearm.itemKind !== c.kind) refuse(c, { field, message: `is a ${firearm.itemKind}, not a ${c.kind}` });
        else c.firearmId = firearm.id;
      } else if (resolution && !ref.makeText && resolution.otherMakes.length > 0) {
        // Without a make, a serial the register knows under a make is not taken for a new entry: the officer says which it is.
        refuse(c, resolution.none);
      } else {
        const entryProblem = c.kind === 'firearm' && !c.entry!.categoryCode ? { field: 'category', message: 'is required for a firearm that is not in the register' } : c.kind === 'part' && !c.entry!.partType ? { field: 'partType', message: 'is required for a part that is not in the register' } : null;
        if (entryProblem) refuse(c, entryProblem);
        c.newFirearmId = randomUUID();
        c.refField = 'serialNumber';
      }
    }

    // Identity otherwise: the record key; else the register entry, the new entry's serial and make, or the lot.
    for (const c of candidates) {
      if (c.identity || problems.has(c.row)) continue;
      if (c.recordKey) c.identity = `key:${c.recordKey}`;
      else if (c.ammunition) c.identity = ammunitionKey({ code: c.ammunition.calibreCode, text: c.ammunition.calibreText }, c.ammunition.makeText, c.ammunition.lotNumber!);
      else if (c.firearmId) c.identity = `firearm:${c.firearmId}`;
      else c.identity = `new:${c.kind}|${newEntryKey(c)}`;
    }

    if (candidates.some((c) => c.identity && c.ammunition && !c.recordKey)) {
      const lots = (await manager.query(
        `SELECT id, calibre_code, calibre_text, make_text, lot_number, import_id, import_row FROM seizure_item WHERE seizure_id = $1 AND kind = 'ammunition' AND lot_number IS NOT NULL ORDER BY ordinal`,
        [seizure.id],
      )) as { id: string; calibre_code: string | null; calibre_text: string; make_text: string | null; lot_number: string; import_id: string | null; import_row: number | null }[];
      for (const lot of lots) {
        const key = ammunitionKey({ code: lot.calibre_code, text: lot.calibre_text }, lot.make_text, lot.lot_number);
        if (!matches.has(key)) matches.set(key, { id: lot.id, importId: lot.import_id, importRow: lot.import_row });
      }
    }

    // The firearms named: held by this seizure already (the same item), by another one (refused), or free to move.
    const named = candidates.filter((c) => c.firearmId && c.identity && !matches.has(c.identity));
    const heldBy = await this.seizures.openItemsOf(manager, named.map((c) => c.firearmId!));
    const movable: SeizureItemCandidate[] = [];
    for (const c of named) {
      const held = heldBy.get(c.firearmId!);
      if (!held) movable.push(c);
      else if (held.seizureId !== seizure.id) refuse(c, { field: c.refField!, message: alreadyHeldMessage(c.kind, held.seizureReference) });
      else if (!c.recordKey) matches.set(c.identity!, { id: held.itemId, importId: held.importId, importRow: held.importRow });
      else refuse(c, { field: 'recordKey', message: `the ${c.kind} is already item ${held.ordinal} of this seizure${held.importKey ? ` (record key "${held.importKey}")` : ''}: one item per ${c.kind}` });
    }
    const states = await this.firearms.lockStates(manager, movable.map((c) => c.firearmId!));
    for (const c of movable) {
      c.state = states.get(c.firearmId!)!;
      const refused = this.firearms.refusal(c.state, seizureEvent(seizure, c.itemId, c.markingsText));
      if (refused) refuse(c, { field: c.refField!, message: refused });
    }

    // Two rows under different keys cannot be one firearm (or one new serial and make): the later one is refused.
    for (const c of candidates) {
      if (!c.identity || problems.has(c.row) || matches.has(c.identity) || c.ammunition) continue;
      const claim = c.firearmId ? `firearm:${c.firearmId}` : c.ref?.serialNormalised ? `new:${c.kind}|${newEntryKey(c)}` : null;
      if (!claim) continue;
      const first = claims.get(claim);
      if (!first) claims.set(claim, { row: c.row, identity: c.identity, recordKey: c.recordKey });
      else if (first.identity !== c.identity) refuse(c, { field: c.refField ?? 'serialNumber', message: `names the same ${c.kind} as row ${first.row}${first.recordKey ? ` (record key "${first.recordKey}")` : ''}: one item per ${c.kind}` });
    }
    return { matches, problems };
  }

  /** The chunk's items in order: new register entries, lifecycle moves (with hit alerts), then the items and their audit entries. */
  async write(manager: EntityManager, job: ImportJob, accepted: SeizureItemCandidate[], { seizure: loaded }: SeizureItemsContext): Promise<void> {
    const { seizure, nextOrdinal } = await this.seizures.lockForItems(manager, loaded.id);
    const now = this.clock.now();
    const provenance = (c: SeizureItemCandidate) => ({ importId: job.id, importRow: c.row });
    const creations: NewRegisterEntry[] = [];
    const moves: BulkMove[] = [];
    const items: SeizureItem[] = accepted.map((c, i) => {
      const event = seizureEvent(seizure, c.itemId, c.markingsText);
      if (c.state) moves.push({ firearm: c.state, event, audit: provenance(c), seizureId: seizure.id });
      else if (c.newFirearmId) creations.push({ record: newEntry(c, seizure, job), initialEvent: event, audit: provenance(c) });
      return {
        id: c.itemId,
        seizureId: seizure.id,
        ordinal: nextOrdinal + i,
        kind: c.kind,
        firearmId: c.firearmId ?? c.newFirearmId,
        registeredBeforeSeizure: c.firearmId !== null,
        markingsText: c.markingsText,
        serialLegibility: c.serialLegibility,
        description: c.description,
        calibreText: c.ammunition?.calibreText ?? null,
        calibreCode: c.ammunition?.calibreCode ?? null,
        makeText: c.ammunition?.makeText ?? null,
        quantity: c.ammunition?.quantity ?? null,
        lotNumber: c.ammunition?.lotNumber ?? null,
        headstamp: c.ammunition?.headstamp ?? null,
        state: 'seized',
        importKey: c.recordKey,
        importId: job.id,
        importRow: c.row,
        createdAt: now,
        updatedAt: now,
      };
    });
    await this.firearms.createManyIn(manager, creations);
    const moved = await this.firearms.applyEventsIn(manager, moves);
    const alertOf = new Map<string, string>();
    moved.forEach(({ event, hitAlert }) => {
      if (hitAlert) alertOf.set(String(event.details.seizureItemId), hitAlert.id);
    });
    await this.seizures.insertItemsIn(manager, seizure, items, alertOf);
  }
}

/** A new entry is the same as another row's when both give the same legible serial and make; without one, only its record key says so. */
function newEntryKey(c: SeizureItemCandidate): string {
  const ref = c.ref!;
  return ref.serialNormalised ? firearmKey({ importKey: null, serialNormalised: ref.serialNormalised, manufacturerCode: ref.manufacturerCode, makeText: ref.makeText })! : `row:${c.row}`;
}

/** The register entry a row not in the register becomes: described as read, registered by the seizing agency, flagged unregistered before seizure. */
function newEntry(c: SeizureItemCandidate, seizure: Seizure, job: ImportJob): NewRegisterEntry['record'] {
  const ref = c.ref!;
  const entry = c.entry!;
  const serialRaw = ref.serialRaw;
  return {
    id: c.newFirearmId!,
    itemKind: c.kind as ItemKind,
    partType: c.kind === 'part' ? entry.partType : null,
    parentFirearmId: null,
    categoryCode: entry.categoryCode,
    actionCode: entry.actionCode,
    makeText: ref.makeText,
    manufacturerCode: ref.manufacturerCode,
    model: entry.model,
    calibreText: entry.calibreText,
    calibreCode: entry.calibreCode,
    serialRaw,
    serialNormalised: serialRaw ? normaliseSerial(serialRaw) || null : null,
    serialFolded: serialRaw ? foldSerial(serialRaw) || null : null,
    countryOfManufacture: entry.countryOfManufacture,
    yearOfManufacture: entry.yearOfManufacture,
    barrelLengthMm: entry.barrelLengthMm,
    origin: entry.origin,
    description: entry.description,
    holderId: null,
    registeringAgencyId: seizure.seizingAgencyId,
    unregisteredBeforeSeizure: true,
    importKey: null,
    importId: job.id,
    importRow: c.row,
  };
}
