import { uuidV7 } from '../../../common/database/uuid-v7.js';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../../../common/errors/domain-error.js';
import { documentKey, holdersByDocumentKey } from '../../holders/document-key.js';
import { FirearmDescription } from '../../firearms/dto/firearm.dto.js';
import { ORIGINS } from '../../firearms/firearm.entities.js';
import { FirearmsBulkService, type NewRegisterEntry } from '../../firearms/firearms-bulk.service.js';
import { MarkingFields } from '../../markings/dto/marking.dto.js';
import { LEGIBILITIES, MARKING_METHODS, MARKING_TYPES } from '../../markings/marking.entities.js';
import { markingProblems } from '../../markings/marking-rules.js';
import { MarkingsService, type ImportedMarking } from '../../markings/markings.service.js';
import { foldSerial, normaliseSerial } from '../../markings/serial.js';
import { manufacturerKey } from '../../reference/alias-keys.js';
import type { CellReader, ChunkCheck, ImportKindHandler, ParsedRow, RegisterMatch, RowCandidate } from '../import-kind.js';
import type { ImportJob } from '../import.entities.js';
import { calibreCode, loadImportReference, manufacturerCode, type ImportReference } from '../reference-maps.js';
import { RowReader, type ValueNames } from '../row-values.js';
import { Clock } from '../../../common/clock/clock.js';
import { CreateHolderRequest } from '../../holders/dto/holder.dto.js';
import { HOLDER_KINDS, type Holder } from '../../holders/holder.entities.js';
import { HoldersService } from '../../holders/holders.service.js';
import { holdersByNameKey, nameKey } from '../../holders/name-key.js';
import { HOLDER_FIELDS, HOLDER_KIND_NAMES } from './holders.import.js';

/** Header names of each field, in English, French and Spanish. */
export const FIREARM_FIELDS = {
  recordKey: ['record key', 'key', 'reference', 'ref', 'référence', 'clé', 'referencia', 'clave', 'id'],
  category: ['category', 'type', 'weapon type', 'catégorie', 'type d arme', 'categoría', 'tipo', 'tipo de arma'],
  action: ['action', 'mechanism', 'mécanisme', 'mecanismo', 'acción'],
  make: ['make', 'manufacturer', 'brand', 'marque', 'fabricant', 'marca', 'fabricante'],
  model: ['model', 'modèle', 'modelo'],
  calibre: ['calibre', 'caliber', 'calibro'],
  serialNumber: ['serial', 'serial number', 'serial no', 'sn', 'numéro de série', 'n° de série', 'no de série', 'número de serie', 'nº de serie', 'no de serie', 'serie'],
  countryOfManufacture: ['country of manufacture', 'country', 'origin country', 'pays de fabrication', 'pays', 'país de fabricación', 'país'],
  yearOfManufacture: ['year of manufacture', 'year', 'année de fabrication', 'année', 'año de fabricación', 'año'],
  barrelLengthMm: ['barrel length', 'barrel length mm', 'longueur du canon', 'longitud del cañón'],
  origin: ['origin', 'provenance', 'origine', 'origen'],
  description: ['description', 'notes', 'remarks', 'observations', 'descripción', 'observaciones'],
  registeredOn: ['registered on', 'registration date', 'date', "date d'enregistrement", 'fecha de registro', 'fecha'],
  // In a firearm file any identity document column is the holder's: a flat register's owner columns link each firearm to its owner.
  holderDocument: [...new Set(['holder document', 'holder id', 'owner id', "pièce d'identité du détenteur", 'documento del titular', ...HOLDER_FIELDS.idDocumentNumber])],
  importMarking: ['import marking', 'import mark', "marquage d'importation", 'marcaje de importación', 'marca de importación'],
  importCountry: ['import country', 'importing country', "pays d'importation", 'pays importateur', 'país de importación', 'país importador'],
  importYear: ['import year', "année d'importation", 'año de importación'],
  markingText: ['marking', 'markings', 'marking text', 'marquage', 'marquages', 'texte du marquage', 'marcaje', 'marcajes', 'texto del marcaje'],
  markingType: ['marking type', 'type de marquage', 'tipo de marcaje'],
  markingLocation: ['marking location', 'emplacement du marquage', 'ubicación del marcaje'],
  markingMethod: ['marking method', 'méthode de marquage', 'método de marcaje'],
  markingLegibility: ['legibility', 'marking legibility', 'lisibilité', 'lisibilité du marquage', 'legibilidad'],
  // A flat register's owner, named on the firearm's row (without a document: see holderByName below).
  holderName: ['holder', 'holder name', 'holder full name', 'owner', 'owner name', 'owner full name', 'détenteur', 'nom du détenteur', 'nom et prénom du détenteur', 'propriétaire', 'nom du propriétaire', 'titulaire', 'titular', 'nombre del titular', 'propietario', 'nombre del propietario', 'poseedor', 'tenedor'],
  holderFamilyName: [...new Set(['holder family name', 'owner surname', 'nom de famille du détenteur', 'apellidos del titular', ...HOLDER_FIELDS.familyName])],
  holderGivenNames: [...new Set(['holder given names', 'owner first name', 'prénom du détenteur', 'prénoms du détenteur', 'nombres del titular', ...HOLDER_FIELDS.givenNames])],
  holderKind: [...new Set(['owner type', 'type de propriétaire', 'tipo de propietario', ...HOLDER_FIELDS.kind])],
  holderAddress: [...new Set(['holder address', 'owner address', 'adresse du détenteur', 'adresse du propriétaire', 'dirección del titular', 'domicilio del titular', ...HOLDER_FIELDS.address])],
  holderPhone: [...new Set(['holder phone', 'owner phone', 'téléphone du détenteur', 'teléfono del titular', ...HOLDER_FIELDS.phone])],
} as const;

export type FirearmField = keyof typeof FIREARM_FIELDS;

const ORIGIN_NAMES: ValueNames<(typeof ORIGINS)[number]> = {
  industrial: ['industriel', 'industrielle', 'factory'],
  craft_made: ['craft', 'craft made', 'artisanal', 'artisanale', 'artesanal', 'hecha a mano'],
  '3d_printed': ['3d', '3d printed', 'imprimé 3d', 'impresión 3d', 'impresa en 3d'],
  converted: ['converti', 'convertie', 'convertida', 'convertido'],
  reactivated: ['réactivé', 'réactivée', 'reactivada', 'reactivado'],
  unknown: ['inconnu', 'inconnue', 'desconocido', 'desconocida'],
};
export const MARKING_TYPE_NAMES: ValueNames<(typeof MARKING_TYPES)[number]> = {
  manufacture: ['manufacturer', 'manufacturing', 'fabrication', 'fabricant', 'fabricación'],
  import: ['importation', 'importación'],
  state_transfer: ['state', 'transfer', "transfert de l'état", 'cession', 'transferencia estatal'],
  deactivation: ['désactivation', 'neutralisation', 'desactivación'],
  proof: ['proof mark', 'poinçon', "poinçon d'épreuve", 'épreuve', 'prueba', 'punzón'],
  other: ['autre', 'otro', 'otra'],
};
export const MARKING_METHOD_NAMES: ValueNames<(typeof MARKING_METHODS)[number]> = {
  stamped: ['stamp', 'estampé', 'frappé', 'poinçonné', 'estampado', 'troquelado'],
  engraved: ['engrave', 'gravé', 'grabado'],
  laser: ['laser engraved', 'gravé au laser', 'láser', 'grabado láser'],
  cast: ['moulé', 'fondu', 'fundido', 'moldeado'],
  other: ['autre', 'otro'],
};
export const LEGIBILITY_NAMES: ValueNames<(typeof LEGIBILITIES)[number]> = {
  intact: ['legible', 'readable', 'lisible', 'intacte', 'intacto', 'legible'],
  partial: ['partly legible', 'partiel', 'partielle', 'partiellement lisible', 'parcial', 'parcialmente legible'],
  altered: ['altéré', 'altérée', 'modifié', 'alterado', 'alterada'],
  obliterated: ['ground off', 'effacé', 'effacée', 'limé', 'meulé', 'borrado', 'limado', 'obliterado'],
};

export interface FirearmRowContext {
  reference: ImportReference;
  today: string;
}

export interface FirearmCandidate extends RowCandidate {
  id: string;
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
  origin: (typeof ORIGINS)[number];
  description: string | null;
  registeredOn: string;
  holderDocument: string | null;
  /** The holder as the row names it when it gives no document. */
  namedHolder: NamedHolder | null;
  /** Resolved from holderDocument, or from namedHolder, by check(). */
  holderId: string | null;
  /** The holder identified by name only that check() decided to create for this row (shared by the rows naming the same holder). */
  newHolder: Holder | null;
  markings: ImportedMarking[];
}

/** A holder named on a firearm row without a document: its name and details, and what makes two rows the same holder. */
export interface NamedHolder {
  kind: (typeof HOLDER_KINDS)[number];
  familyName: string | null;
  givenNames: string | null;
  legalName: string | null;
  address: string | null;
  phone: string | null;
  /** nameKey of the name: what an existing holder of the same name is found by. */
  nameKey: string;
  /** Kind, name, address and phone, normalised: rows of one file with the same identity are one holder. */
  identity: string;
}

/**
 * The holder a row names by name (and address, phone) with no document, or the
 * problems that refuse the row. A person's name may come whole (holderName, kept
 * as the family name for the officer to split) or as family and given names.
 */
export function readNamedHolder(read: RowReader): NamedHolder | null {
  const { cell } = read;
  const fields = ['holderName', 'holderFamilyName', 'holderGivenNames', 'holderKind', 'holderAddress', 'holderPhone'] as const;
  if (!fields.some((f) => cell(f) !== undefined)) return null;
  const kind = (cell('holderKind') ? read.coded('holderKind', HOLDER_KINDS, HOLDER_KIND_NAMES, 'a holder kind') : 'person') ?? 'person';
  const [whole, family, given] = [cell('holderName'), cell('holderFamilyName'), cell('holderGivenNames')];
  const holder: Omit<NamedHolder, 'nameKey' | 'identity'> =
    kind === 'person'
      ? { kind, familyName: family ?? whole ?? null, givenNames: family ? (given ?? null) : whole ? null : (given ?? null), legalName: null, address: cell('holderAddress') ?? null, phone: cell('holderPhone') ?? null }
      : { kind, familyName: null, givenNames: null, legalName: whole ?? ([family, given].filter(Boolean).join(' ') || null), address: cell('holderAddress') ?? null, phone: cell('holderPhone') ?? null };
  const name = kind === 'person' ? [holder.familyName, holder.givenNames].filter(Boolean).join(' ') : (holder.legalName ?? '');
  if (kind === 'person' && !holder.familyName) {
    read.problem(given ? 'holderFamilyName' : 'holderName', given ? 'is required with the holder’s given names' : 'is required when the holder’s kind, address or phone is given: name the holder, or give holderDocument');
    return null;
  }
  if (kind === 'organisation' && !holder.legalName) {
    read.problem('holderName', 'is required for an organisation holder (its legal name), or give holderDocument');
    return null;
  }
  const key = nameKey(name);
  if (key === '') {
    read.problem(whole ? 'holderName' : 'holderFamilyName', `"${name}" has no Latin letter or digit to recognise the holder by: give the holder’s document (holderDocument)`);
    return null;
  }
  const fieldOf = (property: string) => ({ familyName: whole && !family ? 'holderName' : 'holderFamilyName', givenNames: 'holderGivenNames', legalName: 'holderName', address: 'holderAddress', phone: 'holderPhone' })[property] ?? 'holderName';
  const request: Partial<CreateHolderRequest> = Object.fromEntries(Object.entries({ ...holder, ...(kind === 'organisation' ? { organisationType: 'other' } : {}) }).filter(([, v]) => v !== null));
  read.checkWith(CreateHolderRequest, request, fieldOf);
  const identity = [kind, key, holder.address ? nameKey(holder.address) : '', holder.phone ? holder.phone.replace(/\D/g, '') : ''].join('|');
  return { ...holder, nameKey: key, identity };
}

/** The key two rows (or a row and a record) are the same firearm by: the file's key, else serial + maker under any alias. */
export function firearmKey(c: Pick<FirearmCandidate, 'importKey' | 'serialNormalised' | 'manufacturerCode' | 'makeText'>): string | null {
  if (c.importKey) return `key:${c.importKey}`;
  if (!c.serialNormalised) return null;
  return `serial:${c.serialNormalised}|${c.manufacturerCode ?? `text:${c.makeText ? manufacturerKey(c.makeText) : ''}`}`;
}

/** A firearm's or part's description as a row gives it, codes resolved (the API's rules are then checked by the caller). */
export function readFirearmDescription(read: RowReader, reference: ImportReference): FirearmDescription {
  const { cell } = read;
  return {
    category: read.named('category', reference.categories, 'firearm category') ?? undefined,
    action: read.named('action', reference.actions, 'action') ?? undefined,
    make: cell('make'),
    model: cell('model'),
    calibre: cell('calibre'),
    serialNumber: cell('serialNumber'),
    countryOfManufacture: read.named('countryOfManufacture', reference.countries, 'country') ?? undefined,
    yearOfManufacture: read.number('yearOfManufacture') ?? undefined,
    barrelLengthMm: read.number('barrelLengthMm') ?? undefined,
    origin: (cell('origin') ? read.coded('origin', ORIGINS, ORIGIN_NAMES, 'an origin') : 'industrial') ?? undefined,
    description: cell('description'),
  };
}

/** The markings a row carries: an import marking column, and one marking of any type. */
function rowMarkings(read: RowReader, firearmId: string, row: number, reference: ImportReference, today: string): ImportedMarking[] {
  const { cell } = read;
  const legibility = cell('markingLegibility') ? read.coded('markingLegibility', LEGIBILITIES, LEGIBILITY_NAMES, 'a legibility') : 'intact';
  const importCountry = read.named('importCountry', reference.countries, 'country');
  const importYear = read.number('importYear');
  const type = read.coded('markingType', MARKING_TYPES, MARKING_TYPE_NAMES, 'a marking type');
  const method = read.coded('markingMethod', MARKING_METHODS, MARKING_METHOD_NAMES, 'a marking method');

  const importText = cell('importMarking');
  const markingText = cell('markingText');
  const importOnText = !importText && type === 'import';
  if ((cell('importCountry') || cell('importYear')) && !importText && !importOnText) {
    read.problem(cell('importCountry') ? 'importCountry' : 'importYear', 'belongs to an import marking: give its text (importMarking column, or markingText with markingType import)');
  }
  if (!markingText && (cell('markingType') || cell('markingMethod') || cell('markingLocation'))) read.problem('markingText', 'is required when the marking is described');
  if (read.problems.length > 0 || !legibility) return [];

  const marks: ImportedMarking[] = [];
  const importFields = { ...(importCountry ? { importCountry } : {}), ...(importYear !== null ? { importYear } : {}) };
  if (importText) marks.push({ firearmId, type: 'import', text: importText, legibility, ...importFields, importRow: row });
  if (markingText) {
    marks.push({
      firearmId,
      type: type ?? 'other',
      text: markingText,
      legibility,
      ...(method ? { method } : {}),
      ...(cell('markingLocation') ? { location: cell('markingLocation') } : {}),
      ...(importOnText ? importFields : {}),
      importRow: row,
    });
  }
  for (const mark of marks) {
    const { importRow: _row, ...fields } = mark;
    const field = (property: string) => (mark.type === 'import' && importText && property === 'text' ? 'importMarking' : property === 'text' ? 'markingText' : property);
    read.checkWith(MarkingFields, fields, field);
    for (const p of markingProblems(fields, today)) read.problem(field(p.field), p.message);
  }
  return marks;
}

/**
 * Firearm rows, optionally linked to a holder already registered (by identity
 * document or registration number) and carrying their markings. Each accepted
 * row becomes a firearm with its "registered" event, its markings, and an
 * audit entry for each record.
 */
@Injectable()
export class FirearmsImport implements ImportKindHandler<FirearmCandidate, FirearmRowContext> {
  readonly kind = 'firearms' as const;
  readonly fields = FIREARM_FIELDS;
  readonly requiredColumns = ['category'];
  readonly recordLabel = 'firearm';
  readonly target = null;

  constructor(
    private readonly firearms: FirearmsBulkService,
    private readonly markings: MarkingsService,
    private readonly holders: HoldersService,
    private readonly clock: Clock,
  ) {}

  async load(dataSource: DataSource, _job: ImportJob, today: string): Promise<FirearmRowContext> {
    return { reference: await loadImportReference(dataSource), today };
  }

  parse(row: number, cell: CellReader, { reference, today }: FirearmRowContext): ParsedRow<FirearmCandidate> {
    const read = new RowReader(cell);
    if (!cell('category')) read.problem('category', 'is required for a firearm');
    const description = readFirearmDescription(read, reference);
    const registeredOn = cell('registeredOn') ? read.day('registeredOn') : today;
    if (registeredOn && registeredOn > today) read.problem('registeredOn', 'is in the future');
    if (description.yearOfManufacture !== undefined && description.yearOfManufacture > Number(today.slice(0, 4))) read.problem('yearOfManufacture', `${description.yearOfManufacture} is in the future`);
    if (description.serialNumber) read.serial('serialNumber', description.serialNumber);
    read.checkWith(FirearmDescription, description);
    const id = uuidV7();
    const markings = rowMarkings(read, id, row, reference, today);
    // A document names a registered holder; without one the row's name and details do.
    const namedHolder = cell('holderDocument') ? null : readNamedHolder(read);
    if (read.problems.length > 0) return { problems: read.problems };

    const serialRaw = description.serialNumber ?? null;
    const candidate: FirearmCandidate = {
      row,
      id,
      importKey: cell('recordKey') ?? null,
      categoryCode: description.category!,
      actionCode: description.action ?? null,
      makeText: description.make ?? null,
      manufacturerCode: manufacturerCode(reference, description.make),
      model: description.model ?? null,
      calibreText: description.calibre ?? null,
      calibreCode: calibreCode(reference, description.calibre),
      serialRaw,
      serialNormalised: serialRaw ? normaliseSerial(serialRaw) || null : null,
      serialFolded: serialRaw ? foldSerial(serialRaw) || null : null,
      countryOfManufacture: description.countryOfManufacture ?? null,
      yearOfManufacture: description.yearOfManufacture ?? null,
      barrelLengthMm: description.barrelLengthMm ?? null,
      origin: description.origin!,
      description: description.description ?? null,
      registeredOn: registeredOn!,
      holderDocument: cell('holderDocument') ?? null,
      namedHolder,
      holderId: null,
      newHolder: null,
      markings,
    };
    if (firearmKey(candidate) === null) {
      return { problems: [{ field: 'serialNumber', message: 'a row without a serial number needs a record key column, so that importing the file again cannot register it twice' }] };
    }
    // A register's missing make is worth knowing: the row is imported, and the report says so.
    if (!candidate.makeText) candidate.warnings = [{ field: 'make', message: 'warning: no make given; the firearm was registered without one' }];
    return { candidate };
  }

  key(candidate: FirearmCandidate): string {
    return firearmKey(candidate)!;
  }

  duplicateField(candidate: FirearmCandidate): string {
    return candidate.importKey ? 'recordKey' : 'serialNumber';
  }

  async check(manager: EntityManager, job: ImportJob, candidates: FirearmCandidate[]): Promise<ChunkCheck> {
    const matches = new Map<string, RegisterMatch>();
    const keys = candidates.map((c) => c.importKey).filter((k): k is string => !!k);
    const serials = candidates.map((c) => c.serialNormalised).filter((s): s is string => !!s);
    if (keys.length > 0 || serials.length > 0) {
      const rows = (await manager.query(
        `SELECT id, import_key, serial_normalised, manufacturer_code, make_text, import_id, import_row FROM firearm
          WHERE merged_into_id IS NULL AND item_kind = 'firearm' AND (import_key = ANY($1::text[]) OR serial_normalised = ANY($2::text[]))`,
        [keys, serials],
      )) as { id: string; import_key: string | null; serial_normalised: string | null; manufacturer_code: string | null; make_text: string | null; import_id: string | null; import_row: number | null }[];
      for (const row of rows) {
        const match = { id: row.id, importId: row.import_id, importRow: row.import_row };
        if (row.import_key) matches.set(`key:${row.import_key}`, match);
        const serialKey = firearmKey({ importKey: null, serialNormalised: row.serial_normalised, manufacturerCode: row.manufacturer_code, makeText: row.make_text });
        if (serialKey && !matches.has(serialKey)) matches.set(serialKey, match);
      }
    }

    const problems = new Map<number, FieldProblem[]>();
    const keyOf = (c: FirearmCandidate) => (c.holderDocument ? documentKey(c.holderDocument) : '');
    const byDocument = await holdersByDocumentKey(manager, [...new Set(candidates.map(keyOf).filter((k) => k !== ''))]);
    for (const candidate of candidates) {
      if (!candidate.holderDocument) continue;
      const found = [...(byDocument.get(keyOf(candidate)) ?? [])];
      if (found.length === 1) candidate.holderId = found[0];
      else {
        const message = found.length === 0 ? `no holder with document or registration number "${candidate.holderDocument}"` : `${found.length} holders have document or registration number "${candidate.holderDocument}": register the firearm through the API, naming the holder`;
        problems.set(candidate.row, [{ field: 'holderDocument', message }]);
      }
    }
    await this.holderByName(manager, job, candidates.filter((c) => c.namedHolder));
    return { matches, problems };
  }

  /**
   * Rows naming their holder without a document. The rows of this file naming the
   * same holder (kind, normalised name, address and phone) are one new holder,
   * identified by name only and listed for completion; a later chunk finds it by its
   * key (`name:<import>:<identity>`). A holder already on the register with the same
   * name is never reused: the row says it is a possible match (a warning), since a
   * name alone does not tell two persons apart.
   */
  private async holderByName(manager: EntityManager, job: ImportJob, rows: FirearmCandidate[]): Promise<void> {
    if (rows.length === 0) return;
    const keyOf = (c: FirearmCandidate) => `name:${job.id}:${c.namedHolder!.identity}`;
    const ours = (await manager.query(`SELECT id, import_key FROM holder WHERE import_key = ANY($1::text[])`, [[...new Set(rows.map(keyOf))]])) as { id: string; import_key: string }[];
    const byKey = new Map<string, { id: string; created: Holder | null }>(ours.map((h) => [h.import_key, { id: h.id, created: null }]));
    const sameName = await holdersByNameKey(manager, [...new Set(rows.map((c) => c.namedHolder!.nameKey))]);
    const now = this.clock.now();
    for (const row of rows) {
      const named = row.namedHolder!;
      const key = keyOf(row);
      let holder = byKey.get(key);
      if (!holder) {
        const created: Holder = {
          id: uuidV7(),
          kind: named.kind,
          familyName: named.familyName,
          givenNames: named.givenNames,
          legalName: named.legalName,
          organisationType: named.kind === 'organisation' ? 'other' : null,
          address: named.address,
          phone: named.phone,
          ...{ birthDate: null, sex: null, nationality: null, idDocumentType: null, idDocumentNumber: null, idDocumentCountry: null, registrationNumber: null, country: null },
          registeringAgencyId: job.agencyId,
          identifiedByNameOnly: true,
          importKey: key,
          importId: job.id,
          importRow: row.row,
          createdAt: now,
          updatedAt: now,
        };
        holder = { id: created.id, created };
        byKey.set(key, holder);
      }
      row.holderId = holder.id;
      row.newHolder = holder.created;
      // A chunk checked again (after a race) starts from the parse's warnings.
      row.warnings = (row.warnings ?? []).filter((w) => w.field !== 'holderName');
      const others = (sameName.get(named.nameKey) ?? []).filter((h) => h.importId !== job.id).map((h) => h.id);
      if (others.length > 0) {
        const listed = others.slice(0, 3).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
        row.warnings.push({ field: 'holderName', message: `warning: possible match: ${others.length === 1 ? 'holder' : 'holders'} ${listed} ${others.length === 1 ? 'has' : 'have'} the same name; not reused: the firearm is linked to a new holder identified by name only, to check and complete` });
      }
    }
  }

  /** Records, their "registered" events, their markings and every audit entry: set-based statements, any chunk size. */
  async write(manager: EntityManager, job: ImportJob, rows: FirearmCandidate[]): Promise<void> {
    // The holders first named by these rows (once each), before the firearms that name them.
    const holders = [...new Map(rows.filter((r) => r.newHolder).map((r) => [r.newHolder!.id, r.newHolder!])).values()];
    await this.holders.insertIn(manager, holders, (h) => ({ importId: job.id, importRow: h.importRow, identifiedBy: 'name on a firearm row' }));
    await this.firearms.createManyIn(
      manager,
      rows.map((r) => ({
        record: asRecord(r, job),
        initialEvent: { type: 'registered', occurredOn: r.registeredOn, agencyId: job.agencyId, referenceDocuments: [`Import ${job.fileName}`], details: { importId: job.id, row: r.row } },
        audit: { importId: job.id, importRow: r.row, importKey: r.importKey },
      })),
    );
    const markings = rows.flatMap((r) => r.markings);
    if (markings.length > 0) await this.markings.insertIn(manager, markings, null, (i) => `row ${markings[i].importRow}: `, job.id);
  }
}

/** A candidate as the register entry it becomes. */
function asRecord(r: FirearmCandidate, job: ImportJob): NewRegisterEntry['record'] {
  return {
    id: r.id,
    itemKind: 'firearm',
    partType: null,
    parentFirearmId: null,
    categoryCode: r.categoryCode,
    actionCode: r.actionCode,
    makeText: r.makeText,
    manufacturerCode: r.manufacturerCode,
    model: r.model,
    calibreText: r.calibreText,
    calibreCode: r.calibreCode,
    serialRaw: r.serialRaw,
    serialNormalised: r.serialNormalised,
    serialFolded: r.serialFolded,
    countryOfManufacture: r.countryOfManufacture,
    yearOfManufacture: r.yearOfManufacture,
    barrelLengthMm: r.barrelLengthMm,
    origin: r.origin,
    description: r.description,
    holderId: r.holderId,
    registeringAgencyId: job.agencyId,
    unregisteredBeforeSeizure: false,
    importKey: r.importKey,
    importId: job.id,
    importRow: r.row,
  };
}
