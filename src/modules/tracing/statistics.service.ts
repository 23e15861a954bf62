import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { StatisticsQuery } from './dto/trace-request.dto.js';
import { ARM_TYPES, armTypeOf, byCodeList, contextHeading, type IafqSection } from './iafq.js';
import { AGE_GROUPS, ageGroup, ESTABLISHED_OUTCOMES, isOverdue, median, responseDays, sdg1642, toCsv, TRACE_OUTCOMES, type TraceOutcome, type TraceStatus } from './trace-rules.js';

/** A query whose period is settled: the current calendar year when not given. */
type PeriodQuery = StatisticsQuery & { from: string; to: string };

/** The seizures of the period that the filters select, as SQL and its parameters ($1 = from, $2 = to). */
function periodFilter(query: PeriodQuery, alias = 's'): { where: string; params: unknown[] } {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const params: unknown[] = [from, to];
  const clauses = [`${alias}.occurred_at >= $1`, `${alias}.occurred_at < $2`];
  if (query.region) clauses.push(`${alias}.region ILIKE $${params.push(query.region)}`);
  if (query.agencyId) clauses.push(`${alias}.seizing_agency_id = $${params.push(query.agencyId)}`);
  return { where: clauses.join(' AND '), params };
}

/** Items of the period: firearms and parts always join their register entry (for the category filter). */
function itemFilter(query: PeriodQuery): { where: string; params: unknown[] } {
  const base = periodFilter(query);
  if (!query.category) return base;
  const params = [...base.params];
  return { where: `${base.where} AND f.category_code = $${params.push(query.category)}`, params };
}

const ITEMS_FROM = `seizure s JOIN seizure_item i ON i.seizure_id = s.id LEFT JOIN firearm f ON f.id = i.firearm_id`;

export interface IafqTable {
  name: string;
  section: IafqSection;
  title: string;
  header: readonly string[];
  rows(query: PeriodQuery): Promise<unknown[][]>;
}

@Injectable()
export class StatisticsService {
  readonly iafqTables: IafqTable[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.iafqTables = this.buildIafqTables();
  }

  /** The period asked for, or the current calendar year; an empty or inverted period is refused. */
  period(query: StatisticsQuery): PeriodQuery {
    const year = this.clock.now().getUTCFullYear();
    const settled = { ...query, from: query.from ?? `${year}-01-01`, to: query.to ?? `${year + 1}-01-01` };
    if (!(new Date(settled.from) < new Date(settled.to))) throw new DomainError('VALIDATION_FAILED', 'to: must be after from', { errors: [{ field: 'to', message: 'must be after from' }] });
    return settled;
  }

  async summary(input: StatisticsQuery) {
    const query = this.period(input);
    const items = itemFilter(query);
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE i.kind = 'firearm' AND s.type = 'seized')::int AS seized,
              count(*) FILTER (WHERE i.kind = 'firearm' AND s.type = 'found')::int AS found,
              count(*) FILTER (WHERE i.kind = 'firearm' AND s.type = 'surrendered')::int AS surrendered,
              count(*) FILTER (WHERE i.kind = 'part')::int AS parts,
              coalesce(sum(i.quantity) FILTER (WHERE i.kind = 'ammunition'), 0)::int AS rounds,
              count(*) FILTER (WHERE i.kind = 'firearm' AND o.outcome = ANY($${items.params.length + 1}))::int AS established,
              count(DISTINCT s.id)::int AS seizures
         FROM ${ITEMS_FROM} LEFT JOIN trace_item_outcome o ON o.seizure_item_id = i.id
        WHERE ${items.where}`,
      [...items.params, ESTABLISHED_OUTCOMES],
    )) as { seized: number; found: number; surrendered: number; parts: number; rounds: number; established: number; seizures: number }[];
    const total = counts.seized + counts.found + counts.surrendered;

    const byCategory = (await this.dataSource.query(
      `SELECT coalesce(f.category_code, 'unknown') AS category, count(*)::int AS n FROM ${ITEMS_FROM} WHERE ${items.where} AND i.kind = 'firearm' GROUP BY 1 ORDER BY 1`,
      items.params,
    )) as { category: string; n: number }[];
    const outcomes = (await this.dataSource.query(
      `SELECT o.outcome, count(*)::int AS n FROM ${ITEMS_FROM} JOIN trace_item_outcome o ON o.seizure_item_id = i.id WHERE ${items.where} AND i.kind = 'firearm' GROUP BY 1`,
      items.params,
    )) as { outcome: string; n: number }[];

    return {
      period: { from: new Date(query.from).toISOString(), to: new Date(query.to).toISOString() },
      filters: { region: query.region ?? null, agencyId: query.agencyId ?? null, category: query.category ?? null },
      seizures: counts.seizures,
      firearms: { seized: counts.seized, found: counts.found, surrendered: counts.surrendered, total, byCategory: Object.fromEntries(byCategory.map((r) => [r.category, r.n])) },
      parts: counts.parts,
      ammunitionRounds: counts.rounds,
      traceOutcomes: Object.fromEntries(TRACE_OUTCOMES.map((o) => [o, outcomes.find((r) => r.outcome === o)?.n ?? 0])),
      sdg_16_4_2: { established: counts.established, total, value: sdg1642(counts.established, total) },
      traces: await this.traces(query),
      persons: await this.persons(query),
    };
  }

  /**
   * Requests of the period (sent or received in it): counts, overdue now, median
   * days to answer, and the answered ones by outcome. A request belongs to the region of its seizure, or of its
   * agency when it has none, and to the category of the item it describes.
   */
  private async traces(query: PeriodQuery) {
    const rows = await this.traceRows(query);
    const now = this.clock.now();
    const of = (direction: 'outgoing' | 'incoming') => {
      const mine = rows.filter((r) => r.direction === direction);
      const answered = mine.filter((r) => r.answered_at !== null);
      return {
        requested: mine.length,
        answered: answered.length,
        overdue: mine.filter((r) => isOverdue({ status: r.status, dueAt: r.due_at }, now)).length,
        medianResponseDays: median(answered.map((r) => responseDays(r.requested_at, r.answered_at!))),
        // Incoming answers are about other states' items: they are counted here, never in SDG 16.4.2.
        answeredByOutcome: Object.fromEntries(TRACE_OUTCOMES.map((o) => [o, answered.filter((r) => r.outcome === o).length])),
      };
    };
    return { outgoing: of('outgoing'), incoming: of('incoming') };
  }

  /** The requests sent or received in the period that the filters select. */
  private async traceRows(query: PeriodQuery) {
    const params: unknown[] = [new Date(query.from), new Date(query.to)];
    const filters = [
      query.agencyId ? `t.agency_id = $${params.push(query.agencyId)}` : null,
      query.region ? `coalesce(s.region, a.region) ILIKE $${params.push(query.region)}` : null,
      query.category ? `t.item->>'category' = $${params.push(query.category)}` : null,
    ].filter(Boolean);
    return (await this.dataSource.query(
      `SELECT t.direction, t.status, t.requested_at, t.due_at, t.answered_at, t.outcome
         FROM trace_request t JOIN agency a ON a.id = t.agency_id LEFT JOIN seizure s ON s.id = t.seizure_id
        WHERE t.requested_at >= $1 AND t.requested_at < $2${filters.map((f) => ` AND ${f}`).join('')}`,
      params,
    )) as { direction: 'outgoing' | 'incoming'; status: TraceStatus; requested_at: Date; due_at: Date | null; answered_at: Date | null; outcome: TraceOutcome | null }[];
  }

  /** Persons involved by sex and age group (age at the seizure, or from the birth year). */
  private async persons(query: PeriodQuery) {
    const rows = await this.personRows(query);
    const bySex: Record<string, number> = { female: 0, male: 0, unknown: 0 };
    const byAgeGroup: Record<string, number> = Object.fromEntries(AGE_GROUPS.map((g) => [g, 0]));
    const bySexAndAgeGroup: Record<string, Record<string, number>> = {};
    for (const r of rows) {
      bySex[r.sex] = (bySex[r.sex] ?? 0) + r.n;
      byAgeGroup[r.ageGroup] += r.n;
      bySexAndAgeGroup[r.sex] ??= Object.fromEntries(AGE_GROUPS.map((g) => [g, 0]));
      bySexAndAgeGroup[r.sex][r.ageGroup] += r.n;
    }
    return { total: rows.reduce((n, r) => n + r.n, 0), bySex, byAgeGroup, bySexAndAgeGroup };
  }

  private async personRows(query: PeriodQuery) {
    const period = periodFilter(query);
    const params = [...period.params];
    const category = query.category ? ` AND EXISTS (SELECT 1 FROM seizure_item i JOIN firearm f ON f.id = i.firearm_id WHERE i.seizure_id = s.id AND f.category_code = $${params.push(query.category)})` : '';
    const raw = (await this.dataSource.query(
      `SELECT coalesce(p.sex, 'unknown') AS sex, p.role, p.age, p.birth_year, extract(year FROM s.occurred_at)::int AS year, count(*)::int AS n
         FROM seizure s JOIN seizure_person p ON p.seizure_id = s.id WHERE ${period.where}${category} GROUP BY 1, 2, 3, 4, 5`,
      params,
    )) as { sex: string; role: string; age: number | null; birth_year: number | null; year: number; n: number }[];
    return raw.map((r) => ({ sex: r.sex, role: r.role, ageGroup: ageGroup(r.age, r.birth_year, r.year), n: r.n }));
  }

  async iafqCsv(name: string, input: StatisticsQuery): Promise<string> {
    const query = this.period(input);
    const table = this.iafqTables.find((t) => t.name === name);
    if (!table) throw new DomainError('IAFQ_TABLE_NOT_FOUND', `No IAFQ table "${name}"; the tables are ${this.iafqTables.map((t) => t.name).join(', ')}.`);
    return toCsv(table.header, await table.rows(query));
  }

  /** The Illicit Arms Flows Questionnaire tables, one CSV each; documented in the README ("IAFQ export"). */
  private buildIafqTables(): IafqTable[] {
    const grouped = (select: string, groupBy: string, extraWhere = '') => async (query: PeriodQuery) => {
      const f = itemFilter(query);
      // Every selected column carries its own alias: pg returns rows as objects, so duplicate names would collapse.
      const rows = (await this.dataSource.query(`SELECT ${select} FROM ${ITEMS_FROM} WHERE ${f.where}${extraWhere} GROUP BY ${groupBy} ORDER BY ${groupBy}`, f.params)) as Record<string, unknown>[];
      return rows.map((r) => Object.values(r));
    };
    const bySeizureType = `count(*) FILTER (WHERE s.type = 'seized')::int AS seized, count(*) FILTER (WHERE s.type = 'found')::int AS found, count(*) FILTER (WHERE s.type = 'surrendered')::int AS surrendered, count(*)::int AS total`;
    const firearmsOnly = ` AND i.kind = 'firearm'`;
    return [
      {
        name: 'seizures',
        section: 'significant_seizures',
        title: 'Seizure, find and surrender cases of the period',
        header: ['reference', 'occurred_on', 'type', 'context', 'region', 'locality', 'seizing_agency', 'firearms', 'parts', 'ammunition_rounds', 'persons'],
        rows: async (query) => {
          const f = itemFilter(query);
          const rows = (await this.dataSource.query(
            `SELECT s.reference, to_char(s.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS occurred_on, s.type, s.context, s.region, s.locality, a.code AS agency,
                    count(*) FILTER (WHERE i.kind = 'firearm')::int AS firearms, count(*) FILTER (WHERE i.kind = 'part')::int AS parts,
                    coalesce(sum(i.quantity) FILTER (WHERE i.kind = 'ammunition'), 0)::int AS rounds,
                    (SELECT count(*)::int FROM seizure_person p WHERE p.seizure_id = s.id) AS persons
               FROM ${ITEMS_FROM} JOIN agency a ON a.id = s.seizing_agency_id
              WHERE ${f.where} GROUP BY s.id, a.code ORDER BY s.occurred_at, s.reference`,
            f.params,
          )) as Record<string, unknown>[];
          return rows.map((r) => Object.values(r));
        },
      },
      {
        name: 'arms-by-type',
        section: 'arms_seized_found_surrendered',
        title: 'Firearms by type of arm and how they came into state hands (seized, found, surrendered)',
        header: ['arm_type', 'category', 'seized', 'found', 'surrendered', 'total'],
        rows: async (query) => {
          const rows = await grouped(`coalesce(f.category_code, 'unknown') AS category, ${bySeizureType}`, '1', firearmsOnly)(query);
          return byCodeList(ARM_TYPES, rows.map(([category, ...counts]) => [armTypeOf(category as string), category, ...counts]));
        },
      },
      {
        name: 'arms-by-context',
        section: 'arms_seized_found_surrendered',
        title: 'Firearms by context of the case (legal justification or criminal context) and category',
        header: ['context', 'heading', 'category', 'firearms'],
        rows: async (query) => {
          const rows = await grouped(`s.context, coalesce(f.category_code, 'unknown') AS category, count(*)::int AS n`, '1, 2', firearmsOnly)(query);
          return rows.map(([context, ...rest]) => [context, contextHeading(context as string), ...rest]);
        },
      },
      {
        name: 'arms-by-country-of-manufacture',
        section: 'arms_seized_found_surrendered',
        title: 'Firearms by country of manufacture and category',
        header: ['country_of_manufacture', 'category', 'firearms'],
        rows: grouped(`coalesce(f.country_of_manufacture, 'unknown') AS country, coalesce(f.category_code, 'unknown') AS category, count(*)::int AS n`, '1, 2', firearmsOnly),
      },
      {
        name: 'arms-by-last-legal-import',
        section: 'arms_seized_found_surrendered',
        title: 'Firearms by country of last legal import (latest import marking) and category',
        header: ['country_of_last_legal_import', 'category', 'firearms'],
        rows: grouped(
          `coalesce((SELECT m.import_country FROM marking m WHERE m.firearm_id = f.id AND m.type = 'import' ORDER BY m.import_year DESC NULLS LAST, m.recorded_at DESC LIMIT 1), 'unknown') AS country, coalesce(f.category_code, 'unknown') AS category, count(*)::int AS n`,
          '1, 2',
          firearmsOnly,
        ),
      },
      {
        name: 'parts-and-components',
        section: 'parts_components_ammunition',
        title: 'Parts and components by type and how they came into state hands',
        header: ['part_type', 'seized', 'found', 'surrendered', 'total'],
        rows: grouped(`coalesce(f.part_type, 'unknown') AS part_type, ${bySeizureType}`, '1', ` AND i.kind = 'part'`),
      },
      {
        name: 'ammunition',
        section: 'parts_components_ammunition',
        title: 'Ammunition by calibre',
        header: ['calibre', 'rounds', 'seizures'],
        rows: grouped(`coalesce(i.calibre_code, i.calibre_text, 'unknown') AS calibre, coalesce(sum(i.quantity), 0)::int AS rounds, count(DISTINCT s.id)::int AS seizures`, '1', ` AND i.kind = 'ammunition'`),
      },
      {
        name: 'persons',
        section: 'persons_involved',
        title: 'Persons involved by sex, age group and role',
        header: ['sex', 'age_group', 'role', 'persons'],
        rows: async (query) => {
          const counts = new Map<string, number>();
          for (const r of await this.personRows(query)) {
            const key = [r.sex, r.ageGroup, r.role].join('\u0000');
            counts.set(key, (counts.get(key) ?? 0) + r.n);
          }
          return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => [...key.split('\u0000'), n]);
        },
      },
      {
        name: 'tracing',
        section: 'tracing_results',
        title: 'Firearms by outcome of tracing, and whether it came from an international request',
        header: ['outcome', 'firearms', 'through_international_request', 'without_international_request'],
        rows: async (query) => {
          const f = itemFilter(query);
          const rows = (await this.dataSource.query(
            `SELECT coalesce(o.outcome, 'no_outcome_recorded') AS outcome, count(*)::int AS n, count(o.trace_request_id)::int AS requested
               FROM ${ITEMS_FROM} LEFT JOIN trace_item_outcome o ON o.seizure_item_id = i.id WHERE ${f.where} AND i.kind = 'firearm' GROUP BY 1`,
            f.params,
          )) as { outcome: string; n: number; requested: number }[];
          return [...TRACE_OUTCOMES, 'no_outcome_recorded'].map((o) => {
            const row = rows.find((r) => r.outcome === o) ?? { n: 0, requested: 0 };
            return o === 'no_outcome_recorded' ? [o, row.n, '', ''] : [o, row.n, row.requested, row.n - row.requested];
          });
        },
      },
      {
        name: 'sdg-16-4-2',
        section: 'tracing_results',
        title: 'SDG 16.4.2: firearms whose illicit origin or context was traced or established, by type of arm',
        header: ['arm_type', 'seized_found_surrendered', 'traced_or_established', 'proportion'],
        rows: async (query) => {
          const f = itemFilter(query);
          const rows = (await this.dataSource.query(
            `SELECT f.category_code AS category, count(*)::int AS n, count(*) FILTER (WHERE o.outcome = ANY($${f.params.length + 1}))::int AS established
               FROM ${ITEMS_FROM} LEFT JOIN trace_item_outcome o ON o.seizure_item_id = i.id WHERE ${f.where} AND i.kind = 'firearm' GROUP BY 1`,
            [...f.params, ESTABLISHED_OUTCOMES],
          )) as { category: string | null; n: number; established: number }[];
          const byType = new Map<string, { n: number; established: number }>();
          for (const r of rows) {
            const t = byType.get(armTypeOf(r.category)) ?? { n: 0, established: 0 };
            byType.set(armTypeOf(r.category), { n: t.n + r.n, established: t.established + r.established });
          }
          const total = rows.reduce((acc, r) => ({ n: acc.n + r.n, established: acc.established + r.established }), { n: 0, established: 0 });
          return [
            ...ARM_TYPES.filter((t) => byType.has(t)).map((t) => [t, byType.get(t)!.n, byType.get(t)!.established, sdg1642(byType.get(t)!.established, byType.get(t)!.n)]),
            ['total', total.n, total.established, sdg1642(total.established, total.n) ?? ''],
          ];
        },
      },
      {
        name: 'tracing-requests',
        section: 'tracing_results',
        title: 'Tracing requests sent and received in the period, by outcome of the answer',
        header: ['direction', 'outcome', 'requests'],
        rows: async (query) => {
          const rows = await this.traceRows(query);
          return (['outgoing', 'incoming'] as const).flatMap((direction) =>
            [...TRACE_OUTCOMES, 'unanswered'].map((o) => [direction, o, rows.filter((r) => r.direction === direction && (o === 'unanswered' ? r.answered_at === null : r.outcome === o)).length]),
          );
        },
      },
    ];
  }
}
