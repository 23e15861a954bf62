import { DomainError } from '../../common/errors/domain-error.js';
import type { TraceSearchRequest } from './dto/trace.dto.js';
import { auditedCriteria, checkedInput } from './trace-input.js';

const request = (fields: Partial<TraceSearchRequest>): TraceSearchRequest => ({ limit: 20, offset: 0, ...fields }) as TraceSearchRequest;

function refusal(fields: Partial<TraceSearchRequest>): DomainError {
  try {
    checkedInput(request(fields));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('checkedInput', () => {
  it('parses the serial, or none', () => {
    expect(checkedInput(request({ serial: 'zc-104 522' })).serial).toMatchObject({ normalised: 'ZC104522', folded: '2C104522', hasWildcards: false });
    expect(checkedInput(request({ category: 'pistol' })).serial).toBeNull();
  });

  it('refuses a malformed pattern with its reason, naming the field', () => {
    const error = refusal({ serial: 'A*' });
    expect(error.code).toBe('INVALID_SERIAL_PATTERN');
    expect(error.extras).toMatchObject({ reason: 'too_broad', errors: [{ field: 'serial' }] });
  });

  it('refuses a year range that ends before it starts', () => {
    expect(refusal({ yearFrom: 1990, yearTo: 1980 })).toMatchObject({ code: 'VALIDATION_FAILED', extras: { errors: [{ field: 'yearTo' }] } });
  });

  it('refuses a search with nothing to search on: blank texts, a serial match or paging alone are not criteria', () => {
    expect(refusal({}).code).toBe('TRACE_CRITERIA_MISSING');
    expect(refusal({ make: '  ', model: ' ' }).code).toBe('TRACE_CRITERIA_MISSING');
    expect(refusal({ serialMatch: 'contains', offset: 20 }).code).toBe('TRACE_CRITERIA_MISSING');
    // "7" as a substring is "*7*": refused like the pattern, saying why.
    expect(refusal({ serial: '7', serialMatch: 'contains' })).toMatchObject({ code: 'INVALID_SERIAL_PATTERN', extras: { reason: 'too_broad', errors: [{ field: 'serial', message: expect.stringContaining('at least 3 known letters or digits') }] } });
    expect(checkedInput(request({ importYear: 2024 })).serial).toBeNull();
  });
});

describe('auditedCriteria', () => {
  it('keeps the criteria as typed, the paging and, with a serial, the serial match (auto unless asked)', () => {
    expect(auditedCriteria(request({ serial: 'ZC-104 522', make: 'Zastava' }))).toEqual({ serial: 'ZC-104 522', make: 'Zastava', serialMatch: 'auto', limit: 20, offset: 0 });
    expect(auditedCriteria(request({ serial: 'ZC104522', serialMatch: 'contains' }))).toEqual({ serial: 'ZC104522', serialMatch: 'contains', limit: 20, offset: 0 });
    expect(auditedCriteria(request({ category: 'rifle' }))).toEqual({ category: 'rifle', limit: 20, offset: 0 });
  });
});
