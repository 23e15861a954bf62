import { describe, expect, it } from 'vitest';
import { parseFirearmListSearch, sortOf, sortStatusOf, toListQuery } from './list-search';

describe('firearms list search params', () => {
  it('keeps the filters the API accepts', () => {
    expect(
      parseFirearmListSearch({ status: 'stolen', category: 'pistol', make: ' Zastava ', agencyId: 'A1B2C3D4-0000-4000-8000-000000000001', registeredFrom: '2026-01-01', registeredTo: '2026-02-01', page: '3', pageSize: '50' }),
    ).toEqual({ status: 'stolen', category: 'pistol', make: 'Zastava', agencyId: 'a1b2c3d4-0000-4000-8000-000000000001', registeredFrom: '2026-01-01', registeredTo: '2026-02-01', page: 3, pageSize: 50 });
  });

  it('drops what a stale or hand-edited link got wrong instead of sending a request the API refuses', () => {
    expect(parseFirearmListSearch({ status: 'missing', holderId: 'not-a-uuid', registeredFrom: '01/02/2026', page: '-2', pageSize: '1000', make: '' })).toEqual({});
    expect(parseFirearmListSearch({ page: '1', pageSize: '25' })).toEqual({});
  });

  it('turns the page into limit and offset, and includes the "registered until" day', () => {
    expect(toListQuery({ page: 3, pageSize: 50, registeredTo: '2026-02-28', status: 'lost' })).toEqual({ status: 'lost', registeredTo: '2026-03-01', limit: 50, offset: 100 });
    expect(toListQuery({})).toEqual({ limit: 25, offset: 0 });
  });

  it('keeps an order the API offers in the URL, and leaves the default out', () => {
    expect(parseFirearmListSearch({ sort: '-serial' })).toEqual({ sort: '-serial' });
    expect(parseFirearmListSearch({ sort: '-registered' })).toEqual({});
    expect(parseFirearmListSearch({ sort: 'owner' })).toEqual({});
    expect(toListQuery({ sort: 'make', page: 2 })).toEqual({ sort: 'make', limit: 25, offset: 25 });
  });

  it('maps the table header a user clicked to the API order and back', () => {
    expect(sortOf({ columnAccessor: 'serialNumber', direction: 'asc' })).toBe('serial');
    expect(sortOf({ columnAccessor: 'createdAt', direction: 'desc' })).toBeUndefined();
    expect(sortOf({ columnAccessor: 'model', direction: 'asc' })).toBeUndefined();
    expect(sortStatusOf('-make')).toEqual({ columnAccessor: 'make', direction: 'desc' });
    expect(sortStatusOf()).toEqual({ columnAccessor: 'createdAt', direction: 'desc' });
  });
});
