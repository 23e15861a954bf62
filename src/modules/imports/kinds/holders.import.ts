import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock/clock.js';
import { documentKey, documentKeySql } from '../../holders/document-key.js';
import { CreateHolderRequest } from '../../holders/dto/holder.dto.js';
import { HOLDER_KINDS, ORGANISATION_TYPES, SEXES, type Holder } from '../../holders/holder.entities.js';
import { HoldersService } from '../../holders/holders.service.js';
import type { CellReader, ChunkCheck, ImportKindHandler, ParsedRow, RegisterMatch, RowCandidate } from '../import-kind.js';
import type { ImportJob } from '../import.entities.js';
import { loadImportReference, type ImportReference } from '../reference-maps.js';
import { RowReader, type ValueNames } from '../row-values.js';

/**
 * Header names of each field, in English, French and Spanish. The record key
 * has no generic names ("ID", "Référence"): flat legacy registers use those for
 * the firearm of the row, and a holder keyed by them would be created once per
 * firearm. Such a column can still be mapped: {"Référence": "recordKey"}.
 */
export const HOLDER_FIELDS = {
  recordKey: ['record key', 'holder key', 'holder record key', 'holder reference', 'référence du détenteur', 'clé du détenteur', 'code détenteur', 'referencia del titular', 'clave del titular', 'código del titular'],
  kind: ['holder kind', 'holder type', 'kind of holder', 'person or organisation', 'person or organization', 'type de détenteur', 'nature du détenteur', 'personne physique ou morale', 'tipo de titular', 'tipo de persona', 'persona natural o jurídica'],
  familyName: ['family name', 'surname', 'last name', 'nom', 'nom de famille', 'apellidos', 'apellido', 'apellido paterno', 'primer apellido'],
  secondFamilyName: ['second family name', 'second surname', 'apellido materno', 'segundo apellido'],
  givenNames: ['given names', 'given name', 'first name', 'first names', 'forenames', 'prénom', 'prénoms', 'prénom(s)', 'nombres', 'nombre', 'nombre(s)'],
  birthDate: ['birth date', 'date of birth', 'born on', 'date de naissance', 'né le', 'né(e) le', 'fecha de nacimiento', 'nacido el'],
  sex: ['sex', 'gender', 'sexe', 'genre', 'sexo', 'género'],
  nationality: ['nationality', 'citizenship', 'nationalité', 'nacionalidad'],
  idDocumentType: ['document type', 'id document type', 'identity document type', 'type de pièce', "type de pièce d'identité", 'nature de la pièce', 'tipo de documento', 'tipo de documento de identidad'],
  idDocumentNumber: ['document number', 'id document number', 'identity document number', 'id number', 'identity document', 'national id', 'passport number', 'n° cni', 'numéro cni', 'cni', 'n° de pièce', 'numéro de pièce', "numéro de pièce d'identité", "n° de pièce d'identité", "pièce d'identité", 'cédula de identidad', 'n° de cédula', 'número de cédula', 'cédula', 'ci', 'n° ci', 'número de documento', 'n° de documento', 'documento de identidad', 'dni'],
  idDocumentCountry: ['document country', 'document issuing country', 'issuing country', 'pays de délivrance', "pays d'émission", 'pays de délivrance de la pièce', 'país de emisión', 'país de expedición', 'país del documento'],
  organisationType: ['organisation type', 'organization type', 'type of organisation', "type d'organisation", 'type de structure', "type d'entreprise", 'tipo de organización', 'tipo de entidad', 'tipo de empresa'],
  legalName: ['legal name', 'organisation name', 'organization name', 'company name', 'company', 'raison sociale', 'dénomination', 'dénomination sociale', 'nom de la société', 'razón social', 'denominación', 'denominación social', 'nombre de la empresa'],
  registrationNumber: ['registration number', 'company number', 'company registration number', 'trade register number', 'rccm', 'n° rccm', "numéro d'immatriculation", "n° d'immatriculation", 'registre du commerce', 'matrícula de comercio', 'número de matrícula', 'n° de matrícula', 'número de registro', 'registro de comercio'],
  country: ['country', 'country of registration', 'pays', "pays d'immatriculation", 'país', 'país de registro'],
  address: ['address', 'adresse', 'domicile', 'dirección', 'domicilio'],
  phone: ['phone', 'telephone', 'phone number', 'mobile', 'téléphone', 'tél', 'portable', 'teléfono', 'celular'],
} as const;

export type HolderField = keyof typeof HOLDER_FIELDS;

export const HOLDER_KIND_NAMES: ValueNames<(typeof HOLDER_KINDS)[number]> = {
  person: ['individual', 'natural person', 'private person', 'personne', 'personne physique', 'particulier', 'individu', 'persona', 'persona natural', 'persona física', 'particular'],
  organisation: ['organization', 'company', 'legal person', 'legal entity', 'entity', 'personne morale', 'société', 'entreprise', 'structure', 'organización', 'persona jurídica', 'empresa', 'entidad', 'institución'],
};

/**
 * F and M as identity documents write them (ICAO 9303: M is male, also on
 * Spanish-language cards, where it reads "masculino"); H for homme / hombre;
 * X (ICAO's unspecified) and the words for unknown.
 */
export const SEX_NAMES: ValueNames<(typeof SEXES)[number]> = {
  female: ['f', 'woman', 'femme', 'féminin', 'feminin', 'mujer', 'femenino', 'femenina'],
  male: ['m', 'h', 'man', 'homme', 'masculin', 'hombre', 'masculino', 'varón'],
  unknown: ['x', 'u', 'not known', 'unspecified', 'inconnu', 'inconnue', 'non précisé', 'non renseigné', 'desconocido', 'desconocida', 'no especificado', 'sin dato'],
};

export const ORGANISATION_TYPE_NAMES: ValueNames<(typeof ORGANISATION_TYPES)[number]> = {
  manufacturer: ['maker', 'fabricant', 'manufacture', 'fabricante'],
  dealer: ['gun shop', 'arms dealer', 'armurier', 'armurerie', "marchand d'armes", "commerce d'armes", 'commerçant', 'armería', 'comerciante', 'distribuidor', 'comercio de armas'],
  broker: ['courtier', 'intermédiaire', 'corredor', 'intermediario'],
  carrier: ['transporter', 'transporteur', 'transportista', 'transportador'],
  state_agency: ['state', 'government agency', 'public body', "administration", "service de l'état", "organisme public", "agence de l'état", 'organismo estatal', 'entidad estatal', 'institución pública', 'organismo público'],
  security_company: ['private security', 'security firm', 'société de sécurité', 'société de gardiennage', 'sécurité privée', 'empresa de seguridad', 'seguridad privada'],
  shooting_club: ['gun club', 'club de tir', 'club de tiro'],
  other: ['autre', 'otro', 'otra'],
};

/** A person's fields and an organisation's: which a row fills tells its kind when it does not say. */
const PERSON_FIELDS: HolderField[] = ['familyName', 'secondFamilyName', 'givenNames', 'birthDate', 'sex', 'nationality', 'idDocumentType', 'idDocumentNumber', 'idDocumentCountry'];
const ORGANISATION_FIELDS: HolderField[] = ['organisationType', 'legalName', 'registrationNumber'];

export interface HolderRowContext {
  reference: ImportReference;
}

export interface HolderCandidate extends RowCandidate {
  holder: CreateHolderRequest;
  id: string;
  importKey: string | null;
  /** documentKey of the identity document (a person) or registration number (an organisation). */
  documentKey: string | null;
}

/**
 * The key two rows, or a row and a record, are the same holder by: the file's
 * record key; else a person's identity document, an organisation's registration
 * number, compared by documentKey. The document country is not part of it: see
 * README "Import formats" (a register that leaves it out must still meet the
 * same person, and firearm and licence rows find holders by the number alone).
 */
export function holderIdentity(c: Pick<HolderCandidate, 'importKey' | 'documentKey'> & { kind: Holder['kind'] }): string | null {
  if (c.importKey) return `key:${c.importKey}`;
  if (!c.documentKey) return null;
  return `${c.kind}:${c.documentKey}`;
}

/**
 * Persons and organisations. A row's kind is its kind column, else what it
 * fills: person fields only → a person, organisation fields only → an
 * organisation, both → refused (the file must say). Each accepted row becomes
 * a holder with the audit entry the API writes, plus the import's id, row and key.
 */
@Injectable()
export class HoldersImport implements ImportKindHandler<HolderCandidate, HolderRowContext> {
  readonly kind = 'holders' as const;
  readonly fields = HOLDER_FIELDS;
  readonly requiredColumns = [];
  readonly recordLabel = 'holder';
  readonly target = null;

  constructor(
    private readonly holders: HoldersService,
    private readonly clock: Clock,
  ) {}

  async load(dataSource: DataSource): Promise<HolderRowContext> {
    return { reference: await loadImportReference(dataSource) };
  }

  parse(row: number, cell: CellReader, { reference }: HolderRowContext): ParsedRow<HolderCandidate> {
    const read = new RowReader(cell);
    const problems = read.problems;
    const coded = <T extends string>(field: HolderField, codes: readonly T[], names: ValueNames<T>, what: string) => read.coded(field, codes, names, what) ?? undefined;
    const country = (field: HolderField) => read.named(field, reference.countries, 'country') ?? undefined;

    const filled = (fields: HolderField[]) => fields.filter((f) => cell(f) !== undefined);
    let kind = coded('kind', HOLDER_KINDS, HOLDER_KIND_NAMES, 'a holder kind');
    if (cell('kind') === undefined) {
      const person = filled(PERSON_FIELDS);
      const organisation = filled(ORGANISATION_FIELDS);
      if (person.length > 0 && organisation.length === 0) kind = 'person';
      else if (organisation.length > 0 && person.length === 0) kind = 'organisation';
      else if (person.length > 0) {
        problems.push({ field: 'kind', message: `is needed: the row has a person's fields (${person.join(', ')}) and an organisation's (${organisation.join(', ')}); say person or organisation` });
      } else problems.push({ field: 'kind', message: "is needed: the row has neither a person's name or identity document nor an organisation's name or registration number" });
    }

    const birthDate = read.day('birthDate', '1984-03-02 or 02/03/1984');
    // Spanish-language registers often keep the two family names apart; the register keeps one, as they are written together.
    const familyName = [cell('familyName'), cell('secondFamilyName')].filter(Boolean).join(' ') || undefined;

    const holder: CreateHolderRequest = {
      kind: kind!,
      familyName,
      givenNames: cell('givenNames'),
      birthDate: birthDate ?? undefined,
      sex: coded('sex', SEXES, SEX_NAMES, 'a sex'),
      nationality: country('nationality'),
      idDocumentType: cell('idDocumentType'),
      idDocumentNumber: cell('idDocumentNumber'),
      idDocumentCountry: country('idDocumentCountry'),
      organisationType: coded('organisationType', ORGANISATION_TYPES, ORGANISATION_TYPE_NAMES, 'an organisation type'),
      legalName: cell('legalName'),
      registrationNumber: cell('registrationNumber'),
      country: country('country'),
      address: cell('address'),
      phone: cell('phone'),
    };
    if (kind === 'person' && !familyName) problems.push({ field: 'familyName', message: 'is required for a person' });
    if (kind === 'organisation' && !holder.legalName) problems.push({ field: 'legalName', message: 'is required for an organisation' });
    if (kind === 'organisation' && !cell('organisationType')) problems.push({ field: 'organisationType', message: `is required for an organisation (${ORGANISATION_TYPES.join(', ')})` });
    if (kind) {
      read.checkWith(CreateHolderRequest, Object.fromEntries(Object.entries(holder).filter(([, v]) => v !== undefined)) as Partial<CreateHolderRequest>);
    }
    if (problems.length > 0) return { problems };

    const document = kind === 'person' ? holder.idDocumentNumber : holder.registrationNumber;
    const candidate: HolderCandidate = { row, id: randomUUID(), holder, importKey: cell('recordKey') ?? null, documentKey: document ? documentKey(document) || null : null };
    if (holderIdentity({ ...candidate, kind: kind! }) === null) {
      const field = kind === 'person' ? 'idDocumentNumber' : 'registrationNumber';
      const what = kind === 'person' ? 'an identity document number' : 'a registration number';
      const message = document
        ? `"${document}" has no letter or digit to recognise the holder by; give ${what} or a record key column`
        : `${kind === 'person' ? 'a person' : 'an organisation'} needs ${what} or a record key, so that importing the file again cannot register the ${kind} twice`;
      return { problems: [{ field, message }] };
    }
    return { candidate };
  }

  key(candidate: HolderCandidate): string {
    return holderIdentity({ ...candidate, kind: candidate.holder.kind })!;
  }

  duplicateField(candidate: HolderCandidate): string {
    if (candidate.importKey) return 'recordKey';
    return candidate.holder.kind === 'person' ? 'idDocumentNumber' : 'registrationNumber';
  }

  /** Register holders by record key, identity document or registration number; the oldest when several share a document. */
  async check(manager: EntityManager, _job: ImportJob, candidates: HolderCandidate[]): Promise<ChunkCheck> {
    const matches = new Map<string, RegisterMatch>();
    const wanted = (pick: (c: HolderCandidate) => string | null | false) => [...new Set(candidates.map(pick).filter((v): v is string => !!v))];
    const keys = wanted((c) => c.importKey);
    const documents = wanted((c) => !c.importKey && c.holder.kind === 'person' && c.documentKey);
    const registrations = wanted((c) => !c.importKey && c.holder.kind === 'organisation' && c.documentKey);
    if (keys.length + documents.length + registrations.length > 0) {
      const rows = (await manager.query(
        `SELECT id, kind, import_key, import_id, import_row,
                CASE WHEN kind = 'person' THEN ${documentKeySql('id_document_number')} ELSE ${documentKeySql('registration_number')} END AS document_key
           FROM holder
          WHERE (import_key IS NOT NULL AND import_key = ANY($1::text[]))
             OR (kind = 'person' AND id_document_number IS NOT NULL AND ${documentKeySql('id_document_number')} = ANY($2::text[]))
             OR (kind = 'organisation' AND registration_number IS NOT NULL AND ${documentKeySql('registration_number')} = ANY($3::text[]))
          ORDER BY created_at, id`,
        [keys, documents, registrations],
      )) as { id: string; kind: Holder['kind']; import_key: string | null; import_id: string | null; import_row: number | null; document_key: string | null }[];
      for (const row of rows) {
        const match = { id: row.id, importId: row.import_id, importRow: row.import_row };
        if (row.import_key && !matches.has(`key:${row.import_key}`)) matches.set(`key:${row.import_key}`, match);
        const byDocument = holderIdentity({ importKey: null, documentKey: row.document_key || null, kind: row.kind });
        if (byDocument && !matches.has(byDocument)) matches.set(byDocument, match);
      }
    }
    return { matches, problems: new Map() };
  }

  async write(manager: EntityManager, job: ImportJob, rows: HolderCandidate[]): Promise<void> {
    const now = this.clock.now();
    const holders = rows.map(
      (r): Holder => ({
        id: r.id,
        kind: r.holder.kind,
        familyName: r.holder.familyName ?? null,
        givenNames: r.holder.givenNames ?? null,
        birthDate: r.holder.birthDate ?? null,
        sex: r.holder.sex ?? null,
        nationality: r.holder.nationality ?? null,
        idDocumentType: r.holder.idDocumentType ?? null,
        idDocumentNumber: r.holder.idDocumentNumber ?? null,
        idDocumentCountry: r.holder.idDocumentCountry ?? null,
        organisationType: r.holder.organisationType ?? null,
        legalName: r.holder.legalName ?? null,
        registrationNumber: r.holder.registrationNumber ?? null,
        country: r.holder.country ?? null,
        address: r.holder.address ?? null,
        phone: r.holder.phone ?? null,
        registeringAgencyId: job.agencyId,
        identifiedByNameOnly: false,
        importKey: r.importKey,
        importId: job.id,
        importRow: r.row,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.holders.insertIn(manager, holders, (h) => ({ importId: job.id, importRow: h.importRow, importKey: h.importKey }));
  }
}
