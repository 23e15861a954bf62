/**
 * The tracing rules, pure: statuses and their moves, the due date, overdue (derived,
 * never stored), the answer's chain from a firearm's history, SDG 16.4.2, age groups.
 */
import { legalChain } from '../firearms/lifecycle.js';

export const TRACE_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type TraceDirection = (typeof TRACE_DIRECTIONS)[number];
export const TRACE_STATUSES = ['draft', 'sent', 'acknowledged', 'answered', 'closed'] as const;
export type TraceStatus = (typeof TRACE_STATUSES)[number];
export const TRACE_PRIORITIES = ['urgent', 'routine'] as const;
export type TracePriority = (typeof TRACE_PRIORITIES)[number];
export const TRACE_OUTCOMES = ['traced_to_last_legal_holder', 'traced_to_point_of_diversion', 'origin_established_without_trace', 'not_traced'] as const;
export type TraceOutcome = (typeof TRACE_OUTCOMES)[number];
/** The outcomes that count as "illicit origin or context traced or established" (SDG 16.4.2). */
export const ESTABLISHED_OUTCOMES: readonly TraceOutcome[] = ['traced_to_last_legal_holder', 'traced_to_point_of_diversion', 'origin_established_without_trace'];

export type TraceAction = 'send' | 'acknowledge' | 'answer' | 'close';

const MOVES: Record<TraceAction, { from: readonly TraceStatus[]; to: TraceStatus }> = {
  send: { from: ['draft'], to: 'sent' },
  acknowledge: { from: ['sent'], to: 'acknowledged' },
  answer: { from: ['sent', 'acknowledged'], to: 'answered' },
  close: { from: ['draft', 'sent', 'acknowledged', 'answered'], to: 'closed' },
};

/** The status an action leads to, or null when it is not allowed (an incoming request is never "sent" by us). */
export function nextTraceStatus(direction: TraceDirection, status: TraceStatus, action: TraceAction): TraceStatus | null {
  if (action === 'send' && direction === 'incoming') return null;
  return MOVES[action].from.includes(status) ? MOVES[action].to : null;
}

/**
 * When a request's description may still change. An outgoing request is ours to
 * edit while it is a draft; once sent, the requested state holds that text and a
 * change goes through a reply. An incoming request may be corrected (a serial
 * mistyped on receipt) until it is answered, with the reason kept; a changed item
 * description re-runs the search and voids a confirmed match made on the old one.
 */
export type EditRule = { allowed: true; reasonRequired: boolean; rerunsSearch: boolean } | { allowed: false; why: string };

export function editRule(direction: TraceDirection, status: TraceStatus): EditRule {
  if (direction === 'outgoing') {
    return status === 'draft' ? { allowed: true, reasonRequired: false, rerunsSearch: false } : { allowed: false, why: `An outgoing request can be edited only as a draft; this one is ${status}: record a reply to the requested party instead.` };
  }
  return status === 'sent' || status === 'acknowledged'
    ? { allowed: true, reasonRequired: true, rerunsSearch: true }
    : { allowed: false, why: `An incoming request can be corrected only until it is answered; this one is ${status}.` };
}

/**
 * The item after a partial change: a field given replaces the one stored, null
 * clears it (markings: null clears the list), a field left out stays. The link
 * to our own register entry (firearmId) never changes through an edit.
 */
export function mergeItem<T extends { markings: unknown[]; firearmId?: string | null }>(current: T, patch: Partial<Record<keyof T, unknown>>): T {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'firearmId') continue;
    next[key] = value === null ? (key === 'markings' ? [] : null) : value;
  }
  return next as T;
}

const DAY_MS = 86_400_000;

export function dueDate(start: Date, priority: TracePriority, days: { urgent: number; routine: number }): Date {
  return new Date(start.getTime() + days[priority] * DAY_MS);
}

/** Waiting for an answer past its due date. */
export function isOverdue(request: { status: TraceStatus; dueAt: Date | null }, now: Date): boolean {
  return (request.status === 'sent' || request.status === 'acknowledged') && request.dueAt !== null && request.dueAt.getTime() < now.getTime();
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Days from request to answer; never negative (an answer predating its request is refused; older rows count as same-day). */
export function responseDays(requestedAt: Date, answeredAt: Date): number {
  return Math.max(0, Math.round(((answeredAt.getTime() - requestedAt.getTime()) / DAY_MS) * 10) / 10);
}

/** SDG 16.4.2: items whose illicit origin or context was traced or established / items seized, found or surrendered. */
export function sdg1642(established: number, total: number): number | null {
  if (total === 0) return null;
  return Math.round((established / total) * 10_000) / 10_000;
}

export const AGE_GROUPS = ['under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** The age at the seizure: as recorded, or from the birth year. */
export function ageGroup(age: number | null, birthYear: number | null, atYear: number): AgeGroup {
  const years = age ?? (birthYear !== null ? atYear - birthYear : null);
  if (years === null || years < 0) return 'unknown';
  if (years < 18) return 'under_18';
  if (years < 25) return '18_24';
  if (years < 35) return '25_34';
  if (years < 45) return '35_44';
  if (years < 55) return '45_54';
  if (years < 65) return '55_64';
  return '65_plus';
}

export interface HistoryEvent {
  id: string;
  type: string;
  occurredOn: string;
  holderId: string | null;
  licenceId: string | null;
  agencyId: string | null;
  place: string | null;
  referenceDocuments: string[];
  details: Record<string, unknown>;
}

export interface TraceChain {
  chain: HistoryEvent[];
  lastLegalHolderId: string | null;
  diversion: { kind: 'lost' | 'stolen' | 'last_known_transfer'; eventId: string; occurredOn: string } | null;
  suggestedOutcome: TraceOutcome;
  reason: string | null;
}

/**
 * The answer's chain, read by legalChain (the same reading as the firearm's record and
 * history): the lawful events in order up to the point of diversion (the loss or theft
 * still open, else the last known transfer); nothing after it.
 */
export function traceChain(events: readonly HistoryEvent[], currentHolderId: string | null): TraceChain {
  const legal = legalChain(events, (e) => e.holderId);
  const chain = legal.chain;
  const diversion: TraceChain['diversion'] = legal.diversion ?? (legal.lastTransfer ? { kind: 'last_known_transfer', eventId: legal.lastTransfer.id, occurredOn: legal.lastTransfer.occurredOn } : null);
  const lastLegalHolderId = legal.lastLegalHolderId ?? currentHolderId;
  if (chain.length === 0) return { chain, lastLegalHolderId, diversion, suggestedOutcome: 'not_traced', reason: 'The register holds no manufacture, import, licence or transfer record of this item.' };
  if (diversion && diversion.kind !== 'last_known_transfer') return { chain, lastLegalHolderId, diversion, suggestedOutcome: 'traced_to_point_of_diversion', reason: null };
  if (lastLegalHolderId) return { chain, lastLegalHolderId, diversion, suggestedOutcome: 'traced_to_last_legal_holder', reason: null };
  return { chain, lastLegalHolderId, diversion, suggestedOutcome: 'origin_established_without_trace', reason: null };
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. Formula-leading cells are defused. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
