import { createHash } from 'node:crypto';

/** The fields an entry's hash covers, in the shape they are stored. */
export interface HashedContent {
  seq: string;
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
  seq: string;
  entryId: string | null;
  problem: 'content_altered' | 'chain_broken' | 'entry_missing';
  detail: string;
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

function covered(c: HashedContent): Record<keyof HashedContent, unknown> {
  return {
    seq: String(c.seq),
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
}

/**
 * The hashed text of an entry up to its sequence number, for the database to finish
 * when it takes the number: hashEntry(c) is the SHA-256 of
 * `hashedTextBeforeSeq(c) + c.seq + '"}'` ("seq" sorts last among the covered keys, and
 * its value is a string of digits that JSON does not escape).
 */
export function hashedTextBeforeSeq(c: Omit<HashedContent, 'seq'>): string {
  const text = canonicalJson(covered({ ...c, seq: '0' }));
  const tail = '"seq":"0"}';
  if (!text.endsWith(tail)) throw new Error('seq is no longer the last key of the hashed text');
  return text.slice(0, -'0"}'.length);
}

/** The result of walking one record's entries in order: the first broken link, if any. */
export function firstBrokenLink(entries: (HashedContent & { id: string; hash: string })[]): ChainProblem | null {
  let previous: string | null = null;
  for (const entry of entries) {
    if (entry.prevHash !== previous) {
      return {
        recordType: entry.recordType,
        recordId: entry.recordId,
        seq: String(entry.seq),
        entryId: entry.id,
        problem: 'chain_broken',
        detail: 'The link to the previous entry of this record does not match: an earlier entry was removed or rewritten.',
      };
    }
    if (hashEntry(entry) !== entry.hash) {
      return {
        recordType: entry.recordType,
        recordId: entry.recordId,
        seq: String(entry.seq),
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
