import { describe, expect, it } from 'vitest';
import { parseAuditSearch, toAuditQuery } from './list-search';

describe('the audit search in the URL', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(parseAuditSearch({ recordType: 'firearm', action: 'corrected', from: '2026-12-01', to: 'yesterday', actor: 'nobody', page: '3' })).toEqual({ recordType: 'firearm', action: 'corrected', from: '2026-12-01', page: 3 });
    expect(parseAuditSearch({ recordType: 'DROP TABLE', action: 'x;y' })).toEqual({});
  });

  it('asks the API for whole days, the last one included', () => {
    expect(toAuditQuery({ from: '2026-12-01', to: '2026-12-02', page: 2, verification: '7d1d3b7e-0000-4000-8000-000000000000' })).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z', limit: 25, offset: 25 });
  });
});
