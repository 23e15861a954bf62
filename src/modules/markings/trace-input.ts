/**
 * What an investigator typed, before anything touches the database: the searches the
 * registry refuses, and what the audit trail keeps of the ones it runs.
 */
import { DomainError } from '../../common/errors/domain-error.js';
import type { TraceSearchRequest } from './dto/trace.dto.js';
import { containsRefusal, parseSerialQuery, SerialQueryError, type SerialQuery } from './serial.js';

/**
 * The refusals, without touching the database: a malformed serial pattern is a 400
 * naming the field, and so is a search with nothing to search on.
 */
export function checkedInput(input: TraceSearchRequest): { serial: SerialQuery | null } {
  let serial: SerialQuery | null = null;
  if (input.serial !== undefined) {
    try {
      serial = parseSerialQuery(input.serial);
    } catch (error) {
      if (!(error instanceof SerialQueryError)) throw error;
      throw new DomainError('INVALID_SERIAL_PATTERN', `serial: ${error.message}`, { reason: error.reason, errors: [{ field: 'serial', message: error.message }] });
    }
  }
  const tooShort = serial && !serial.hasWildcards && input.serialMatch === 'contains' ? containsRefusal(serial) : null;
  if (tooShort) throw new DomainError('INVALID_SERIAL_PATTERN', `serial: ${tooShort}`, { reason: 'too_broad', errors: [{ field: 'serial', message: tooShort }] });
  if (input.yearFrom !== undefined && input.yearTo !== undefined && input.yearFrom > input.yearTo) {
    throw new DomainError('VALIDATION_FAILED', 'yearTo: must not be before yearFrom', { errors: [{ field: 'yearTo', message: 'must not be before yearFrom' }] });
  }
  const given = [input.make, input.model, input.calibre].some((text) => !!text?.trim()) || [input.category, input.countryOfManufacture, input.importCountry, input.importYear, input.yearFrom, input.yearTo].some((v) => v !== undefined);
  if (!serial && !given) {
    throw new DomainError('TRACE_CRITERIA_MISSING', 'Give at least one of serial, make, model, calibre, category, countryOfManufacture, importCountry, importYear, yearFrom, yearTo.', {
      errors: [{ field: 'serial', message: 'or another criterion is required' }],
    });
  }
  return { serial };
}

/**
 * The criteria as typed (no derived keys) and, with a serial, the match asked for
 * (`auto` unless given): what the audit trail keeps as "for what".
 */
export function auditedCriteria(input: TraceSearchRequest): Record<string, unknown> {
  const { limit, offset, serialMatch, ...given } = input;
  return Object.fromEntries(Object.entries({ ...given, serialMatch: input.serial !== undefined ? (serialMatch ?? 'auto') : serialMatch, limit, offset }).filter(([, v]) => v !== undefined));
}
