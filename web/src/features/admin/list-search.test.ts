import { describe, expect, it } from 'vitest';
import { parseHolderListSearch } from '../holders/list-search';
import { parseAgencyListSearch, parseReferenceSearch, parseUserListSearch } from './list-search';
import { toPageQuery } from '../../shared/lists/paging';

describe('list filters read from the URL', () => {
  it('keeps what the API accepts and drops the rest, so a hand-edited link never sends a refused request', () => {
    expect(parseUserListSearch({ q: ' fatou ', role: 'auditor', disabled: 'true', agencyId: 'not-a-uuid', page: '3', pageSize: '50' })).toEqual({ q: 'fatou', role: 'auditor', disabled: true, page: 3, pageSize: 50 });
    expect(parseUserListSearch({ role: 'superuser', disabled: 'maybe', page: '0', pageSize: '33' })).toEqual({});
    expect(parseAgencyListSearch({ type: 'customs', active: 'false' })).toEqual({ type: 'customs', active: false });
  });

  it('asks a name of at least 2 characters of the holders list (the API refuses one)', () => {
    expect(parseHolderListSearch({ q: 'N' })).toEqual({});
    expect(parseHolderListSearch({ q: 'Nd', kind: 'person', documentNumber: '1 984 0302' })).toEqual({ q: 'Nd', kind: 'person', documentNumber: '1 984 0302' });
  });

  it('opens the review queue when no list is named', () => {
    expect(parseReferenceSearch({})).toEqual({});
    expect(parseReferenceSearch({ list: 'unresolved' })).toEqual({});
    expect(parseReferenceSearch({ list: 'calibres', q: '9mm' })).toEqual({ list: 'calibres', q: '9mm' });
    expect(parseReferenceSearch({ list: 'firearms' })).toEqual({});
  });

  it('turns a page into the API’s limit and offset', () => {
    expect(toPageQuery({ q: 'x', page: 3, pageSize: 50 })).toEqual({ q: 'x', limit: 50, offset: 100 });
    expect(toPageQuery({})).toEqual({ limit: 25, offset: 0 });
  });
});
