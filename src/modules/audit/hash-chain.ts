import { createHash } from 'node:crypto';

/**
 * The fields an entry's hash covers, in the shape they are stored. Version 1
 * hashes (the counter era) cover the sequence number; version 2 hashes do not:
 * the position is assigned when the log is sealed, and the Merkle tree of the
 * signed checkpoints covers it.
 */
export interface HashedContent {
  hashVersion: number;
  seq: string | null;
  recordType: string;
  recordId: string;
  action: string;
  actorUserId: string | null;
  actorUsername: string;
  actorAgencyId: string | null;
  actorRoles: string[];
  occurredAt: Date;
  requestId: string | null;
  clientAddress: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  prevHash: string | null;
}

export interface ChainProblem {
  recordType: string | null;
  recordId: string | null;
  /** The entry's sealed position; null for an entry not sealed yet. */
  seq: string | null;
  entryId: string | null;
  problem: 'content_altered' | 'chain_broken' | 'entry_missing' | 'entry_out_of_order' | 'checkpoint_mismatch' | 'checkpoint_invalid';
  detail: string;
  /** The last sealed position the problem may lie in, when it is located within a checkpoint's interval. */
  lastSeq?: string;
}

/** JSON text already in canonical form (from canonicalJson), embedded as is instead of being serialised again. */
export class CanonicalJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Key order of an object shape, with each key already written as JSON: audited objects come in few shapes, sorted once each. */
interface ShapeOrder {
  keys: string[];
  prefixes: string[];
}
const SHAPE_CACHE_LIMIT = 1024;
const shapeOrders = new Map<string, ShapeOrder>();

function orderOf(keys: string[]): ShapeOrder {
  const shape = keys.join('\u0000');
  let order = shapeOrders.get(shape);
  if (!order) {
    const sorted = [...keys].sort();
    order = { keys: sorted, prefixes: sorted.map((key) => `${JSON.stringify(key)}:`) };
    if (shapeOrders.size < SHAPE_CACHE_LIMIT) shapeOrders.set(shape, order);
  }
  return order;
}

/**
 * JSON with keys sorted at every level: jsonb does not keep key order. Values
 * are taken as JSON.stringify takes them (toJSON, so dates are ISO text), so
 * a value hashes like its stored jsonb copy read back.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof CanonicalJson) return value.text;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const { keys, prefixes } = orderOf(Object.keys(object));
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const item = object[keys[i]];
    if (item === undefined || typeof item === 'function') continue;
    out += `${out.length > 1 ? ',' : ''}${prefixes[i]}${typeof item === 'string' ? JSON.stringify(item) : canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** Hashes exactly the covered fields, so a stored row (with its id and hash) hashes like its content. */
export function hashEntry(c: HashedContent): string {
  return createHash('sha256').update(canonicalJson(covered(c))).digest('hex');
}

export const CURRENT_HASH_VERSION = 2;

function covered(c: HashedContent): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    ...(c.hashVersion === 1 ? { seq: String(c.seq) } : { hashVersion: c.hashVersion }),
    recordType: c.recordType,
    recordId: c.recordId,
    action: c.action,
    actorUserId: c.actorUserId,
    actorUsername: c.actorUsername,
    actorAgencyId: c.actorAgencyId,
    actorRoles: c.actorRoles,
    occurredAt: c.occurredAt.toISOString(),
    requestId: c.requestId,
    clientAddress: c.clientAddress,
    before: c.before,
    after: c.after,
    reason: c.reason,
    prevHash: c.prevHash,
  };
  return fields;
}

/** The result of walking one record's entries in order: the first broken link, if any. */
export function firstBrokenLink(entries: (HashedContent & { id: string; hash: string })[]): ChainProblem | null {
  let previous: string | null = null;
  for (const entry of entries) {
    if (entry.prevHash !== previous) {
      return {
        recordType: entry.recordType,
        recordId: entry.recordId,
        seq: entry.seq === null ? null : String(entry.seq),
        entryId: entry.id,
        problem: 'chain_broken',
        detail: 'The link to the previous entry of this record does not match: an earlier entry was removed or rewritten.',
      };
    }
    if (hashEntry(entry) !== entry.hash) {
      return {
        recordType: entry.recordType,
        recordId: entry.recordId,
        seq: entry.seq === null ? null : String(entry.seq),
        entryId: entry.id,
        problem: 'content_altered',
        detail: 'The content of this entry no longer matches its hash: it was changed after it was written.',
      };
    }
    previous = entry.hash;
  }
  return null;
}

/** Only the fields that differ, so the trail shows what changed and nothing else. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}

/**
 * The earliest sealed position a problem lies at. A checkpoint mismatch says only
 * that something in its interval changed: when a problem located exactly (a
 * missing number, an altered entry) lies in that interval it is taken, otherwise
 * the interval's first position, where the change may be.
 */
export function firstAffectedSeq(problems: readonly ChainProblem[]): string | null {
  const located = problems.filter((p) => p.seq !== null && p.problem !== 'checkpoint_invalid');
  const exact = located.filter((p) => p.problem !== 'checkpoint_mismatch').map((p) => BigInt(p.seq!));
  const candidates = [...exact];
  for (const mismatch of located.filter((p) => p.problem === 'checkpoint_mismatch')) {
    const from = BigInt(mismatch.seq!);
    const to = BigInt(mismatch.lastSeq ?? mismatch.seq!);
    if (!exact.some((seq) => seq <= to)) candidates.push(from);
  }
  return candidates.length ? String(candidates.reduce((a, b) => (a < b ? a : b))) : null;
}

const PREV_TOKEN = '\u0000prev-hash\u0000';

/**
 * The hashed text of an entry around its previous hash, for the database to finish
 * when it reads the chain's head: hashEntry(c) is the SHA-256 of
 * `before + (prevHash === null ? 'null' : '"' + prevHash + '"') + after`.
 */
export function hashedTextAroundPrevHash(c: Omit<HashedContent, 'prevHash'>): [string, string] {
  const text = canonicalJson(covered({ ...c, prevHash: PREV_TOKEN }));
  const token = JSON.stringify(PREV_TOKEN);
  const at = text.indexOf(token);
  if (at < 0 || text.indexOf(token, at + 1) >= 0) throw new Error('the previous hash is not once in the hashed text');
  return [text.slice(0, at), text.slice(at + token.length)];
}
