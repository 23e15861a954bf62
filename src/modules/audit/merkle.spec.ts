import { append, consistencyProof, EMPTY_FRONTIER, frontierRoot, inclusionProof, leafHash, nodeHash, rootOf, sealingRanges, verifyConsistency, verifyInclusion } from './merkle.js';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`entry-${i}`));
const ranges = (all: string[]) => (start: number, end: number) => rootOf(all.slice(start, end));

describe('Merkle tree (RFC 9162)', () => {
  it('hashes leaves and nodes with their domain prefixes, and splits at the largest power of two', () => {
    const [a, b, c] = leaves(3);
    expect(rootOf([a])).toBe(a);
    expect(rootOf([a, b, c])).toBe(nodeHash(nodeHash(a, b), c));
    expect(rootOf([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('a frontier extended leaf by leaf or in batches gives the root of all the leaves', () => {
    const all = leaves(70);
    let frontier = EMPTY_FRONTIER;
    for (let n = 0; n < all.length; n += 7) {
      frontier = append(frontier, all.slice(n, n + 7));
      expect(frontierRoot(frontier)).toBe(rootOf(all.slice(0, Math.min(n + 7, all.length))));
    }
  });

  it('reports every complete subtree it forms, at its level and index', () => {
    const all = leaves(16);
    const nodes: [number, number, string][] = [];
    append(EMPTY_FRONTIER, all, (level, index, hash) => nodes.push([level, index, hash]));
    for (const [level, index, hash] of nodes) expect(hash).toBe(rootOf(all.slice(index * 2 ** level, (index + 1) * 2 ** level)));
    expect(nodes.filter(([level]) => level === 4)).toHaveLength(1);
    expect(nodes).toHaveLength(15);
  });

  it('proves and verifies the inclusion of every leaf, and refuses a wrong leaf, index or root', async () => {
    for (const size of [1, 2, 3, 5, 8, 13, 33]) {
      const all = leaves(size);
      const root = rootOf(all);
      for (let i = 0; i < size; i++) {
        const proof = await inclusionProof(i, size, ranges(all));
        expect(verifyInclusion(i, size, all[i], proof, root)).toBe(true);
        expect(verifyInclusion(i, size, leafHash('forged'), proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion((i + 1) % size, size, all[i], proof, root)).toBe(false);
      }
    }
  });

  it('proves that a later tree extends an earlier one from the earlier frontier and the new leaves only, and refuses a rewritten past', async () => {
    const all = leaves(40);
    for (let from = 1; from < 40; from += 3) {
      for (let to = from; to <= 40; to += 5) {
        const old = append(EMPTY_FRONTIER, all.slice(0, from));
        const proof = await consistencyProof(from, to, sealingRanges(old, all.slice(from, to)));
        expect(proof).toEqual(await consistencyProof(from, to, ranges(all)));
        expect(verifyConsistency(from, to, rootOf(all.slice(0, from)), rootOf(all.slice(0, to)), proof)).toBe(true);
        const rewritten = [...all.slice(0, to)];
        rewritten[from - 1] = leafHash('rewritten');
        if (to > from) expect(verifyConsistency(from, to, rootOf(all.slice(0, from)), rootOf(rewritten), proof)).toBe(false);
      }
    }
  });
});
