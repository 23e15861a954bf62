import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPrepared, readFromReplica } from '../../common/database/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { holderSummary } from '../holders/dto/holder.dto.js';
import { manufacturerKey } from '../reference/alias-keys.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { TraceSearchRequest } from './dto/trace.dto.js';
import type { SerialQuery } from './serial.js';
import { auditedCriteria, checkedInput } from './trace-input.js';
import { CANDIDATES_PER_BRANCH, CRITERION_POINTS, runTraceSearch, SERIAL_POINTS, type Criterion, type TraceCriteria, type TraceRow, type TraceStatement } from './trace-query.js';

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

  /**
   * Ranked candidates with the reasons they matched; the search itself is audited.
   *
   * The audit entry ("who searched for what": the actor and request from the context,
   * the criteria as typed) needs nothing from the search, so it commits on one pooled
   * connection while the search runs on another. The answer waits for both:
   * no candidate leaves before its search is on the trail. Refused searches (malformed
   * pattern, no criteria) fail in checkedInput, before either starts, and leave no entry.
   */
  async search(input: TraceSearchRequest, personalData: boolean) {
    const checked = checkedInput(input);
    const queryId = randomUUID();
    const audited = this.audit.recordRead({ recordType: 'trace_query', recordId: queryId, newRecord: true, action: 'searched', after: { criteria: auditedCriteria(input) } });
    const searched = this.resolve(input, checked.serial).then(async (criteria) => ({
      criteria,
      outcome: await runTraceSearch((statement) => this.run(statement), criteria, input.serialMatch ?? 'auto', { limit: input.limit, offset: input.offset }),
    }));
    const [{ criteria, outcome }] = await bothSettled(searched, audited);

    return {
      queryId,
      criteria: {
        ...auditedCriteria(input),
        ...(criteria.serial ? { serialKeys: { normalised: criteria.serial.normalised, folded: criteria.serial.folded, wildcards: criteria.serial.hasWildcards } } : {}),
        ...(criteria.make ? { makeResolvedTo: criteria.make.code } : {}),
        ...(criteria.calibre ? { calibreResolvedTo: criteria.calibre.code } : {}),
      },
      serialSearch: outcome.serialSearch,
      flagged: outcome.flagged,
      mayBeIncomplete: outcome.total >= CANDIDATES_PER_BRANCH,
      items: outcome.rows.map((row) => ({
        firearmId: row.id!,
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
        lastLegalHolder: lastLegalHolderOf(row, personalData),
      })),
      page: { limit: input.limit, offset: input.offset, total: outcome.total, totalIsExact: true },
    };
  }

  private run(statement: TraceStatement): Promise<TraceRow[]> {
    // A search reads the replica when there is one: a record registered a moment ago may be missing for the replica's delay.
    return statement.stablePlan
      ? queryPrepared<TraceRow>(this.dataSource, statement.sql, statement.parameters, 'slave')
      : readFromReplica(this.dataSource, (runner) => runner.query(statement.sql, statement.parameters));
  }

  /** Make and calibre through their aliases (both lookups at once), then the full criteria. */
  private async resolve(input: TraceSearchRequest, serial: SerialQuery | null): Promise<TraceCriteria> {
    const [make, calibre] = await Promise.all([this.reference.resolveManufacturer(input.make), this.reference.resolveCalibre(input.calibre)]);
    return {
      serial,
      make,
      model: input.model?.trim() || null,
      calibre,
      category: input.category ?? null,
      countryOfManufacture: input.countryOfManufacture ?? null,
      importCountry: input.importCountry ?? null,
      importYear: input.importYear ?? null,
      yearFrom: input.yearFrom ?? null,
      yearTo: input.yearTo ?? null,
    };
  }
}

/**
 * Waits for every promise, so no work is left running when the request ends, then
 * fails with the first failure in argument order, or gives the values.
 */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}

function lastLegalHolderOf(row: TraceRow, personalData: boolean) {
  if (!row.holder_id) return null;
  if (!row.holder_kind) return { id: row.holder_id };
  return holderSummary(
    { id: row.holder_id, kind: row.holder_kind, familyName: row.holder_family_name, givenNames: row.holder_given_names, legalName: row.holder_legal_name, organisationType: row.holder_organisation_type },
    personalData,
  );
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
