import { createHash } from 'node:crypto';
import { hashedTextAroundPrevHash } from './hash-chain.js';
import { CanonicalJson, canonicalJson, changedFields, firstBrokenLink, hashEntry, type HashedContent } from './hash-chain.js';

function chain(count: number): (HashedContent & { id: string; hash: string })[] {
  const entries: (HashedContent & { id: string; hash: string })[] = [];
  let prevHash: string | null = null;
  for (let i = 1; i <= count; i++) {
    const content: HashedContent = {
      hashVersion: 2,
      seq: String(i * 10),
      recordType: 'firearm',
      recordId: 'f-1',
      action: i === 1 ? 'created' : 'updated',
      actorUserId: 'u-1',
      actorUsername: 'officer',
      actorAgencyId: null,
      actorRoles: ['registry_officer'],
      occurredAt: new Date(Date.UTC(2026, 0, i)),
      requestId: `r-${i}`,
      clientAddress: '127.0.0.1',
      before: i === 1 ? null : { status: `s${i - 1}` },
      after: { status: `s${i}` },
      reason: null,
      prevHash,
    };
    const hash = hashEntry(content);
    entries.push({ ...content, id: `e-${i}`, hash });
    prevHash = hash;
  }
  return entries;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth so jsonb reordering does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('writes objects of one key set alike whatever order their keys were added in', () => {
    const texts = [{ b: 1, a: 2, c: 'x' }, { c: 'x', a: 2, b: 1 }, { a: 2, c: 'x', b: 1 }].map((o) => canonicalJson(o));
    expect(new Set(texts)).toEqual(new Set(['{"a":2,"b":1,"c":"x"}']));
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('drops undefined fields and writes dates as ISO text', () => {
    expect(canonicalJson({ a: undefined, d: new Date(Date.UTC(2026, 10, 23)) })).toBe('{"d":"2026-11-23T00:00:00.000Z"}');
  });

  it('writes what a stored copy reads back as: the jsonb round trip does not change the text', () => {
    const value = { z: [1, undefined, NaN, 'é\n"x"', { b: null, a: new Date(Date.UTC(2026, 0, 2)) }], m: -0, f: () => 1, nested: { list: [], empty: {} }, n: 12.5 };
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('embeds text already canonical as is, hashing like the value it stands for', () => {
    const after = { status: 'registered', holderId: null, markings: [{ type: 'import', year: 2024 }] };
    const content = chain(1)[0];
    const text = new CanonicalJson(canonicalJson(after));
    expect(canonicalJson({ after: text })).toBe(canonicalJson({ after }));
    expect(hashEntry({ ...content, after: text })).toBe(hashEntry({ ...content, after }));
    expect(JSON.parse(JSON.stringify(text))).toEqual(after);
  });
});

describe('hash chain', () => {
  it('accepts an intact chain', () => {
    expect(firstBrokenLink(chain(4))).toBeNull();
  });

  it('names the entry whose content was altered', () => {
    const entries = chain(4);
    entries[2] = { ...entries[2], after: { status: 'forged' } };
    expect(firstBrokenLink(entries)).toMatchObject({ entryId: 'e-3', seq: '30', problem: 'content_altered' });
  });

  it('names the entry after a removed one', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(firstBrokenLink(entries)).toMatchObject({ entryId: 'e-3', problem: 'chain_broken' });
  });

  it('detects a rewritten entry whose hash was recomputed, at the next link', () => {
    const entries = chain(3);
    const forged = { ...entries[1], reason: 'forged' };
    entries[1] = { ...forged, hash: hashEntry(forged) };
    expect(firstBrokenLink(entries)).toMatchObject({ entryId: 'e-3', problem: 'chain_broken' });
  });

  it('changes the hash when any covered field changes', () => {
    const [entry] = chain(1);
    const base = hashEntry(entry);
    expect(hashEntry({ ...entry, actorRoles: ['admin'] })).not.toBe(base);
    expect(hashEntry({ ...entry, hashVersion: 1 })).not.toBe(base);
    expect(hashEntry({ ...entry, occurredAt: new Date(entry.occurredAt.getTime() + 1) })).not.toBe(base);
  });
});

describe('changedFields', () => {
  it('keeps only the fields that differ, with null for absent ones', () => {
    expect(changedFields({ a: 1, b: { x: 1 }, c: 'same' }, { a: 2, b: { x: 1 }, c: 'same', d: 'new' })).toEqual({
      before: { a: 1, d: null },
      after: { a: 2, d: 'new' },
    });
  });
});

describe('hash versions', () => {
  it('version 1 (the counter era) covers the sequence number; version 2 leaves the position to the sealed log', () => {
    const [entry] = chain(1);
    const v1 = { ...entry, hashVersion: 1 };
    expect(hashEntry({ ...v1, seq: '11' })).not.toBe(hashEntry(v1));
    expect(hashEntry({ ...entry, seq: null })).toBe(hashEntry({ ...entry, seq: '11' }));
  });
});

describe('hashedTextAroundPrevHash', () => {
  it('completed with the head of the chain, hashes exactly like hashEntry (what the database finishes in one statement)', () => {
    const [entry] = chain(1);
    const odd = { ...entry, after: { criteria: { serial: 'ZC-104"522\\', make: 'Застава', note: 'prevHash"}' } }, requestId: null, actorRoles: ['investigator', 'auditor'] };
    for (const content of [entry, odd]) {
      for (const prevHash of [null, 'ab'.repeat(32)]) {
        const [before, after] = hashedTextAroundPrevHash(content);
        const finished = createHash('sha256').update(`${before}${prevHash === null ? 'null' : `"${prevHash}"`}${after}`).digest('hex');
        expect(finished).toBe(hashEntry({ ...content, prevHash }));
      }
    }
  });
});
