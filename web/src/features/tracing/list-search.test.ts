import { describe, expect, it } from 'vitest';
import { parseTraceListSearch, toTraceListQuery } from './list-search';

describe('tracing list filters in the URL', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(parseTraceListSearch({ direction: 'incoming', status: 'sent', priority: 'urgent', outcome: 'not_traced', overdue: 'true', seizureId: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', page: '3' })).toEqual({
      direction: 'incoming',
      status: 'sent',
      priority: 'urgent',
      outcome: 'not_traced',
      overdue: true,
      seizureId: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      page: 3,
    });
    expect(parseTraceListSearch({ direction: 'sideways', status: 'overdue', overdue: 'no', seizureId: 'x', page: '1' })).toEqual({});
  });

  it('asks the API for the inbox order and the page as an offset', () => {
    expect(toTraceListQuery({ direction: 'outgoing', page: 2 })).toEqual({ direction: 'outgoing', order: 'due', limit: 25, offset: 25 });
    expect(toTraceListQuery({})).toEqual({ order: 'due', limit: 25, offset: 0 });
  });
});
