import { calibreKey, manufacturerKey } from '../reference/alias-keys.js';
import type { ItemFacts, TradeLicence } from './transfer.entities.js';

/**
 * The rules of international transfers, as pure functions (Firearms Protocol
 * art. 10): which licence line an item falls under, how much of a licence is
 * used, the licence's derived status, and the reconciliation of what was
 * authorised, shipped and received. No database here: the services load, call
 * these, and write.
 */

export interface LicenceLine extends ItemFacts {
  id: string;
  lineNo: number;
}

export type ItemToPlace = ItemFacts & { lineNo?: number };

export interface PlacementProblem {
  index: number;
  code: 'ITEM_NOT_AUTHORISED' | 'LICENCE_QUANTITY_EXCEEDED';
  message: string;
  /** The item's field that differs from the licence (`make`, `calibre`, `quantity`...), when one does. */
  field?: ItemField;
}

/** An item's fields as the requests name them. */
export type ItemField = 'itemKind' | 'serialNumber' | 'category' | 'partType' | 'make' | 'model' | 'calibre' | 'quantity' | 'licenceLine';

export interface LineMismatch {
  field: ItemField;
  message: string;
}

const textKey = (v: string | null) => (v ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** A short human description, for refusals and reports: "pistol Glock 17 9x19 serial AB-1". */
export function describeItem(item: Partial<ItemFacts> & { itemKind: string; lotNumber?: string | null }): string {
  const words = [
    item.itemKind === 'firearm' ? (item.categoryCode ?? 'firearm') : item.itemKind === 'part' ? (item.partType ?? 'part').replace('_', ' ') : 'ammunition',
    item.makeText,
    item.model,
    item.calibreText,
    item.serialRaw ? `serial ${item.serialRaw}` : null,
    item.lotNumber ? `lot ${item.lotNumber}` : null,
  ];
  return words.filter(Boolean).join(' ');
}

function sameMake(line: ItemFacts, item: ItemFacts): boolean {
  if (line.manufacturerCode) return item.manufacturerCode === line.manufacturerCode;
  if (line.makeText) return item.makeText !== null && manufacturerKey(item.makeText) === manufacturerKey(line.makeText);
  return true;
}

function sameCalibre(line: ItemFacts, item: ItemFacts): boolean {
  if (line.calibreCode) return item.calibreCode === line.calibreCode;
  if (line.calibreText) return item.calibreText !== null && calibreKey(item.calibreText) === calibreKey(line.calibreText);
  return true;
}

/** Which field of an item differs from a licence line and how, or null when the line covers it. Unset line fields accept anything. */
export function lineMismatch(line: ItemFacts, item: ItemFacts): LineMismatch | null {
  const differs = (field: ItemField, message: string): LineMismatch => ({ field, message });
  if (line.itemKind !== item.itemKind) return differs('itemKind', `the line authorises ${line.itemKind}, not ${item.itemKind}`);
  if (line.serialNormalised && line.serialNormalised !== item.serialNormalised) return differs('serialNumber', `the line lists serial ${line.serialRaw} only, not ${item.serialRaw ?? 'an unstated serial'}`);
  if (line.categoryCode && line.categoryCode !== item.categoryCode) return differs('category', `the line authorises the category "${line.categoryCode}", not "${item.categoryCode ?? 'unstated'}"`);
  if (line.partType && line.partType !== item.partType) return differs('partType', `the line authorises ${line.partType} parts, not ${item.partType ?? 'an unstated part type'}`);
  if (!sameMake(line, item)) return differs('make', `the line authorises the make "${line.makeText}", not "${item.makeText ?? 'unstated'}"`);
  if (line.model && textKey(line.model) !== textKey(item.model)) return differs('model', `the line authorises the model "${line.model}", not "${item.model ?? 'unstated'}"`);
  if (!sameCalibre(line, item)) return differs('calibre', `the line authorises the calibre "${line.calibreText}", not "${item.calibreText ?? 'unstated'}"`);
  return null;
}

/**
 * Why no line covers an item, line by line, and the field to point at: that of the
 * line differing last in the order of checks (the closest line: kind, serial,
 * category... matched before it differed).
 */
function noLineCovers(lines: LicenceLine[], item: ItemFacts): { field: ItemField; reasons: string } {
  const ORDER: ItemField[] = ['itemKind', 'serialNumber', 'category', 'partType', 'make', 'model', 'calibre'];
  const why = [...lines].sort((a, b) => a.lineNo - b.lineNo).map((line) => ({ line, mismatch: lineMismatch(line, item)! }));
  const closest = why.reduce((best, w) => (ORDER.indexOf(w.mismatch.field) > ORDER.indexOf(best.mismatch.field) ? w : best), why[0]);
  return { field: closest?.mismatch.field ?? 'itemKind', reasons: why.map((w) => `line ${w.line.lineNo}: ${w.mismatch.message}`).join('; ') };
}

/** Listed serials first, then the most precisely described lines: a generic line does not swallow a listed firearm. */
function specificity(line: ItemFacts): number {
  if (line.serialNormalised) return 100;
  return [line.categoryCode, line.partType, line.makeText, line.model, line.calibreText].filter(Boolean).length;
}

/**
 * Places each item on a licence line with enough balance left, given what earlier
 * shipments already used. Returns the line id per item, or every problem found
 * (an item no line authorises, or one beyond the quantity a line authorises).
 */
export function placeOnLines(lines: LicenceLine[], used: ReadonlyMap<string, number>, items: ItemToPlace[]): { lineIds: string[]; problems: PlacementProblem[] } {
  const remaining = new Map(lines.map((l) => [l.id, l.quantity - (used.get(l.id) ?? 0)]));
  const requested = new Map<string, number>();
  const ordered = [...lines].sort((a, b) => specificity(b) - specificity(a) || a.lineNo - b.lineNo);
  const lineIds: string[] = [];
  const problems: PlacementProblem[] = [];
  items.forEach((item, index) => {
    let candidates: LicenceLine[];
    if (item.lineNo !== undefined) {
      const line = lines.find((l) => l.lineNo === item.lineNo);
      const why = line ? lineMismatch(line, item) : { field: 'licenceLine' as const, message: `the licence has no line ${item.lineNo}` };
      if (!line || why) {
        problems.push({ index, code: 'ITEM_NOT_AUTHORISED', field: why!.field, message: `item ${index + 1} (${describeItem(item)}) is not authorised by line ${item.lineNo}: ${why!.message}` });
        lineIds.push('');
        return;
      }
      candidates = [line];
    } else {
      candidates = ordered.filter((l) => lineMismatch(l, item) === null);
    }
    if (candidates.length === 0) {
      const { field, reasons } = noLineCovers(lines, item);
      problems.push({ index, code: 'ITEM_NOT_AUTHORISED', field, message: `item ${index + 1} (${describeItem(item)}) matches no item the licence authorises: ${reasons}` });
      lineIds.push('');
      return;
    }
    const line = candidates.find((l) => remaining.get(l.id)! >= item.quantity);
    const charged = line ?? candidates[0];
    requested.set(charged.id, (requested.get(charged.id) ?? 0) + item.quantity);
    if (!line) {
      const first = charged;
      const before = used.get(first.id) ?? 0;
      problems.push({
        index,
        code: 'LICENCE_QUANTITY_EXCEEDED',
        field: 'quantity',
        message: `item ${index + 1} (${describeItem(item)}) exceeds line ${first.lineNo} (${describeItem(first)}): it authorises ${first.quantity}, ${before} already used, this would make ${before + requested.get(first.id)!}`,
      });
      lineIds.push('');
      return;
    }
    remaining.set(line.id, remaining.get(line.id)! - item.quantity);
    lineIds.push(line.id);
  });
  return { lineIds, problems };
}

export interface CountedItem {
  shipmentId: string;
  licenceItemId: string;
  quantity: number;
}

/**
 * How much of each licence line is used: per shipment, the larger of what was
 * shipped and what was received under the line. A substitution (one shipped,
 * another received) uses one; an extra item received uses one more.
 */
export function lineUsage(shipped: CountedItem[], received: CountedItem[]): Map<string, number> {
  const perShipment = new Map<string, { line: string; shipped: number; received: number }>();
  const add = (i: CountedItem, field: 'shipped' | 'received') => {
    const key = `${i.shipmentId}|${i.licenceItemId}`;
    const entry = perShipment.get(key) ?? { line: i.licenceItemId, shipped: 0, received: 0 };
    entry[field] += i.quantity;
    perShipment.set(key, entry);
  };
  shipped.forEach((i) => add(i, 'shipped'));
  received.forEach((i) => add(i, 'received'));
  const usage = new Map<string, number>();
  for (const e of perShipment.values()) usage.set(e.line, (usage.get(e.line) ?? 0) + Math.max(e.shipped, e.received));
  return usage;
}

export type TradeLicenceStatus = 'issued' | 'partly_used' | 'used' | 'expired' | 'revoked';

/** Revoked is a decision; used, partly used and expired follow from the shipments and the date. */
export function tradeLicenceStatus(licence: Pick<TradeLicence, 'state' | 'expiresOn'>, lines: Pick<LicenceLine, 'id' | 'quantity'>[], usage: ReadonlyMap<string, number>, today: string): TradeLicenceStatus {
  if (licence.state === 'revoked') return 'revoked';
  const used = lines.reduce((n, l) => n + Math.min(usage.get(l.id) ?? 0, l.quantity), 0);
  const authorised = lines.reduce((n, l) => n + l.quantity, 0);
  if (authorised > 0 && used >= authorised) return 'used';
  if (today > licence.expiresOn) return 'expired';
  return used > 0 ? 'partly_used' : 'issued';
}

/** Why a licence cannot be used on a day, or null. */
export function licenceRefusal(licence: Pick<TradeLicence, 'number' | 'state' | 'stateReason' | 'issuedOn' | 'expiresOn'>, day: string): { code: 'TRADE_LICENCE_REVOKED' | 'TRADE_LICENCE_EXPIRED' | 'TRADE_LICENCE_NOT_YET_VALID'; message: string } | null {
  if (licence.state === 'revoked') return { code: 'TRADE_LICENCE_REVOKED', message: `Licence ${licence.number} was revoked${licence.stateReason ? ` (${licence.stateReason})` : ''}.` };
  if (day > licence.expiresOn) return { code: 'TRADE_LICENCE_EXPIRED', message: `Licence ${licence.number} expired on ${licence.expiresOn}; nothing can move under it on ${day}.` };
  if (day < licence.issuedOn) return { code: 'TRADE_LICENCE_NOT_YET_VALID', message: `Licence ${licence.number} is valid from ${licence.issuedOn}, not on ${day}.` };
  return null;
}

/** The import licence an export licence refers to (art. 10.2), as written on the export application. */
export interface ImportLicenceReference {
  number: string | null | undefined;
  country: string | null | undefined;
  issuedOn?: string | null;
  expiresOn?: string | null;
  kind?: string;
  state?: string;
}

/** Art. 10.2: an export licence needs the importing country's import licence, valid when the export licence is issued. */
export function importReferenceProblem(
  reference: ImportLicenceReference | null,
  exportLicence: { importingCountry: string; issuedOn: string },
): { code: 'IMPORT_LICENCE_REFERENCE_REQUIRED' | 'IMPORT_LICENCE_REFERENCE_MISMATCH' | 'IMPORT_LICENCE_REFERENCE_INVALID'; message: string } | null {
  if (!reference || !reference.number?.trim()) {
    return { code: 'IMPORT_LICENCE_REFERENCE_REQUIRED', message: 'An export licence needs the importing country’s import licence (Firearms Protocol art. 10.2): give importLicenceId or importLicence.' };
  }
  if (reference.kind !== undefined && reference.kind !== 'import') return { code: 'IMPORT_LICENCE_REFERENCE_MISMATCH', message: `Licence ${reference.number} is a ${reference.kind} licence, not an import licence.` };
  if (reference.country !== exportLicence.importingCountry) {
    return { code: 'IMPORT_LICENCE_REFERENCE_MISMATCH', message: `Import licence ${reference.number} was issued by ${reference.country ?? 'an unstated country'}, but the goods go to ${exportLicence.importingCountry}.` };
  }
  if (reference.state === 'revoked') return { code: 'IMPORT_LICENCE_REFERENCE_INVALID', message: `Import licence ${reference.number} was revoked.` };
  if (reference.issuedOn && reference.issuedOn > exportLicence.issuedOn) {
    return {
      code: 'IMPORT_LICENCE_REFERENCE_INVALID',
      message: `Import licence ${reference.number} was issued on ${reference.issuedOn}, after this export licence (${exportLicence.issuedOn}): it must be verified before the export licence is issued (art. 10.2).`,
    };
  }
  if (reference.expiresOn && reference.expiresOn < exportLicence.issuedOn) {
    return { code: 'IMPORT_LICENCE_REFERENCE_INVALID', message: `Import licence ${reference.number} expired on ${reference.expiresOn}, before this export licence is issued (${exportLicence.issuedOn}).` };
  }
  return null;
}

/** Who issues which licence (art. 10): the exporting state its export licence, the importing state its import licence, a transit state its transit licence. */
export function issuerProblem(licence: { kind: string; issuingCountry: string; exportingCountry: string; importingCountry: string; transitCountries?: readonly string[] }): string | null {
  const { kind, issuingCountry: issuer } = licence;
  if (kind === 'import' && issuer !== licence.importingCountry) return `an import licence is issued by the importing state (${licence.importingCountry}), not ${issuer}`;
  if (kind === 'export' && issuer !== licence.exportingCountry) return `an export licence is issued by the exporting state (${licence.exportingCountry}), not ${issuer}`;
  if (kind === 'transit' && !(licence.transitCountries ?? []).includes(issuer)) {
    return `a transit licence is issued by one of the transit states (${(licence.transitCountries ?? []).join(', ') || 'none given'}), not ${issuer}`;
  }
  return null;
}

/** A transit state's written notice that it does not object to the transit (art. 10.2(b)). */
export interface TransitNotice {
  country: string;
  reference: string;
  date: string;
}

/**
 * Art. 10.2(b): before issuing an export licence, the exporting state verifies that
 * every transit state has given written notice of no objection. So an export licence
 * with transit states carries one notice per transit state, dated on or before its
 * issue; only export licences carry them.
 */
export function transitNoticeProblems(licence: { kind: string; issuedOn: string; transitCountries?: readonly string[]; transitNotices?: readonly TransitNotice[] }): { code: 'TRANSIT_NOTICE_REQUIRED' | 'TRANSIT_NOTICE_INVALID'; field: string; message: string }[] {
  const notices = licence.transitNotices ?? [];
  const transit = [...new Set(licence.transitCountries ?? [])];
  if (licence.kind !== 'export') {
    return notices.length ? [{ code: 'TRANSIT_NOTICE_INVALID', field: 'transitNotices', message: `are recorded on the export licence, not on a ${licence.kind} licence` }] : [];
  }
  const problems: ReturnType<typeof transitNoticeProblems> = [];
  notices.forEach((n, i) => {
    if (!transit.includes(n.country)) problems.push({ code: 'TRANSIT_NOTICE_INVALID', field: `transitNotices[${i}].country`, message: `${n.country} is not a transit state of this licence` });
    else if (notices.findIndex((o) => o.country === n.country) !== i) problems.push({ code: 'TRANSIT_NOTICE_INVALID', field: `transitNotices[${i}].country`, message: `${n.country} has a notice already` });
    if (n.date > licence.issuedOn) problems.push({ code: 'TRANSIT_NOTICE_INVALID', field: `transitNotices[${i}].date`, message: `is after the export licence is issued (${licence.issuedOn}): the notice is verified before issuing (art. 10.2(b))` });
  });
  for (const country of transit) {
    if (!notices.some((n) => n.country === country)) {
      problems.push({ code: 'TRANSIT_NOTICE_REQUIRED', field: 'transitNotices', message: `${country} is a transit state: its written notice of no objection (reference and date, art. 10.2(b)) is required before the export licence is issued` });
    }
  }
  // The missing notice is the first thing to say.
  return problems.sort((a, b) => (a.code === b.code ? 0 : a.code === 'TRANSIT_NOTICE_REQUIRED' ? -1 : 1));
}

// ---- Reconciliation ----------------------------------------------------------------

export interface ShippedLine extends ItemFacts {
  id: string;
  licenceItemId: string;
  lineNo: number;
  lotNumber: string | null;
  lostReportedOn: string | null;
  firearmId: string | null;
}

export interface ReceivedLine extends ItemFacts {
  id: string;
  licenceItemId: string;
  lotNumber: string | null;
}

export type ShippedStatus = 'received' | 'partly_received' | 'in_transit' | 'lost';

export interface ShippedItemState {
  shipmentItemId: string;
  status: ShippedStatus;
  quantityShipped: number;
  quantityReceived: number;
  /** Shipped, not received, not reported lost. */
  quantityInTransit: number;
  receiptItemIds: string[];
}

export type Discrepancy =
  | { type: 'missing'; shipmentItemId: string; licenceItemId: string; item: string; serial: string | null; quantity: number; status: 'in_transit' | 'lost' }
  | { type: 'extra'; receiptItemIds: string[]; licenceItemId: string; item: string; serial: string | null; quantity: number }
  | { type: 'different_serial'; shipmentItemId: string; receiptItemId: string; licenceItemId: string; item: string; shippedSerial: string | null; receivedSerial: string | null };

export interface ShipmentReconciliation {
  items: ShippedItemState[];
  discrepancies: Discrepancy[];
  totals: { shipped: number; received: number; inTransit: number; lost: number };
}

/** Edit distance, to pair a missing serial with the one that arrived in its place. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

const lotKey = (lot: string | null) => (lot ?? '').trim().toUpperCase().replace(/\s+/g, '');

/**
 * Compares what a shipment declared with what arrived. Serialised items meet on
 * their normalised serial; bulk items (ammunition, unserialised parts) on licence
 * line and lot, by quantity. A serial that arrived in place of another of the same
 * licence line is a different serial (substitution); what remains is missing or
 * extra. Missing items stay in transit until received or reported lost.
 */
export function reconcileShipment(shipped: ShippedLine[], received: ReceivedLine[]): ShipmentReconciliation {
  const states = new Map<string, ShippedItemState>(shipped.map((s) => [s.id, { shipmentItemId: s.id, status: 'in_transit', quantityShipped: s.quantity, quantityReceived: 0, quantityInTransit: 0, receiptItemIds: [] }]));
  const discrepancies: Discrepancy[] = [];

  // Serialised: exact meeting on kind + normalised serial.
  const bySerial = new Map<string, ShippedLine>();
  for (const s of shipped) if (s.serialNormalised) bySerial.set(`${s.itemKind}|${s.serialNormalised}`, s);
  const unmatchedReceived: ReceivedLine[] = [];
  const bulkReceived: ReceivedLine[] = [];
  for (const r of received) {
    if (!r.serialNormalised) {
      bulkReceived.push(r);
      continue;
    }
    const s = bySerial.get(`${r.itemKind}|${r.serialNormalised}`);
    if (s) {
      bySerial.delete(`${r.itemKind}|${r.serialNormalised}`);
      const state = states.get(s.id)!;
      state.quantityReceived = 1;
      state.receiptItemIds.push(r.id);
    } else unmatchedReceived.push(r);
  }

  // Bulk: per licence line and lot, received quantity fills the shipped items in order.
  const groups = new Map<string, { shipped: ShippedLine[]; received: ReceivedLine[] }>();
  const groupOf = (i: { licenceItemId: string; lotNumber: string | null }) => {
    const key = `${i.licenceItemId}|${lotKey(i.lotNumber)}`;
    if (!groups.has(key)) groups.set(key, { shipped: [], received: [] });
    return groups.get(key)!;
  };
  for (const s of shipped) if (!s.serialNormalised) groupOf(s).shipped.push(s);
  for (const r of bulkReceived) groupOf(r).received.push(r);
  for (const group of groups.values()) {
    let pool = group.received.reduce((n, r) => n + r.quantity, 0);
    for (const s of group.shipped) {
      const take = Math.min(pool, s.quantity);
      pool -= take;
      const state = states.get(s.id)!;
      state.quantityReceived = take;
      if (take > 0) state.receiptItemIds.push(...group.received.map((r) => r.id));
    }
    if (pool > 0) {
      const first = group.received[0];
      discrepancies.push({ type: 'extra', receiptItemIds: group.received.map((r) => r.id), licenceItemId: first.licenceItemId, item: describeItem(first), serial: null, quantity: pool });
    }
  }

  // Substitutions: a serial that arrived instead of a missing one of the same licence line, closest serial first.
  const missingSerialised = shipped.filter((s) => s.serialNormalised && states.get(s.id)!.quantityReceived === 0 && !s.lostReportedOn);
  const paired = new Set<string>();
  const extras: ReceivedLine[] = [];
  for (const r of unmatchedReceived) {
    const candidates = missingSerialised.filter((s) => !paired.has(s.id) && s.licenceItemId === r.licenceItemId && s.itemKind === r.itemKind);
    if (candidates.length === 0) {
      extras.push(r);
      continue;
    }
    const best = candidates.reduce((a, b) => (editDistance(b.serialNormalised!, r.serialNormalised!) < editDistance(a.serialNormalised!, r.serialNormalised!) ? b : a));
    paired.add(best.id);
    discrepancies.push({ type: 'different_serial', shipmentItemId: best.id, receiptItemId: r.id, licenceItemId: r.licenceItemId, item: describeItem({ ...best, serialRaw: null }), shippedSerial: best.serialRaw, receivedSerial: r.serialRaw });
  }

  // What is left: missing (in transit or lost) and extra.
  for (const s of shipped) {
    const state = states.get(s.id)!;
    const outstanding = s.quantity - state.quantityReceived;
    if (outstanding > 0) {
      state.status = s.lostReportedOn ? 'lost' : state.quantityReceived > 0 ? 'partly_received' : 'in_transit';
      state.quantityInTransit = s.lostReportedOn ? 0 : outstanding;
      if (!paired.has(s.id)) {
        discrepancies.push({ type: 'missing', shipmentItemId: s.id, licenceItemId: s.licenceItemId, item: describeItem({ ...s, serialRaw: null }), serial: s.serialRaw, quantity: outstanding, status: s.lostReportedOn ? 'lost' : 'in_transit' });
      }
    } else state.status = 'received';
  }
  for (const r of extras) discrepancies.push({ type: 'extra', receiptItemIds: [r.id], licenceItemId: r.licenceItemId, item: describeItem({ ...r, serialRaw: null }), serial: r.serialRaw, quantity: r.quantity });

  const items = shipped.map((s) => states.get(s.id)!);
  return {
    items,
    discrepancies,
    totals: {
      shipped: shipped.reduce((n, s) => n + s.quantity, 0),
      received: received.reduce((n, r) => n + r.quantity, 0),
      inTransit: items.reduce((n, i) => n + i.quantityInTransit, 0),
      lost: items.filter((i) => i.status === 'lost').reduce((n, i) => n + i.quantityShipped - i.quantityReceived, 0),
    },
  };
}

// ---- Receipt placement ---------------------------------------------------------------

export interface ReceiptPlacement {
  licenceItemId: string;
  /** The shipped item it is (same serial, or same line and lot for bulk items), if any. */
  shipped: ShippedLine | null;
  /** The item as received, with what the receipt left unsaid taken from the shipped item. */
  facts: ItemFacts & { lotNumber: string | null };
}

const DESCRIPTIVE = ['categoryCode', 'partType', 'makeText', 'manufacturerCode', 'model', 'calibreText', 'calibreCode'] as const;

/** A receipt may give only the serial of what arrived: the rest of the description comes from the shipment. */
export function fillFromShipped<T extends ItemFacts>(item: T, shipped: ItemFacts): T {
  const filled = { ...item };
  for (const key of DESCRIPTIVE) if (filled[key] === null || filled[key] === undefined) (filled as ItemFacts)[key] = shipped[key] as never;
  return filled;
}

/**
 * Puts each received item under a licence line. An item that was shipped takes
 * its shipped item's line (and description where the receipt omits it); any other
 * item must still be authorised by the licence: a line it matches, preferably one
 * with shipped items still missing (a substitution uses no more of the licence),
 * and within the quantity the licence authorises once this receipt is counted.
 */
export function placeReceipt(input: {
  lines: LicenceLine[];
  shipmentId: string;
  shipped: ShippedLine[];
  previouslyReceived: (ItemFacts & { licenceItemId: string; lotNumber: string | null })[];
  /** Shipped and received quantities of every shipment under the licence, this receipt excluded. */
  allShipped: CountedItem[];
  allReceived: CountedItem[];
  items: (ItemFacts & { lotNumber: string | null })[];
}): { placements: ReceiptPlacement[]; problems: PlacementProblem[]; usageIncreased: boolean } {
  const { lines, shipped, items } = input;
  const problems: PlacementProblem[] = [];
  const received = new Set(input.previouslyReceived.filter((r) => r.serialNormalised).map((r) => `${r.itemKind}|${r.serialNormalised}`));
  const shippedBySerial = new Map(shipped.filter((s) => s.serialNormalised).map((s) => [`${s.itemKind}|${s.serialNormalised}`, s]));
  const ordered = [...lines].sort((a, b) => specificity(b) - specificity(a) || a.lineNo - b.lineNo);
  const onLine = (id: string) => lines.find((l) => l.id === id)!;
  // Open substitution slots per line: shipped in this shipment and not (yet) received.
  const open = new Map<string, number>();
  for (const s of shipped) if (!s.lostReportedOn) open.set(s.licenceItemId, (open.get(s.licenceItemId) ?? 0) + s.quantity);
  for (const r of input.previouslyReceived) open.set(r.licenceItemId, (open.get(r.licenceItemId) ?? 0) - r.quantity);

  const placements: ReceiptPlacement[] = items.map((item, index) => {
    const key = `${item.itemKind}|${item.serialNormalised}`;
    let match: ShippedLine | null = null;
    if (item.serialNormalised) match = received.has(key) ? null : (shippedBySerial.get(key) ?? null);
    else match = shipped.find((s) => !s.serialNormalised && s.itemKind === item.itemKind && lotKey(s.lotNumber) === lotKey(item.lotNumber) && (item.itemKind !== 'part' || !item.partType || s.partType === item.partType)) ?? null;
    if (match) {
      const facts = fillFromShipped(item, match);
      const why = lineMismatch(onLine(match.licenceItemId), facts);
      if (why) {
        problems.push({ index, code: 'ITEM_NOT_AUTHORISED', field: why.field, message: `item ${index + 1} (${describeItem(item)}) does not match what was shipped as line ${match.lineNo} of the shipment: ${why.message}` });
        return { licenceItemId: '', shipped: null, facts };
      }
      open.set(match.licenceItemId, (open.get(match.licenceItemId) ?? 0) - item.quantity);
      return { licenceItemId: match.licenceItemId, shipped: match, facts };
    }
    const candidates = ordered.filter((l) => lineMismatch(l, item) === null);
    if (candidates.length === 0) {
      const { field, reasons } = noLineCovers(lines, item);
      problems.push({ index, code: 'ITEM_NOT_AUTHORISED', field, message: `item ${index + 1} (${describeItem(item)}) was not shipped and matches no item the licence authorises: ${reasons}` });
      return { licenceItemId: '', shipped: null, facts: item };
    }
    const line = candidates.find((l) => (open.get(l.id) ?? 0) >= item.quantity) ?? candidates[0];
    open.set(line.id, (open.get(line.id) ?? 0) - item.quantity);
    return { licenceItemId: line.id, shipped: null, facts: item };
  });

  const before = lineUsage(input.allShipped, input.allReceived);
  const counted = placements.flatMap((p, i) => (p.licenceItemId ? [{ shipmentId: input.shipmentId, licenceItemId: p.licenceItemId, quantity: items[i].quantity }] : []));
  const usage = lineUsage(input.allShipped, [...input.allReceived, ...counted]);
  let usageIncreased = false;
  for (const line of lines) {
    const now = usage.get(line.id) ?? 0;
    const was = before.get(line.id) ?? 0;
    if (now > was) usageIncreased = true;
    if (now > line.quantity && now > was) {
      const index = placements.findIndex((p) => p.licenceItemId === line.id && p.shipped === null);
      problems.push({
        index: Math.max(index, 0),
        code: 'LICENCE_QUANTITY_EXCEEDED',
        field: 'quantity',
        message: `receiving ${index >= 0 ? `item ${index + 1} (${describeItem(items[index])})` : 'these items'} exceeds line ${line.lineNo} (${describeItem(line)}): it authorises ${line.quantity}, this would make ${now}`,
      });
    }
  }
  return { placements, problems, usageIncreased };
}
