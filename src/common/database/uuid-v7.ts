import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 16 * 1024;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;
const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A time-ordered UUID (RFC 9562 version 7): 48 bits of Unix milliseconds, then 74
 * random bits. Rows of a growing table keyed by it land at the right edge of its
 * primary-key index instead of on a random leaf (a random v4 key touches a different
 * page per insert and, once the index outgrows memory, reads it back from disk).
 * Unique as v4 is; the time is not a trusted ordering (clocks differ between hosts).
 */
export function uuidV7(now: number = Date.now()): string {
  if (poolOffset + 10 > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const r = poolOffset;
  poolOffset += 10;
  const ms = Math.max(0, Math.floor(now));
  const high = Math.floor(ms / 2 ** 16); // the first 32 bits of the 48-bit time
  const low = ms % 2 ** 16;
  const time = high.toString(16).padStart(8, '0') + hex[low >>> 8] + hex[low & 0xff];
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-` +
    `7${hex[pool[r] & 0x0f].slice(1)}${hex[pool[r + 1]]}-` +
    `${hex[(pool[r + 2] & 0x3f) | 0x80]}${hex[pool[r + 3]]}-` +
    `${hex[pool[r + 4]]}${hex[pool[r + 5]]}${hex[pool[r + 6]]}${hex[pool[r + 7]]}${hex[pool[r + 8]]}${hex[pool[r + 9]]}`
  );
}
