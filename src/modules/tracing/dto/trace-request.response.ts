import { holderSummary } from '../../holders/dto/holder.dto.js';
import type { Holder } from '../../holders/holder.entities.js';
import type { TraceRequestDetail } from '../tracing.service.js';
import type { TraceItemOutcome, TraceReply, TraceRequest } from '../tracing.entities.js';
import { isOverdue } from '../trace-rules.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTraceReplyResponse(r: TraceReply) {
  return { id: r.id, ordinal: r.ordinal, direction: r.direction, occurredAt: r.occurredAt.toISOString(), body: r.body, attachments: r.attachments, recordedAt: r.recordedAt.toISOString() };
}

/** The list view: no item markings, candidates or answer; the outcome and its reason once answered. */
export function toTraceRequestSummary(r: TraceRequest, now: Date) {
  return {
    id: r.id,
    reference: r.reference,
    direction: r.direction,
    status: r.status,
    overdue: isOverdue(r, now),
    priority: r.priority,
    requestingCountry: r.requestingCountry,
    requestedCountry: r.requestedCountry,
    requestedManufacturer: r.requestedManufacturer,
    seizureId: r.seizureId,
    seizureItemId: r.seizureItemId,
    requestedAt: iso(r.requestedAt),
    dueAt: iso(r.dueAt),
    answeredAt: iso(r.answeredAt),
    outcome: r.outcome,
    outcomeReason: r.outcomeReason,
    matchedFirearmId: r.matchedFirearmId,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Names of persons in the answer only for holder.personal_data; the stored answer keeps ids. */
export function answerView(answer: Record<string, unknown> | null, holders: Map<string, Holder>, personalData: boolean): Record<string, unknown> | null {
  if (!answer) return null;
  const holder = (id: unknown) => (typeof id === 'string' ? (holders.has(id) ? holderSummary(holders.get(id)!, personalData) : { id }) : null);
  const chain = ((answer.chain as Record<string, unknown>[] | undefined) ?? []).map(({ holderId, ...e }) => ({ ...e, holder: holder(holderId) }));
  const { lastLegalHolderId, chain: _c, ...rest } = answer;
  return { ...rest, chain, lastLegalHolder: holder(lastLegalHolderId) };
}

export function toTraceRequestResponse(detail: TraceRequestDetail, now: Date, personalData: boolean) {
  const r = detail.request;
  return {
    ...toTraceRequestSummary(r, now),
    agencyId: r.agencyId,
    requestingAgency: r.requestingAgency,
    requestedAgency: r.requestedAgency,
    item: r.item,
    context: { seizureId: r.seizureId, seizureItemId: r.seizureItemId, foundPlace: r.foundPlace, foundCircumstances: r.foundCircumstances },
    illicitNature: r.illicitNature,
    legalBasis: r.legalBasis,
    intendedUse: r.intendedUse,
    urgencyJustification: r.urgencyJustification,
    confidentiality: r.confidentiality,
    useRestrictions: r.useRestrictions,
    acknowledgedAt: iso(r.acknowledgedAt),
    closedAt: iso(r.closedAt),
    candidates: r.candidates,
    match: { firearmId: r.matchedFirearmId, none: r.noMatch, decidedAt: iso(r.matchDecidedAt) },
    answer: answerView(r.answer, detail.holders, personalData),
    replies: detail.replies.map(toTraceReplyResponse),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toItemOutcomeResponse(o: TraceItemOutcome) {
  return { seizureItemId: o.seizureItemId, outcome: o.outcome, reason: o.reason, traceRequestId: o.traceRequestId, recordedAt: o.recordedAt.toISOString() };
}
