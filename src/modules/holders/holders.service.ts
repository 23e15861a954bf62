import { assertMayChange } from '../../common/auth/agency-access.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Holder } from './holder.entities.js';
import type { CreateHolderRequest, HolderFields, HolderListQuery, UpdateHolderRequest } from './dto/holder.dto.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

const FIELDS: (keyof HolderFields)[] = ['familyName', 'givenNames', 'birthDate', 'sex', 'nationality', 'idDocumentType', 'idDocumentNumber', 'idDocumentCountry', 'organisationType', 'legalName', 'registrationNumber', 'country', 'address', 'phone'];

const NAME_EXPRESSION = `(coalesce(h.family_name, '') || ' ' || coalesce(h.given_names, '') || ' ' || coalesce(h.legal_name, ''))`;

/** The criteria of a list as asked, for its audit entry. */
const listCriteria = (query: HolderListQuery) =>
  Object.fromEntries((['kind', 'q', 'documentNumber', 'agencyId', 'nameOnly', 'limit', 'offset'] as const).filter((k) => query[k] !== undefined).map((k) => [k, query[k]]));

const auditView = (h: Holder) => Object.fromEntries([['kind', h.kind], ...FIELDS.map((f) => [f, h[f] ?? null])]);

@Injectable()
export class HoldersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateHolderRequest): Promise<Holder> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkCountries(manager, input);
      const now = this.clock.now();
      const holder = manager.create(Holder, {
        id: randomUUID(),
        kind: input.kind,
        ...Object.fromEntries(FIELDS.map((f) => [f, input[f] ?? null])),
        registeringAgencyId: RequestContext.current()?.actor?.agencyId ?? undefined,
        identifiedByNameOnly: false,
        importKey: null,
        importId: null,
        importRow: null,
        createdAt: now,
        updatedAt: now,
      } as Holder);
      if (!holder.registeringAgencyId) throw new DomainError('VALIDATION_FAILED', 'The registering agency is unknown: sign in as a user of an agency.');
      await this.insertIn(manager, [holder]);
      return holder;
    });
  }

  /**
   * New holders in one set-based statement, each with the audit entry a holder
   * created through the API gets; `auditExtras` adds to that entry (an import's
   * id, row and key). The API and bulk imports both write holders through here.
   * Countries must already be known: the API checks them, imports resolve them.
   */
  async insertIn(manager: EntityManager, holders: Holder[], auditExtras: (holder: Holder) => Record<string, unknown> = () => ({})): Promise<void> {
    if (holders.length === 0) return;
    const column = <T>(pick: (h: Holder) => T) => holders.map(pick);
    await manager.query(
      `INSERT INTO holder (id, kind, family_name, given_names, birth_date, sex, nationality, id_document_type, id_document_number, id_document_country,
                           organisation_type, legal_name, registration_number, country, address, phone, registering_agency_id,
                           import_key, import_id, import_row, created_at, updated_at, identified_by_name_only)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                            $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::uuid[],
                            $18::text[], $19::uuid[], $20::int[], $21::timestamptz[], $22::timestamptz[], $23::boolean[])`,
      [
        column((h) => h.id), column((h) => h.kind), column((h) => h.familyName ?? null), column((h) => h.givenNames ?? null), column((h) => h.birthDate ?? null),
        column((h) => h.sex ?? null), column((h) => h.nationality ?? null), column((h) => h.idDocumentType ?? null), column((h) => h.idDocumentNumber ?? null),
        column((h) => h.idDocumentCountry ?? null), column((h) => h.organisationType ?? null), column((h) => h.legalName ?? null), column((h) => h.registrationNumber ?? null),
        column((h) => h.country ?? null), column((h) => h.address ?? null), column((h) => h.phone ?? null), column((h) => h.registeringAgencyId),
        column((h) => h.importKey ?? null), column((h) => h.importId ?? null), column((h) => h.importRow ?? null), column((h) => h.createdAt), column((h) => h.updatedAt),
        column((h) => h.identifiedByNameOnly ?? false),
      ],
    );
    await this.audit.record(manager, ...holders.map((h) => ({ recordType: 'holder', recordId: h.id, action: 'created', after: { ...auditView(h), ...(h.identifiedByNameOnly ? { identifiedByNameOnly: true } : {}), ...auditExtras(h) } })));
  }

  async update(id: string, input: UpdateHolderRequest): Promise<Holder> {
    return this.dataSource.transaction(async (manager) => {
      const holder = await manager.findOne(Holder, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!holder) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${id}.`);
      // A person's or organisation's particulars are corrected by the agency that registered them, or the national authority.
      await assertMayChange(manager, { ownerAgencyId: holder.registeringAgencyId }, `Holder ${id}`);
      await this.checkCountries(manager, input);
      const before = auditView(holder);
      for (const field of FIELDS) if (input[field] !== undefined) Object.assign(holder, { [field]: input[field] });
      // A document completes a holder known by name only: it leaves the list of holders to complete.
      const completed = holder.identifiedByNameOnly && !!(holder.kind === 'person' ? holder.idDocumentNumber : holder.registrationNumber);
      if (completed) holder.identifiedByNameOnly = false;
      const diff = changedFields({ ...before, ...(completed ? { identifiedByNameOnly: true } : {}) }, { ...auditView(holder), ...(completed ? { identifiedByNameOnly: false } : {}) });
      if (Object.keys(diff.after).length === 0) return holder;
      holder.updatedAt = this.clock.now();
      await manager.save(holder);
      await this.audit.record(manager, { recordType: 'holder', recordId: id, action: 'corrected', ...diff, reason: input.reason });
      return holder;
    });
  }

  /** Viewing a person's record is itself audited: who looked at whom, when. */
  async view(id: string, personalData: boolean): Promise<Holder> {
    const holder = await this.get(this.dataSource.manager, id);
    if (holder.kind === 'person' && personalData) await this.audit.recordRead({ recordType: 'holder', recordId: id, action: 'viewed' });
    return holder;
  }

  async get(manager: EntityManager, id: string): Promise<Holder> {
    const holder = await manager.findOneBy(Holder, { id });
    if (!holder) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${id}.`);
    return holder;
  }

  /**
   * Without personal-data rights a search by name or number looks at organisations'
   * public fields only, so no answer (not even an empty or a restricted one) says a
   * person of that name exists. Each OR stays inside its own brackets: the filters are
   * ANDed. A list that hands persons' data out is audited like a view of one person.
   */
  async list(query: HolderListQuery, personalData: boolean): Promise<[Holder[], Total]> {
    const q = this.dataSource.getRepository(Holder).createQueryBuilder('h');
    if (query.kind) q.andWhere('h.kind = :kind', { kind: query.kind });
    if (query.agencyId) q.andWhere('h.registering_agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.nameOnly) q.andWhere(query.nameOnly === 'true' ? 'h.identified_by_name_only' : 'NOT h.identified_by_name_only');
    const searched = Boolean(query.q || query.documentNumber);
    if (!personalData && searched) q.andWhere(`h.kind = 'organisation'`);
    if (query.documentNumber) {
      const doc = { doc: query.documentNumber };
      if (personalData) q.andWhere(new Brackets((w) => w.where('h.id_document_number = :doc', doc).orWhere('h.registration_number = :doc', doc)));
      else q.andWhere('h.registration_number = :doc', doc);
    }
    if (query.q) {
      // The indexed expression (ix_holder_name_trgm) for readers of persons; an organisation's legal name otherwise.
      const name = personalData ? NAME_EXPRESSION : `coalesce(h.legal_name, '')`;
      const terms = { q: query.q, like: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` };
      q.andWhere(new Brackets((w) => w.where(`${name} % :q`, terms).orWhere(`${name} ILIKE :like`, terms)));
    }
    const result = await pageRows(q.orderBy('h.created_at', 'DESC').addOrderBy('h.id', 'DESC').take(query.limit).skip(query.offset));
    if (personalData) {
      const personIds = result[0].filter((h) => h.kind === 'person').map((h) => h.id);
      // Every search by name or document, and every page that shows persons: who, what was asked, whom it showed.
      if (searched || personIds.length > 0) {
        await this.audit.recordRead({ recordType: 'holder_list', recordId: randomUUID(), newRecord: true, action: 'listed', after: { criteria: listCriteria(query), personIds } });
      }
    }
    return result;
  }

  private async checkCountries(manager: EntityManager, input: HolderFields): Promise<void> {
    await this.reference.assertKnown(manager, [
      { field: 'nationality', table: 'country', value: input.nationality },
      { field: 'idDocumentCountry', table: 'country', value: input.idDocumentCountry },
      { field: 'country', table: 'country', value: input.country },
    ]);
  }
}
