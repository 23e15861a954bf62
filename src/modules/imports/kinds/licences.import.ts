import { actsNationally } from '../../../common/auth/agency-access.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock/clock.js';
import type { FieldProblem } from '../../../common/errors/domain-error.js';
import { documentKey, holdersByDocumentKey } from '../../holders/document-key.js';
import { CreateLicenceRequest } from '../../holders/dto/licence.dto.js';
import { LICENCE_KINDS, type Licence } from '../../holders/holder.entities.js';
import { licenceDateProblems } from '../../holders/licence-validity.js';
import { LicencesService } from '../../holders/licences.service.js';
import { foldHeader } from '../columns.js';
import type { CellReader, ChunkCheck, ImportKindHandler, ParsedRow, RegisterMatch, RowCandidate } from '../import-kind.js';
import type { ImportJob } from '../import.entities.js';
import { codeByName, loadImportReference, type ImportReference } from '../reference-maps.js';
import { RowReader, type ValueNames } from '../row-values.js';

/** Header names of each field, in English, French and Spanish. */
export const LICENCE_FIELDS = {
  number: ['licence number', 'license number', 'licence no', 'license no', 'permit number', 'licence', 'license', 'number', 'n° de licence', 'numéro de licence', 'n° de permis', 'numéro de permis', 'n° du permis', 'permis', 'n° de licencia', 'número de licencia', 'licencia', 'número'],
  kind: ['licence kind', 'licence type', 'license type', 'type of licence', 'kind', 'type', 'type de licence', 'type de permis', 'nature du permis', 'tipo de licencia', 'clase de licencia', 'tipo'],
  holderDocument: ['holder document', 'holder document number', 'holder id number', 'holder registration number', "pièce d'identité du détenteur", 'n° cni du titulaire', 'n° cni', 'cni', "n° d'immatriculation du titulaire", 'n° rccm', 'documento del titular', 'cédula del titular', 'cédula de identidad', 'cédula', 'ci', 'número de documento', 'matrícula del titular'],
  holderKey: ['holder key', 'holder record key', 'holder reference', 'référence du détenteur', 'clé du détenteur', 'code détenteur', 'referencia del titular', 'clave del titular', 'código del titular'],
  issuedOn: ['issued on', 'issue date', 'date of issue', 'issued', 'délivré le', 'délivrée le', 'date de délivrance', "date d'émission", 'fecha de emisión', 'fecha de expedición', 'fecha de otorgamiento', 'emitida el'],
  expiresOn: ['expires on', 'expiry date', 'expiration date', 'expiry', 'valid until', 'expire le', "date d'expiration", "valable jusqu'au", 'date de fin de validité', 'fecha de vencimiento', 'fecha de expiración', 'vence el', 'válida hasta', 'vigente hasta'],
  categories: ['categories', 'categories covered', 'category', 'firearm categories', 'catégories', 'catégorie', "catégories d'armes", 'armes autorisées', 'categorías', 'categoría', 'categorías de armas', 'armas autorizadas'],
  conditions: ['conditions', 'restrictions', 'remarks', 'notes', 'conditions particulières', 'observations', 'condiciones', 'restricciones', 'observaciones'],
  issuingAgency: ['issuing agency', 'issuing authority', 'issued by', 'agency', 'autorité de délivrance', 'délivré par', 'service émetteur', 'organisme émetteur', 'autoridad emisora', 'entidad emisora', 'emitida por', 'organismo emisor'],
} as const;

export type LicenceField = keyof typeof LICENCE_FIELDS;

export const LICENCE_KIND_NAMES: ValueNames<(typeof LICENCE_KINDS)[number]> = {
  possession: ['possess', 'ownership', 'carry', 'firearm licence', 'détention', 'permis de détention', 'port d arme', "permis de port d'arme", 'tenencia', 'portación', 'porte', 'tenencia y portación'],
  dealer: ['dealing', 'trade', 'arms dealer', 'commerce', "commerce d'armes", 'armurier', 'commerçant', 'comercio', 'comerciante', 'armería', 'comercialización'],
  manufacturer: ['manufacture', 'manufacturing', 'fabrication', 'fabricant', 'fabricación', 'fabricante'],
};

/** Several categories in one cell: "pistol; rifle", "Pistolet, Fusil", "pistola | escopeta". */
export const CATEGORY_SEPARATORS = /[;,|]/;

/** holderId is found by check(), after parsing; the DTO is held to its other rules with a stand-in. */
const HOLDER_TO_BE_FOUND = '00000000-0000-4000-8000-000000000000';

export interface LicenceRowContext {
  reference: ImportReference;
  /** Agencies by code or name (folded); the importing agency when a row names none. */
  agencies: Map<string, string>;
  importingAgencyId: string;
  /** The importing agency is the national authority: it may issue in another agency's name. */
  national: boolean;
}

export interface LicenceCandidate extends RowCandidate {
  id: string;
  licence: Omit<CreateLicenceRequest, 'holderId' | 'issuingAgencyId' | 'categories'> & { issuingAgencyId: string; categories: string[] };
  holderDocument: string | null;
  holderDocumentKey: string | null;
  holderKey: string | null;
  /** Found by check(): the one holder the row names. */
  holderId: string | null;
}

/** A licence is the same as another by its number, exactly as written (it is unique in the register, as in the API). */
export function licenceKey(c: Pick<LicenceCandidate, 'licence'>): string {
  return `number:${c.licence.number}`;
}

/**
 * Licences of holders already registered (through the API or a holders import),
 * each named by identity document or registration number, or by the record key
 * of the holders import. Each accepted row becomes a licence with the audit
 * entry the API writes, plus the import's id and row.
 */
@Injectable()
export class LicencesImport implements ImportKindHandler<LicenceCandidate, LicenceRowContext> {
  readonly kind = 'licences' as const;
  readonly fields = LICENCE_FIELDS;
  readonly requiredColumns = ['number', 'kind', 'issuedOn', 'expiresOn'];
  readonly recordLabel = 'licence';
  readonly target = null;

  constructor(
    private readonly licences: LicencesService,
    private readonly clock: Clock,
  ) {}

  async load(dataSource: DataSource, job: ImportJob): Promise<LicenceRowContext> {
    const agencies = new Map<string, string>();
    const rows = (await dataSource.query(`SELECT id, code, name FROM agency`)) as { id: string; code: string; name: string }[];
    // Codes are unique and win over a name that happens to fold the same.
    for (const row of rows) agencies.set(foldHeader(row.name), row.id);
    for (const row of rows) agencies.set(foldHeader(row.code), row.id);
    return { reference: await loadImportReference(dataSource), agencies, importingAgencyId: job.agencyId, national: await actsNationally(dataSource.manager, job.agencyId) };
  }

  parse(row: number, cell: CellReader, { reference, agencies, importingAgencyId, national }: LicenceRowContext): ParsedRow<LicenceCandidate> {
    const read = new RowReader(cell);
    const problems = read.problems;
    const day = (field: 'issuedOn' | 'expiresOn') => {
      if (!cell(field)) read.problem(field, 'is required for a licence');
      return read.day(field) ?? undefined;
    };

    const number = cell('number');
    if (!number) problems.push({ field: 'number', message: 'is required for a licence' });
    const kind = read.coded('kind', LICENCE_KINDS, LICENCE_KIND_NAMES, 'a licence kind');
    if (!cell('kind')) read.problem('kind', `is required for a licence (${LICENCE_KINDS.join(', ')})`);
    const issuedOn = day('issuedOn');
    const expiresOn = day('expiresOn');
    if (issuedOn && expiresOn) problems.push(...licenceDateProblems({ issuedOn, expiresOn }));

    const names = (cell('categories') ?? '').split(CATEGORY_SEPARATORS).map((c) => c.trim()).filter(Boolean);
    const unknown = names.filter((name) => !codeByName(reference.categories, name));
    if (unknown.length > 0) {
      const quoted = unknown.map((name) => `"${name}"`).join(', ');
      problems.push({ field: 'categories', message: unknown.length === 1 ? `${quoted} is not a known firearm category` : `${quoted} are not known firearm categories` });
    }
    const categories = [...new Set(names.map((name) => codeByName(reference.categories, name)).filter((c): c is string => !!c))];

    const agencyText = cell('issuingAgency');
    const issuingAgencyId = agencyText ? agencies.get(foldHeader(agencyText)) : importingAgencyId;
    if (agencyText && !issuingAgencyId) problems.push({ field: 'issuingAgency', message: `"${agencyText}" is not a known agency (give its code or name)` });
    // As POST /licences: a licence in another agency's name is the national authority's to record.
    else if (issuingAgencyId !== importingAgencyId && !national) problems.push({ field: 'issuingAgency', message: `"${agencyText}" is another agency: only the national firearms authority records licences in another agency’s name` });

    const holderDocument = cell('holderDocument') ?? null;
    const holderKey = cell('holderKey') ?? null;
    const holderDocumentKey = holderDocument ? documentKey(holderDocument) || null : null;
    if (!holderDocument && !holderKey) {
      problems.push({ field: 'holderDocument', message: "a licence needs its holder: give the holder's identity document or registration number (holderDocument) or the holder's record key from a holders import (holderKey)" });
    } else if (holderDocument && !holderDocumentKey) problems.push({ field: 'holderDocument', message: `"${holderDocument}" has no letter or digit to find the holder by` });

    const licence: CreateLicenceRequest = {
      number: number!,
      kind: kind!,
      holderId: HOLDER_TO_BE_FOUND,
      issuingAgencyId,
      issuedOn: issuedOn!,
      expiresOn: expiresOn!,
      categories,
      conditions: cell('conditions'),
    };
    const fieldOf = (property: string) => (property === 'issuingAgencyId' ? 'issuingAgency' : property);
    read.checkWith(CreateLicenceRequest, licence, fieldOf);
    if (problems.length > 0) return { problems };

    const { holderId: _stand_in, ...fields } = licence;
    return { candidate: { row, id: randomUUID(), licence: { ...fields, issuingAgencyId: issuingAgencyId!, categories }, holderDocument, holderDocumentKey, holderKey, holderId: null } };
  }

  key(candidate: LicenceCandidate): string {
    return licenceKey(candidate);
  }

  duplicateField(): string {
    return 'number';
  }

  /** Register licences by number, and the one holder each row names (by document or registration number, or by record key). */
  async check(manager: EntityManager, _job: ImportJob, candidates: LicenceCandidate[]): Promise<ChunkCheck> {
    const matches = new Map<string, RegisterMatch>();
    const numbers = [...new Set(candidates.map((c) => c.licence.number))];
    const licences = (await manager.query(`SELECT id, number, import_id, import_row FROM licence WHERE number = ANY($1::text[])`, [numbers])) as { id: string; number: string; import_id: string | null; import_row: number | null }[];
    for (const l of licences) matches.set(licenceKey({ licence: { number: l.number } as LicenceCandidate['licence'] }), { id: l.id, importId: l.import_id, importRow: l.import_row });

    const keys = [...new Set(candidates.map((c) => c.holderKey).filter((k): k is string => !!k))];
    const documents = [...new Set(candidates.map((c) => c.holderDocumentKey).filter((k): k is string => !!k))];
    const byKey = new Map<string, string>();
    if (keys.length > 0) {
      for (const h of (await manager.query(`SELECT id, import_key FROM holder WHERE import_key IS NOT NULL AND import_key = ANY($1::text[])`, [keys])) as { id: string; import_key: string }[]) byKey.set(h.import_key, h.id);
    }
    const byDocument = await holdersByDocumentKey(manager, documents);

    const problems = new Map<number, FieldProblem[]>();
    for (const c of candidates) {
      const rowProblems: FieldProblem[] = [];
      let byDocumentId: string | undefined;
      if (c.holderDocumentKey) {
        const found = [...(byDocument.get(c.holderDocumentKey) ?? [])];
        if (found.length === 1) byDocumentId = found[0];
        else if (found.length === 0) rowProblems.push({ field: 'holderDocument', message: `no holder with identity document or registration number "${c.holderDocument}"` });
        else rowProblems.push({ field: 'holderDocument', message: `${found.length} holders have identity document or registration number "${c.holderDocument}": name the holder by its record key (holderKey), or issue the licence through the API` });
      }
      let byKeyId: string | undefined;
      if (c.holderKey) {
        byKeyId = byKey.get(c.holderKey);
        if (!byKeyId) rowProblems.push({ field: 'holderKey', message: `no holder with record key "${c.holderKey}"` });
      }
      if (byDocumentId && byKeyId && byDocumentId !== byKeyId) rowProblems.push({ field: 'holderKey', message: `names another holder than holderDocument "${c.holderDocument}"` });
      if (rowProblems.length > 0) problems.set(c.row, rowProblems);
      else c.holderId = byKeyId ?? byDocumentId!;
    }
    return { matches, problems };
  }

  async write(manager: EntityManager, job: ImportJob, rows: LicenceCandidate[]): Promise<void> {
    const now = this.clock.now();
    const licences = rows.map(
      (r): Licence => ({
        id: r.id,
        number: r.licence.number,
        kind: r.licence.kind,
        holderId: r.holderId!,
        issuingAgencyId: r.licence.issuingAgencyId,
        issuedOn: r.licence.issuedOn,
        expiresOn: r.licence.expiresOn,
        state: 'active',
        stateReason: null,
        categories: r.licence.categories,
        conditions: r.licence.conditions ?? null,
        importId: job.id,
        importRow: r.row,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.licences.insertIn(manager, licences, (l) => ({ importId: job.id, importRow: l.importRow }));
  }
}
