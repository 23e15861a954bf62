import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { calibreKey, manufacturerKey } from './alias-keys.js';
import { Calibre, CalibreAlias, Country, FirearmAction, FirearmCategory, Manufacturer, ManufacturerAlias, RetentionSetting, ValueAlias } from './reference.entities.js';
import { FIXED_LISTS, TABLE_LISTS, type ValueList } from './value-lists.js';
import { foldHeader } from '../imports/columns.js';
import { pageRows, type Total } from '../../common/pagination/page.js';
import type { ReferenceListQuery } from './dto/reference.dto.js';

const ACCENTED = 'àáâãäåāçćčèéêëēěìíîïīñńòóôõöøōùúûüūýÿšž';
const PLAIN = 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyysz';
/** The SQL twin of foldHeader for the names of the reference tables (Latin accents folded). */
const foldedSql = (column: string) => `regexp_replace(translate(lower(${column}), '${ACCENTED}', '${PLAIN}'), '[^[:alnum:]]', '', 'g')`;
const likeEscape = (text: string) => text.replace(/[\\%_]/g, '\\$&');

export type NamedList = 'countries' | 'categories' | 'actions';
export interface NamedChanges {
  nameEn?: string;
  nameFr?: string;
  nameEs?: string;
  active?: boolean;
}
const NAMED_ENTITIES = { countries: Country, categories: FirearmCategory, actions: FirearmAction } as const;
const NAMED_RECORD_TYPES: Record<NamedList, string> = { countries: 'country', categories: 'firearm_category', actions: 'firearm_action' };

export interface Resolved {
  /** The text exactly as given, always kept. */
  text: string;
  /** The reference code it resolved to, or null: kept as written and flagged for review. */
  code: string | null;
}

@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  countries(query: ReferenceListQuery): Promise<[Country[], Total]> {
    const q = this.dataSource.getRepository(Country).createQueryBuilder('r');
    this.narrow(q, query, ['r.alpha2', 'r.alpha3', 'r.name_en', 'r.name_fr', 'r.name_es'], { list: 'country', key: 'r.alpha2' });
    return pageRows(q.orderBy('r.name_en').addOrderBy('r.alpha2').take(query.limit).skip(query.offset));
  }

  categories(query: ReferenceListQuery): Promise<[FirearmCategory[], Total]> {
    const q = this.dataSource.getRepository(FirearmCategory).createQueryBuilder('r');
    this.narrow(q, query, ['r.code', 'r.name_en', 'r.name_fr', 'r.name_es'], { list: 'category', key: 'r.code' });
    return pageRows(q.orderBy('r.code').take(query.limit).skip(query.offset));
  }

  actions(query: ReferenceListQuery): Promise<[FirearmAction[], Total]> {
    const q = this.dataSource.getRepository(FirearmAction).createQueryBuilder('r');
    this.narrow(q, query, ['r.code', 'r.name_en', 'r.name_fr', 'r.name_es'], { list: 'action', key: 'r.code' });
    return pageRows(q.orderBy('r.code').take(query.limit).skip(query.offset));
  }

  async calibres(query: ReferenceListQuery): Promise<[(Calibre & { aliases: string[] })[], Total]> {
    const q = this.dataSource.getRepository(Calibre).createQueryBuilder('r');
    this.narrow(q, query, ['r.code', 'r.name'], 'r.code IN (SELECT calibre_code FROM calibre_alias WHERE alias_key LIKE :calibreKey)');
    if (query.q) q.setParameter('calibreKey', `%${likeEscape(calibreKey(query.q))}%`);
    const [calibres, total] = await pageRows(q.orderBy('r.code').take(query.limit).skip(query.offset));
    const aliases = calibres.length ? await this.dataSource.getRepository(CalibreAlias).createQueryBuilder('a').where('a.calibre_code IN (:...codes)', { codes: calibres.map((c) => c.code) }).orderBy('a.alias').getMany() : [];
    return [calibres.map((c) => ({ ...c, aliases: aliases.filter((a) => a.calibreCode === c.code).map((a) => a.alias) })), total];
  }

  /**
   * A form's completion: `q` matches a code, any of the names or a registered alias,
   * whatever the case and accents ("cote d'ivoire", "pistolet"); `active` keeps one state.
   */
  private narrow(q: SelectQueryBuilder<ObjectLiteral>, query: ReferenceListQuery, columns: string[], aliases: { list: ValueList; key: string } | string): void {
    const conditions: string[] = [];
    if (query.q !== undefined) {
      const folded = foldHeader(query.q);
      // Punctuation alone ("%", "-") names nothing: an empty key would match every row.
      if (!folded) conditions.push('false');
      else {
        conditions.push(...columns.map((column) => `${foldedSql(column)} LIKE :folded`));
        conditions.push(typeof aliases === 'string' ? aliases : `${aliases.key} IN (SELECT code FROM value_alias WHERE list = :aliasList AND alias_key LIKE :folded)`);
        q.setParameter('folded', `%${likeEscape(folded)}%`);
        if (typeof aliases !== 'string') q.setParameter('aliasList', aliases.list);
      }
    }
    if (conditions.length) q.where(`(${conditions.join(' OR ')})`);
    if (query.active !== undefined) q.andWhere('r.active = :active', { active: query.active });
  }

  async manufacturers(search: string | undefined, limit: number, offset: number): Promise<[(Manufacturer & { aliases: string[] })[], Total]> {
    const query = this.dataSource.getRepository(Manufacturer).createQueryBuilder('m');
    if (search) {
      // A search of punctuation only has an empty key, which would match every alias.
      query.where('((:key <> \'%%\' AND m.code IN (SELECT manufacturer_code FROM manufacturer_alias WHERE alias_key LIKE :key)) OR m.name ILIKE :name)', {
        key: `%${manufacturerKey(search)}%`,
        name: `%${search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    const [manufacturers, total] = await pageRows(query.orderBy('m.name').addOrderBy('m.code').take(limit).skip(offset));
    const aliases = manufacturers.length
      ? await this.dataSource.getRepository(ManufacturerAlias).createQueryBuilder('a').where('a.manufacturer_code IN (:...codes)', { codes: manufacturers.map((m) => m.code) }).orderBy('a.alias').getMany()
      : [];
    return [manufacturers.map((m) => ({ ...m, aliases: aliases.filter((a) => a.manufacturerCode === m.code).map((a) => a.alias) })), total];
  }

  /** Any historic, transliterated or commercial name to the one manufacturer. */
  async resolveManufacturer(text: string | null | undefined, manager: EntityManager = this.dataSource.manager): Promise<Resolved | null> {
    if (!text?.trim()) return null;
    const alias = await manager.findOneBy(ManufacturerAlias, { aliasKey: manufacturerKey(text) });
    return { text: text.trim(), code: alias?.manufacturerCode ?? null };
  }

  async resolveCalibre(text: string | null | undefined, manager: EntityManager = this.dataSource.manager): Promise<Resolved | null> {
    if (!text?.trim()) return null;
    const alias = await manager.findOneBy(CalibreAlias, { aliasKey: calibreKey(text) });
    return { text: text.trim(), code: alias?.calibreCode ?? null };
  }

  /** Refuses codes that are not in the reference tables, naming the field. */
  async assertKnown(manager: EntityManager, checks: { field: string; table: 'country' | 'firearm_category' | 'firearm_action'; value: string | null | undefined }[]): Promise<void> {
    for (const check of checks) {
      if (!check.value) continue;
      const key = check.table === 'country' ? 'alpha2' : 'code';
      const found = await manager.query(`SELECT 1 FROM ${check.table} WHERE ${key} = $1 AND active`, [check.value]);
      if (found.length === 0) {
        throw new DomainError('UNKNOWN_REFERENCE_CODE', `${check.field}: "${check.value}" is not a known ${check.table.replace('_', ' ')} code.`, { errors: [{ field: check.field, message: `unknown code "${check.value}"` }] });
      }
    }
  }

  /** Makers the register met under names nobody has resolved yet, most frequent first. */
  async unresolvedMakes(limit: number, offset: number): Promise<[{ makeText: string; firearms: number }[], number]> {
    const rows = (await this.dataSource.query(
      `SELECT make_text, count(*)::int AS firearms, count(*) OVER ()::int AS total
         FROM firearm WHERE manufacturer_code IS NULL AND make_text IS NOT NULL AND merged_into_id IS NULL
        GROUP BY make_text ORDER BY count(*) DESC, make_text LIMIT $1 OFFSET $2`,
      [limit, offset],
    )) as { make_text: string; firearms: number; total: number }[];
    return [rows.map((r) => ({ makeText: r.make_text, firearms: r.firearms })), rows[0]?.total ?? 0];
  }

  async createManufacturer(input: { code: string; name: string; country?: string; aliases?: string[] }): Promise<Manufacturer> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Manufacturer, { code: input.code })) {
        throw new DomainError('REFERENCE_CODE_TAKEN', `A manufacturer with code ${input.code} already exists.`, { errors: [{ field: 'code', message: 'is already used' }] });
      }
      await this.assertKnown(manager, [{ field: 'country', table: 'country', value: input.country }]);
      const manufacturer = manager.create(Manufacturer, { code: input.code, name: input.name, country: input.country ?? null, active: true });
      await manager.insert(Manufacturer, manufacturer);
      await this.audit.record(manager, { recordType: 'manufacturer', recordId: input.code, action: 'created', after: { name: input.name, country: input.country ?? null } });
      await this.addManufacturerAliases(manager, input.code, [input.name, ...(input.aliases ?? [])]);
      return manufacturer;
    });
  }

  /**
   * Adds spellings to a manufacturer and resolves the firearms that were kept
   * "as written" under one of them, each with its audit entry.
   */
  async addManufacturerAliases(manager: EntityManager | null, code: string, aliases: string[]): Promise<{ added: string[]; firearmsResolved: number }> {
    const run = async (m: EntityManager) => {
      if (!(await m.existsBy(Manufacturer, { code }))) throw new DomainError('REFERENCE_NOT_FOUND', `No manufacturer ${code}.`);
      const added: string[] = [];
      for (const alias of aliases) {
        const key = manufacturerKey(alias);
        if (!key) continue;
        const existing = await m.findOneBy(ManufacturerAlias, { aliasKey: key });
        if (existing && existing.manufacturerCode !== code) {
          throw new DomainError('ALIAS_CONFLICT', `"${alias}" already names manufacturer ${existing.manufacturerCode}.`, { errors: [{ field: 'aliases', message: `"${alias}" belongs to ${existing.manufacturerCode}` }] });
        }
        if (existing) continue;
        await m.insert(ManufacturerAlias, { aliasKey: key, alias, manufacturerCode: code });
        added.push(alias);
      }
      if (added.length > 0) await this.audit.record(m, { recordType: 'manufacturer', recordId: code, action: 'aliases_added', after: { aliases: added } });
      // Every spelling given now names this manufacturer, new or already known: a click on a
      // queued name sweeps the firearms kept under it even when the alias came first (an
      // import that ran on an older alias map). The distinct names come off the review index.
      const keys = new Set(aliases.map(manufacturerKey).filter(Boolean));
      const names = (await m.query(`SELECT DISTINCT make_text FROM firearm WHERE manufacturer_code IS NULL AND make_text IS NOT NULL`)) as { make_text: string }[];
      const matchingNames = names.map((n) => n.make_text).filter((text) => keys.has(manufacturerKey(text)));
      const matching = matchingNames.length
        ? ((await m.query(`SELECT id, make_text FROM firearm WHERE manufacturer_code IS NULL AND make_text = ANY($1::text[]) FOR UPDATE`, [matchingNames])) as { id: string; make_text: string }[])
        : [];
      if (matching.length > 0) {
        await m.query(`UPDATE firearm SET manufacturer_code = $1, version = version + 1, updated_at = $3 WHERE id = ANY($2::uuid[])`, [code, matching.map((f) => f.id), this.clock.now()]);
        await this.audit.record(m, ...matching.map((f) => ({ recordType: 'firearm', recordId: f.id, action: 'make_resolved', before: { manufacturerCode: null }, after: { manufacturerCode: code }, reason: `"${f.make_text}" added as an alias of ${code}` })));
      }
      return { added, firearmsResolved: matching.length };
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async createCalibre(input: { code: string; name: string; aliases?: string[] }): Promise<Calibre> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Calibre, { code: input.code })) {
        throw new DomainError('REFERENCE_CODE_TAKEN', `A calibre with code ${input.code} already exists.`, { errors: [{ field: 'code', message: 'is already used' }] });
      }
      const calibre = manager.create(Calibre, { code: input.code, name: input.name, active: true });
      await manager.insert(Calibre, calibre);
      await this.audit.record(manager, { recordType: 'calibre', recordId: input.code, action: 'created', after: { name: input.name } });
      await this.addCalibreAliases(manager, input.code, [input.name, ...(input.aliases ?? [])]);
      return calibre;
    });
  }

  async addCalibreAliases(manager: EntityManager | null, code: string, aliases: string[]): Promise<{ added: string[] }> {
    const run = async (m: EntityManager) => {
      if (!(await m.existsBy(Calibre, { code }))) throw new DomainError('REFERENCE_NOT_FOUND', `No calibre ${code}.`);
      const added: string[] = [];
      for (const alias of aliases) {
        const key = calibreKey(alias);
        if (!key) continue;
        const existing = await m.findOneBy(CalibreAlias, { aliasKey: key });
        if (existing && existing.calibreCode !== code) {
          throw new DomainError('ALIAS_CONFLICT', `"${alias}" already names calibre ${existing.calibreCode}.`, { errors: [{ field: 'aliases', message: `"${alias}" belongs to ${existing.calibreCode}` }] });
        }
        if (existing) continue;
        await m.insert(CalibreAlias, { aliasKey: key, alias, calibreCode: code });
        added.push(alias);
      }
      if (added.length > 0) await this.audit.record(m, { recordType: 'calibre', recordId: code, action: 'aliases_added', after: { aliases: added } });
      return { added };
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * Countries, categories and actions come from seeds/reference; an
   * administrator may rename them in any of the three languages or retire one
   * (active = false), never delete it: records keep pointing at the code.
   */
  async updateNamed(list: NamedList, code: string, changes: NamedChanges, reason: string): Promise<Country | FirearmCategory | FirearmAction> {
    const entity = NAMED_ENTITIES[list];
    return this.dataSource.transaction(async (manager) => {
      const key = list === 'countries' ? 'alpha2' : 'code';
      const row = await manager.findOne<Country | FirearmCategory | FirearmAction>(entity, { where: { [key]: code }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new DomainError('REFERENCE_NOT_FOUND', `No ${list.replace(/s$/, '').replace(/ie$/, 'y')} with code ${code}.`);
      const view = (r: NamedChanges) => ({ nameEn: r.nameEn, nameFr: r.nameFr, nameEs: r.nameEs, active: r.active });
      const before = view(row);
      Object.assign(row, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
      const diff = changedFields(before, view(row));
      if (Object.keys(diff.after).length === 0) return row;
      await manager.save(entity, row);
      await this.audit.record(manager, { recordType: NAMED_RECORD_TYPES[list], recordId: code, action: 'updated', ...diff, reason });
      return row;
    });
  }

  /** A new category or action (countries are the ISO list: they are only renamed or retired). */
  async createNamed(list: 'categories' | 'actions', input: { code: string; nameEn: string; nameFr: string; nameEs: string }): Promise<FirearmCategory | FirearmAction> {
    const entity = NAMED_ENTITIES[list];
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(entity, { code: input.code })) {
        throw new DomainError('REFERENCE_CODE_TAKEN', `The code ${input.code} is already used.`, { errors: [{ field: 'code', message: 'is already used' }] });
      }
      const row = manager.create(entity, { ...input, active: true }) as FirearmCategory | FirearmAction;
      await manager.insert(entity, row);
      await this.audit.record(manager, { recordType: NAMED_RECORD_TYPES[list], recordId: input.code, action: 'created', after: { nameEn: input.nameEn, nameFr: input.nameFr, nameEs: input.nameEs } });
      return row;
    });
  }

  async valueAliases(list: ValueList | undefined, limit: number, offset: number): Promise<[{ list: string; alias: string; code: string }[], number]> {
    const [rows, total] = await this.dataSource.getRepository(ValueAlias).findAndCount({ where: list ? { list } : {}, order: { list: 'ASC', code: 'ASC', aliasKey: 'ASC' }, take: limit, skip: offset });
    return [rows.map((r) => ({ list: r.list, alias: r.alias, code: r.code })), total];
  }

  /** Adds names for a code of a list; a name already standing for another code of the list is refused. */
  async addValueAliases(list: ValueList, code: string, aliases: string[]): Promise<{ list: string; code: string; added: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const table = TABLE_LISTS[list];
      const known = table ? (await manager.query(`SELECT 1 FROM ${table.table} WHERE ${table.key} = $1 AND active`, [code])).length > 0 : (FIXED_LISTS[list] ?? []).includes(code);
      if (!known) throw new DomainError('REFERENCE_NOT_FOUND', `No ${list.replace('_', ' ')} with code ${code}.`, { errors: [{ field: 'code', message: `is not a ${list.replace('_', ' ')} code` }] });
      const added: string[] = [];
      for (const alias of aliases) {
        const aliasKey = foldHeader(alias);
        if (!aliasKey) continue;
        const existing = await manager.findOneBy(ValueAlias, { list, aliasKey });
        if (existing && existing.code !== code) {
          throw new DomainError('ALIAS_CONFLICT', `"${alias}" already names ${list.replace('_', ' ')} ${existing.code}.`, { errors: [{ field: 'aliases', message: `"${alias}" belongs to ${existing.code}` }] });
        }
        if (existing) continue;
        await manager.insert(ValueAlias, { list, aliasKey, alias, code });
        added.push(alias);
      }
      if (added.length > 0) await this.audit.record(manager, { recordType: 'value_list', recordId: list, action: 'aliases_added', after: { code, aliases: added } });
      return { list, code, added };
    });
  }

  retention(): Promise<RetentionSetting[]> {
    return this.dataSource.getRepository(RetentionSetting).find({ order: { recordClass: 'ASC' } });
  }

  async setRetention(recordClass: string, minimumYears: number, reason: string): Promise<RetentionSetting> {
    return this.dataSource.transaction(async (manager) => {
      const setting = await manager.findOne(RetentionSetting, { where: { recordClass }, lock: { mode: 'pessimistic_write' } });
      if (!setting) throw new DomainError('REFERENCE_NOT_FOUND', `No retention setting "${recordClass}".`);
      const floor = recordClass === 'manufacture' ? 30 : 20;
      if (minimumYears < floor) {
        throw new DomainError('RETENTION_BELOW_MINIMUM', `The International Tracing Instrument requires at least ${floor} years for ${recordClass} records.`, { errors: [{ field: 'minimumYears', message: `must be at least ${floor}` }] });
      }
      const before = setting.minimumYears;
      Object.assign(setting, { minimumYears, updatedAt: this.clock.now() });
      await manager.save(setting);
      await this.audit.record(manager, { recordType: 'retention_setting', recordId: recordClass, action: 'updated', before: { minimumYears: before }, after: { minimumYears }, reason });
      return setting;
    });
  }
}
