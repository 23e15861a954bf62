import { describe, expect, it } from 'vitest';
import { parseAlertListSearch, toAlertListQuery } from './list-search';

describe('hit alert inbox search params', () => {
  it('opens on the open alerts of the user’s agency, and leaves that default out of the URL', () => {
    expect(parseAlertListSearch({})).toEqual({});
    expect(parseAlertListSearch({ state: 'open', page: '1' })).toEqual({});
    expect(toAlertListQuery({})).toEqual({ state: 'open', mine: 'true', limit: 25, offset: 0 });
  });

  it('keeps acknowledged, all states and every agency, and pages', () => {
    expect(parseAlertListSearch({ state: 'acknowledged', everyAgency: 'true', page: '2' })).toEqual({ state: 'acknowledged', everyAgency: true, page: 2 });
    expect(toAlertListQuery({ state: 'all', everyAgency: true, page: 3, pageSize: 50 })).toEqual({ limit: 50, offset: 100 });
  });

  it('drops what a hand-edited link got wrong', () => {
    expect(parseAlertListSearch({ state: 'closed', everyAgency: 'yes', page: '-1' })).toEqual({});
  });
});
