import { describe, expect, it } from 'vitest';
import { changesOf } from './changes';

describe('what an audit entry changed', () => {
  it('gives a correction as before -> after, unchanged fields left out', () => {
    expect(changesOf({ before: { model: '92', calibreText: '9x19' }, after: { model: '92FS', calibreText: '9x19' }, redacted: [] })).toEqual([{ field: 'model', before: '92', after: '92FS', restricted: false }]);
  });

  it('lists what a creation set, without its empty fields', () => {
    expect(changesOf({ before: null, after: { model: 'M57', description: null, status: 'seized' }, redacted: [] })).toEqual([
      { field: 'model', after: 'M57', restricted: false },
      { field: 'status', after: 'seized', restricted: false },
    ]);
  });

  it('keeps a field set to nothing, and a value seen only before', () => {
    expect(changesOf({ before: { holderId: 'h1', eventId: 'x' }, after: { holderId: null }, redacted: [] })).toEqual([
      { field: 'holderId', before: 'h1', after: null, restricted: false },
      { field: 'eventId', before: 'x', restricted: false },
    ]);
  });

  it('marks what the API withheld, even when both sides read "[redacted]"', () => {
    expect(changesOf({ before: { familyName: '[redacted]' }, after: { familyName: '[redacted]' }, redacted: ['before.familyName', 'after.familyName'] })).toEqual([
      { field: 'familyName', before: '[redacted]', after: '[redacted]', restricted: true },
    ]);
  });
});
