import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { holderSummary } from '../holders/dto/holder.dto.js';
import { Holder } from '../holders/holder.entities.js';
import { manufacturerKey } from '../reference/alias-keys.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { TraceSearchRequest } from './dto/trace.dto.js';
import { parseSerialQuery, SerialQueryError, type SerialQuery } from './serial.js';
import { buildTraceQuery, CANDIDATES_PER_BRANCH, CRITERION_POINTS, hasCriteria, SERIAL_POINTS, type Criterion, type TraceCriteria, type TraceRow } from './trace-query.js';

export interface TraceReason {
  code: string;
  detail: string;
  points: number;
  markingId?: string;
}

@Injectable()
export class TraceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  /** Parses and resolves what was typed; a malformed serial pattern is a 400 naming the field. */
  async criteria(input: TraceSearchRequest): Promise<TraceCriteria> {
    let serial: SerialQuery | null = null;
    if (input.serial !== undefined) {
      try {
        serial = parseSerialQuery(input.serial);
      } catch (error) {
        if (!(error instanceof SerialQueryError)) throw error;
        throw new DomainError('INVALID_SERIAL_PATTERN', `serial: ${error.message}`, { reason: error.reason, errors: [{ field: 'serial', message: error.message }] });
      }
    }
    if (input.yearFrom !== undefined && input.yearTo !== undefined && input.yearFrom > input.yearTo) {
      throw new DomainError('VALIDATION_FAILED', 'yearTo: must not be before yearFrom', { errors: [{ field: 'yearTo', message: 'must not be before yearFrom' }] });
    }
    const criteria: TraceCriteria = {
      serial,
      make: (await this.reference.resolveManufacturer(input.make)) ?? null,
      model: input.model?.trim() || null,
      calibre: (await this.reference.resolveCalibre(input.calibre)) ?? null,
      category: input.category ?? null,
      countryOfManufacture: input.countryOfManufacture ?? null,
      importCountry: input.importCountry ?? null,
      importYear: input.importYear ?? null,
      yearFrom: input.yearFrom ?? null,
      yearTo: input.yearTo ?? null,
    };
    if (!hasCriteria(criteria)) {
      throw new DomainError('TRACE_CRITERIA_MISSING', 'Give at least one of serial, make, model, calibre, category, countryOfManufacture, importCountry, importYear, yearFrom, yearTo.', {
        errors: [{ field: 'serial', message: 'or another criterion is required' }],
      });
    }
    return criteria;
  }

  /** Ranked candidates with the reasons they matched; the search itself is audited. */
  async search(input: TraceSearchRequest, personalData: boolean) {
    const criteria = await this.criteria(input);
    const page = { limit: input.limit, offset: input.offset };
    const query = buildTraceQuery(criteria, page);
    let rows = (await this.dataSource.query(query.sql, query.parameters)) as TraceRow[];
    let total = rows[0]?.total ?? 0;
    let flagged = rows[0]?.flagged ?? 0;
    if (rows.length === 0 && page.offset > 0) {
      // Past the last page the window totals are not there: ask for them once.
      const first = buildTraceQuery(criteria, { limit: 1, offset: 0 });
      const [head] = (await this.dataSource.query(first.sql, first.parameters)) as TraceRow[];
      total = head?.total ?? 0;
      flagged = head?.flagged ?? 0;
      rows = [];
    }

    const holderIds = [...new Set(rows.map((r) => r.holder_id).filter((h): h is string => !!h))];
    const holders = new Map((holderIds.length ? await this.dataSource.getRepository(Holder).findBy({ id: In(holderIds) }) : []).map((h) => [h.id, h]));

    const queryId = randomUUID();
    await this.audit.recordRead({ recordType: 'trace_query', recordId: queryId, action: 'searched', after: { criteria: auditedCriteria(input), results: total } });

    return {
      queryId,
      criteria: {
        ...auditedCriteria(input),
        ...(criteria.serial ? { serialKeys: { normalised: criteria.serial.normalised, folded: criteria.serial.folded, wildcards: criteria.serial.hasWildcards } } : {}),
        ...(criteria.make ? { makeResolvedTo: criteria.make.code } : {}),
        ...(criteria.calibre ? { calibreResolvedTo: criteria.calibre.code } : {}),
      },
      flagged,
      mayBeIncomplete: total >= CANDIDATES_PER_BRANCH,
      items: rows.map((row) => {
        const holder = row.holder_id ? holders.get(row.holder_id) : undefined;
        return {
          firearmId: row.id,
          itemKind: row.item_kind,
          score: row.score,
          reasons: reasonsOf(row, criteria),
          alert: row.status === 'stolen' || row.status === 'lost' ? row.status : null,
          status: row.status,
          category: row.category_code,
          make: { asWritten: row.make_text, manufacturerCode: row.manufacturer_code },
          model: row.model,
          calibre: { asWritten: row.calibre_text, calibreCode: row.calibre_code },
          serialNumber: { asWritten: row.serial_raw, normalised: row.serial_normalised, folded: row.serial_folded },
          countryOfManufacture: row.country_of_manufacture,
          yearOfManufacture: row.year_of_manufacture,
          lastLegalHolder: holder ? holderSummary(holder, personalData) : row.holder_id ? { id: row.holder_id } : null,
        };
      }),
      page: { limit: page.limit, offset: page.offset, total },
    };
  }
}

/** The criteria as typed (no derived keys): what the audit trail keeps. */
function auditedCriteria(input: TraceSearchRequest): Record<string, unknown> {
  const { limit, offset, ...given } = input;
  return Object.fromEntries(Object.entries({ ...given, limit, offset }).filter(([, v]) => v !== undefined));
}

const canonical = (text: string) => text.normalize('NFKC').trim().toUpperCase();

/** Why a row matched, strongest first, each with the points it earned. */
export function reasonsOf(row: TraceRow, criteria: TraceCriteria): TraceReason[] {
  const reasons: TraceReason[] = [];
  const s = criteria.serial;
  for (const hit of row.serial_hits) {
    const points = SERIAL_POINTS[hit.reason];
    switch (hit.reason) {
      case 'exact_serial':
        reasons.push({ code: hit.reason, points, detail: `Serial "${row.serial_raw}" is ${s!.normalised} once separators and case are ignored.` });
        if (row.serial_raw && canonical(row.serial_raw) === canonical(s!.raw)) reasons.push({ code: 'raw_serial', points: 0, detail: `The serial was written exactly as searched.` });
        break;
      case 'folded_serial':
        reasons.push({ code: hit.reason, points, detail: `Serial "${row.serial_raw}" matches "${s!.raw}" once look-alike characters are folded (O→0, I/L→1, S→5, B→8, Z→2).` });
        break;
      case 'partial_serial':
        reasons.push({ code: hit.reason, points, detail: `Serial "${row.serial_raw}" ${s!.hasWildcards ? 'fits the pattern' : 'contains'} ${s!.normalised}.` });
        break;
      case 'partial_folded_serial':
        reasons.push({ code: hit.reason, points, detail: `Serial "${row.serial_raw}" ${s!.hasWildcards ? 'fits the pattern' : 'contains'} ${s!.folded} once look-alike characters are folded.` });
        break;
      case 'marking_text':
      case 'marking_text_folded':
        reasons.push({
          code: hit.reason,
          points,
          markingId: hit.markingId ?? undefined,
          detail: `${hit.markingType} marking "${hit.markingText}" contains ${hit.reason === 'marking_text' ? s!.normalised : `${s!.folded} once look-alike characters are folded`}.`,
        });
        break;
    }
  }
  // Only the strongest serial tier counts towards the score; weaker ones are listed without points.
  reasons.forEach((r, i) => {
    if (i > 0 && r.code in SERIAL_POINTS) r.points = 0;
  });

  const detail: Record<Criterion, () => string> = {
    make: () => `Make "${row.make_text}"${row.manufacturer_code ? ` (${row.manufacturer_code})` : ''} matches "${criteria.make!.text}".`,
    model: () => `Model "${row.model}" matches "${criteria.model}".`,
    calibre: () => `Calibre "${row.calibre_text}" matches "${criteria.calibre!.text}".`,
    category: () => `Category ${row.category_code}.`,
    country_of_manufacture: () => `Made in ${row.country_of_manufacture}.`,
    import_marking: () => `Has an import marking${criteria.importCountry ? ` of ${criteria.importCountry}` : ''}${criteria.importYear !== null ? ` from ${criteria.importYear}` : ''}.`,
    year_of_manufacture: () => `Made in ${row.year_of_manufacture}.`,
  };
  for (const [criterion, matched] of Object.entries(row.hits) as [Criterion, boolean][]) {
    if (!matched) continue;
    const aliased = criterion === 'make' && row.make_text !== null && manufacturerKey(row.make_text) !== manufacturerKey(criteria.make!.text);
    reasons.push({ code: aliased ? 'make_alias' : criterion, points: CRITERION_POINTS[criterion], detail: detail[criterion]() });
  }
  return reasons;
}
