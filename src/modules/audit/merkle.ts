import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, §2.1), as
 * transparency logs build it: leaf hash SHA-256(0x00 ‖ data), node hash
 * SHA-256(0x01 ‖ left ‖ right), the tree of n leaves split at the largest power
 * of two below n. Hashes travel as lower-case hex.
 */

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export const EMPTY_ROOT = createHash('sha256').digest('hex');

export function leafHash(data: string | Buffer): string {
  return sha256(LEAF, typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('hex');
}

export function nodeHash(left: string, right: string): string {
  return sha256(NODE, Buffer.from(left, 'hex'), Buffer.from(right, 'hex')).toString('hex');
}

/** Largest power of two strictly below n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[0:n]) from all leaf hashes: the reference definition. */
export function rootOf(leaves: readonly string[]): string {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/**
 * The right edge of a tree of `size` leaves: the roots of its maximal complete
 * subtrees, left to right (one per set bit of size). Enough to append leaves and
 * compute the root without the leaves themselves.
 */
export interface Frontier {
  size: number;
  nodes: string[];
}

export const EMPTY_FRONTIER: Frontier = { size: 0, nodes: [] };

/** Subtrees [start, start + width) of the frontier, left to right. */
export function frontierRanges(size: number): { start: number; width: number }[] {
  const ranges: { start: number; width: number }[] = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) {
      ranges.push({ start, width: bit });
      start += bit;
    }
  }
  return ranges;
}

/**
 * Appends leaves; `onNode` hears every complete subtree formed (level ≥ 1), so
 * a store can keep the ones it needs for proofs.
 */
export function append(frontier: Frontier, leaves: readonly string[], onNode?: (level: number, index: number, hash: string) => void): Frontier {
  // Stack of [level, hash] from the left; a merge happens while the two top subtrees have the same level.
  const stack = frontierRanges(frontier.size).map((r, i) => ({ level: Math.log2(r.width), hash: frontier.nodes[i] }));
  let size = frontier.size;
  for (const leaf of leaves) {
    let top = { level: 0, hash: leaf };
    let position = size;
    while (stack.length > 0 && stack[stack.length - 1].level === top.level) {
      const left = stack.pop()!;
      top = { level: top.level + 1, hash: nodeHash(left.hash, top.hash) };
      position -= 2 ** left.level;
      onNode?.(top.level, position / 2 ** top.level, top.hash);
    }
    stack.push(top);
    size += 1;
  }
  return { size, nodes: stack.map((s) => s.hash) };
}

export function frontierRoot(frontier: Frontier): string {
  if (frontier.size === 0) return EMPTY_ROOT;
  let root = frontier.nodes[frontier.nodes.length - 1];
  for (let i = frontier.nodes.length - 2; i >= 0; i--) root = nodeHash(frontier.nodes[i], root);
  return root;
}

/** MTH(D[start:end]) for a range that is a subtree of the tree (proofs only ask for those). */
export type RangeHash = (start: number, end: number) => Promise<string> | string;

/** RFC 9162 §2.1.3.1: the inclusion proof of leaf `index` in the tree of `size` leaves. */
export async function inclusionProof(index: number, size: number, range: RangeHash): Promise<string[]> {
  if (index < 0 || index >= size) throw new Error(`leaf ${index} is not in a tree of ${size}`);
  const path: string[] = [];
  const walk = async (m: number, start: number, n: number): Promise<void> => {
    if (n <= 1) return;
    const k = split(n);
    if (m < k) {
      await walk(m, start, k);
      path.push(await range(start + k, start + n));
    } else {
      await walk(m - k, start + k, n - k);
      path.push(await range(start, start + k));
    }
  };
  await walk(index, 0, size);
  return path;
}

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(index: number, size: number, leaf: string, proof: readonly string[], root: string): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}

/** RFC 9162 §2.1.4.1: proof that the tree of `to` leaves extends the tree of `from`. */
export async function consistencyProof(from: number, to: number, range: RangeHash): Promise<string[]> {
  if (from < 0 || from > to) throw new Error(`no consistency from ${from} to ${to}`);
  if (from === 0 || from === to) return [];
  const proof: string[] = [];
  const sub = async (m: number, start: number, n: number, whole: boolean): Promise<void> => {
    if (m === n) {
      if (!whole) proof.push(await range(start, start + n));
      return;
    }
    const k = split(n);
    if (m <= k) {
      await sub(m, start, k, whole);
      proof.push(await range(start + k, start + n));
    } else {
      await sub(m - k, start + k, n - k, false);
      proof.push(await range(start, start + k));
    }
  };
  await sub(from, 0, to, true);
  return proof;
}

/** RFC 9162 §2.1.4.2. */
export function verifyConsistency(from: number, to: number, fromRoot: string, toRoot: string, proof: readonly string[]): boolean {
  if (from > to || from < 0) return false;
  if (from === to) return proof.length === 0 && fromRoot === toRoot;
  if (from === 0) return proof.length === 0;
  let path = [...proof];
  if ((from & (from - 1)) === 0) path = [fromRoot, ...path];
  if (path.length === 0) return false;
  let fn = from - 1;
  let sn = to - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr === fromRoot && sr === toRoot && sn === 0;
}

/**
 * A RangeHash for the proofs of one sealing step: subtrees of the old tree come
 * from its frontier, the others from the new leaves (indices from `from`).
 */
export function sealingRanges(old: Frontier, leaves: readonly string[]): RangeHash {
  const known = new Map(frontierRanges(old.size).map((r, i) => [`${r.start}:${r.start + r.width}`, old.nodes[i]]));
  return (start, end) => {
    const node = known.get(`${start}:${end}`);
    if (node) return node;
    if (start < old.size) throw new Error(`subtree ${start}..${end} of the sealed tree is not on its frontier`);
    return rootOf(leaves.slice(start - old.size, end - old.size));
  };
}
