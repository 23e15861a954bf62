import { actsNationally, ANOTHER_AGENCYS } from '../../../common/auth/agency-access.js';
import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../../../common/errors/domain-error.js';
import { AuditService } from '../../audit/audit.service.js';
import { MarkingFields } from '../../markings/dto/marking.dto.js';
import { LEGIBILITIES, MARKING_METHODS, MARKING_TYPES, MarkingCampaign } from '../../markings/marking.entities.js';
import { markingProblems } from '../../markings/marking-rules.js';
import { MarkingsService, type ImportedMarking } from '../../markings/markings.service.js';
import { normaliseSerial } from '../../markings/serial.js';
import { findFirearms, namesFirearm, readFirearmReference, resolveFirearm, type FirearmReference } from '../firearm-references.js';
import { ImportFileProblem, type CellReader, type ChunkCheck, type ImportKindHandler, type ParsedRow, type RegisterMatch, type RowCandidate } from '../import-kind.js';
import type { ImportJob } from '../import.entities.js';
import { loadImportReference, type ImportReference } from '../reference-maps.js';
import { RowReader } from '../row-values.js';
import { FIREARM_FIELDS, LEGIBILITY_NAMES, MARKING_METHOD_NAMES, MARKING_TYPE_NAMES } from './firearms.import.js';

/** Header names of each field, in English, French and Spanish. */
export const MARKING_IMPORT_FIELDS = {
  firearmId: ['firearm id', 'firearm uuid', 'registry id', "identifiant de l'arme", 'id arme', 'id de l arme', 'id del arma', 'identificador del arma'],
  firearmKey: ['firearm record key', 'firearm key', 'firearm reference', 'record key', 'key', 'reference', 'ref', "référence de l'arme", "clé de l'arme", 'référence', 'clé', 'referencia del arma', 'clave del arma', 'referencia', 'clave'],
  serialNumber: FIREARM_FIELDS.serialNumber,
  make: FIREARM_FIELDS.make,
  type: ['marking type', 'type', 'type of marking', 'type de marquage', 'type de marque', 'nature du marquage', 'tipo de marcaje', 'tipo de marca', 'tipo'],
  text: ['marking', 'marking text', 'text', 'text as read', 'mark', 'marquage', 'texte', 'texte du marquage', 'texte lu', 'inscription', 'marcaje', 'texto', 'texto del marcaje', 'texto leído', 'inscripción'],
  location: ['location', 'marking location', 'position', 'emplacement', 'emplacement du marquage', 'position du marquage', 'ubicación', 'ubicación del marcaje', 'posición'],
  method: ['method', 'marking method', 'méthode', 'méthode de marquage', 'procédé', 'procédé de marquage', 'método', 'método de marcaje'],
  legibility: ['legibility', 'marking legibility', 'lisibilité', 'lisibilité du marquage', 'legibilidad', 'legibilidad del marcaje'],
  importCountry: FIREARM_FIELDS.importCountry,
  importYear: FIREARM_FIELDS.importYear,
  appliedOn: ['applied on', 'date applied', 'marked on', 'marking date', 'date de marquage', 'marqué le', 'date d apposition', 'fecha de marcaje', 'marcado el', 'fecha de aplicación'],
  readOn: ['read on', 'date read', 'recorded on', 'date de lecture', 'lu le', 'relevé le', 'date du relevé', 'fecha de lectura', 'leído el', 'fecha de registro del marcaje'],
  notes: ['notes', 'remarks', 'comments', 'observations', 'remarques', 'commentaires', 'notas', 'observaciones', 'comentarios'],
} as const;

export interface MarkingRowContext {
  reference: ImportReference;
  today: string;
  /** The campaign whose log the file is, if the import names one. */
  campaign: MarkingCampaign | null;
  /** The importing agency is the national authority: it may add markings to any agency's firearm. */
  national: boolean;
}

export interface MarkingCandidate extends RowCandidate {
  ref: FirearmReference;
  /** The marking as MarkingsService.insertIn takes it; firearmId is set once check() has found the firearm. */
  marking: ImportedMarking;
  /** Same firearm, same type and this text = the same marking; null until the firearm is found. */
  identity: string | null;
}

/** What two readings of a mark are the same by: the normalised text (separators, case and symbols aside), else the text itself. */
export function markingTextKey(text: string, normalised = normaliseSerial(text)): string {
  return normalised ? `n:${normalised}` : `t:${text.trim()}`;
}

export function markingIdentity(firearmId: string, type: string, text: string, normalised?: string): string {
  return `${firearmId}|${type}|${markingTextKey(text, normalised)}`;
}

// Stands in for the firearm id while a row is parsed, so the DTO's rules run on the rest; the firearm is found by check().
const NOT_YET_KNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * Markings read on firearms already in the register: a marking campaign's log
 * (the import names the campaign) or marks read elsewhere. Each row names its
 * firearm by id, by the record key of an earlier firearms import, or by serial
 * and make, and must name exactly one. A mark already recorded on that firearm
 * with the same type and normalised text is a duplicate, never a second record.
 */
@Injectable()
export class MarkingsImport implements ImportKindHandler<MarkingCandidate, MarkingRowContext> {
  readonly kind = 'markings' as const;
  readonly fields = MARKING_IMPORT_FIELDS;
  readonly requiredColumns = ['type', 'text'];
  readonly recordLabel = 'marking';
  readonly target = { field: 'campaignId', required: false } as const;

  constructor(
    private readonly markings: MarkingsService,
    private readonly audit: AuditService,
  ) {}

  async load(dataSource: DataSource, job: ImportJob, today: string): Promise<MarkingRowContext> {
    const campaign = job.campaignId ? await dataSource.manager.findOneBy(MarkingCampaign, { id: job.campaignId }) : null;
    if (job.campaignId && !campaign) throw new ImportFileProblem(`The marking campaign ${job.campaignId} does not exist.`);
    return { reference: await loadImportReference(dataSource), today, campaign, national: await actsNationally(dataSource.manager, job.agencyId) };
  }

  parse(row: number, cell: CellReader, { reference, today, campaign }: MarkingRowContext): ParsedRow<MarkingCandidate> {
    const read = new RowReader(cell);
    const ref = readFirearmReference(cell, reference);
    if (!namesFirearm(ref)) {
      read.problem('firearmId', 'name the firearm the mark was read on: firearmId, firearmKey (record key of an earlier firearms import), or serialNumber with make');
    }
    const type = read.coded('type', MARKING_TYPES, MARKING_TYPE_NAMES, 'a marking type');
    if (!cell('type')) read.problem('type', 'is required: the type of the marking (manufacture, import, state_transfer, deactivation, proof, other)');
    const text = cell('text');
    if (!text) read.problem('text', 'is required: the marking exactly as read');
    const method = read.coded('method', MARKING_METHODS, MARKING_METHOD_NAMES, 'a marking method');
    // A campaign log records marks as they are applied: intact unless the file says otherwise.
    const legibility = cell('legibility') ? read.coded('legibility', LEGIBILITIES, LEGIBILITY_NAMES, 'a legibility') : 'intact';
    const importCountry = read.named('importCountry', reference.countries, 'country');
    const importYear = read.number('importYear');
    const appliedOn = read.day('appliedOn');
    const readOn = read.day('readOn');

    const fields: MarkingFields = {
      firearmId: ref.firearmId ?? NOT_YET_KNOWN,
      type: type ?? undefined!,
      text: text ?? undefined!,
      legibility: legibility ?? undefined!,
      ...(cell('location') ? { location: cell('location') } : {}),
      ...(method ? { method } : {}),
      ...(importCountry ? { importCountry } : {}),
      ...(importYear !== null ? { importYear } : {}),
      ...(appliedOn ? { appliedOn } : {}),
      ...(readOn ? { readOn } : {}),
      ...(cell('notes') ? { notes: cell('notes') } : {}),
    };
    // The API's rules: the DTO's constraints, then the marking rules (import details, dates, the campaign's window).
    const reported = new Set(read.problems.map((p) => p.field));
    read.checkWith(MarkingFields, fields);
    for (const problem of markingProblems(fields, today, '', campaign)) if (!reported.has(problem.field)) read.problem(problem.field, problem.message);
    const problems = read.problems;
    if (problems.length > 0) return { problems };
    return { candidate: { row, ref, marking: { ...fields, firearmId: ref.firearmId ?? undefined, importRow: row }, identity: null } };
  }

  key(candidate: MarkingCandidate): string {
    return candidate.identity ?? `row:${candidate.row}`;
  }

  duplicateField(): string {
    return 'text';
  }

  /** The rows' firearms in one query, then the markings they already carry with the same type and text in another. */
  async check(manager: EntityManager, job: ImportJob, candidates: MarkingCandidate[], { national }: MarkingRowContext): Promise<ChunkCheck> {
    const problems = new Map<number, FieldProblem[]>();
    const index = await findFirearms(manager, candidates.map((c) => c.ref));
    const found: MarkingCandidate[] = [];
    for (const candidate of candidates) {
      const resolution = resolveFirearm(candidate.ref, index, 'firearm');
      if ('firearm' in resolution && !national && resolution.firearm.registeringAgencyId !== job.agencyId) {
        // A marking changes the firearm's record: its agency's, or the national authority's (as POST /markings).
        problems.set(candidate.row, [{ field: resolution.field, message: ANOTHER_AGENCYS('firearm record') }]);
      } else if ('firearm' in resolution) {
        candidate.marking.firearmId = resolution.firearm.id;
        candidate.identity = markingIdentity(resolution.firearm.id, candidate.marking.type, candidate.marking.text);
        found.push(candidate);
      } else {
        problems.set(candidate.row, ['none' in resolution ? resolution.none : resolution.problem]);
      }
    }

    const matches = new Map<string, RegisterMatch>();
    if (found.length > 0) {
      const recorded = (await manager.query(
        `SELECT m.id, m.firearm_id, m.type, m.text_raw, m.text_normalised, m.import_id, m.import_row FROM marking m
           JOIN unnest($1::uuid[], $2::text[], $3::text[]) AS t(firearm_id, type, text_normalised)
             ON m.firearm_id = t.firearm_id AND m.type = t.type AND m.text_normalised = t.text_normalised
          ORDER BY m.recorded_at, m.id`,
        [found.map((c) => c.marking.firearmId), found.map((c) => c.marking.type), found.map((c) => normaliseSerial(c.marking.text))],
      )) as { id: string; firearm_id: string; type: string; text_raw: string; text_normalised: string; import_id: string | null; import_row: number | null }[];
      for (const marking of recorded) {
        const identity = markingIdentity(marking.firearm_id, marking.type, marking.text_raw, marking.text_normalised);
        if (!matches.has(identity)) matches.set(identity, { id: marking.id, importId: marking.import_id, importRow: marking.import_row });
      }
    }
    return { matches, problems };
  }

  /** The markings in one insert with their audit entries (MarkingsService.insertIn); a campaign's log notes each chunk it received, as the API's bulk entry does. */
  async write(manager: EntityManager, job: ImportJob, accepted: MarkingCandidate[], { campaign: loaded }: MarkingRowContext): Promise<void> {
    const campaign = loaded ? await this.markings.campaign(manager, loaded.id, true) : null;
    await this.markings.insertIn(manager, accepted.map((c) => c.marking), campaign, (i) => `row ${accepted[i].row}: `, job.id);
    if (campaign) {
      await this.audit.record(manager, { recordType: 'marking_campaign', recordId: campaign.id, action: 'markings_added', after: { count: accepted.length, importId: job.id, rows: [accepted[0].row, accepted[accepted.length - 1].row] } });
    }
  }
}
