import { uuidV7 } from './uuid-v7.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV7', () => {
  it('is an RFC 9562 version 7 UUID carrying the time in milliseconds', () => {
    const at = Date.UTC(2026, 11, 2, 1, 30, 0, 123);
    const id = uuidV7(at);
    expect(id).toMatch(V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(uuidV7(0).startsWith('00000000-0000-7')).toBe(true);
    expect(parseInt(uuidV7(2 ** 48 - 1).replace(/-/g, '').slice(0, 12), 16)).toBe(2 ** 48 - 1);
  });

  it('sorts by time across milliseconds and never repeats', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => uuidV7(1_800_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 10; i < ids.length; i += 10) expect(ids[i - 1] < ids[i]).toBe(true);
    expect(ids.every((id) => V7.test(id))).toBe(true);
  });
});
