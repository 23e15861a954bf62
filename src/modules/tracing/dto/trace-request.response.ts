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
function answerView(answer: Record<string, unknown> | null, holders: Map<string, Holder>, personalData: boolean): Record<string, unknown> | null {
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

/** The lines of the printable request (ITI): parties, item and markings, context, nature, use, priority, restrictions. */
export function printableRequest(r: TraceRequest): string[] {
  const item = r.item;
  return [
    `Reference: ${r.reference}    Direction: ${r.direction}    Status: ${r.status}`,
    `Priority: ${r.priority}${r.urgencyJustification ? ` - ${r.urgencyJustification}` : ''}`,
    `Requested: ${iso(r.requestedAt) ?? 'not sent yet'}    Due: ${iso(r.dueAt) ?? '-'}`,
    `Requesting: ${[r.requestingCountry, r.requestingAgency].filter(Boolean).join(', ') || '-'}`,
    `Requested: ${[r.requestedCountry, r.requestedAgency, r.requestedManufacturer].filter(Boolean).join(', ') || '-'}`,
    '',
    'ITEM',
    `Category: ${item.category ?? '-'}   Make: ${item.make ?? '-'}   Model: ${item.model ?? '-'}   Calibre: ${item.calibre ?? '-'}`,
    `Serial number: ${item.serialNumber ?? '-'}${item.serialLegibility ? ` (${item.serialLegibility})` : ''}`,
    `Country / year of manufacture: ${item.countryOfManufacture ?? '-'} / ${item.yearOfManufacture ?? '-'}`,
    ...item.markings.map((m) => `Marking${m.type ? ` (${m.type})` : ''}: "${m.text}"${m.location ? ` at ${m.location}` : ''}${m.legibility ? `, ${m.legibility}` : ''}`),
    `Other features: ${item.otherFeatures ?? '-'}`,
    '',
    'CONTEXT',
    `Where found: ${r.foundPlace ?? '-'}`,
    `How found: ${r.foundCircumstances ?? '-'}`,
    `Illicit nature: ${r.illicitNature ?? '-'}`,
    `Legal basis: ${r.legalBasis ?? '-'}`,
    `Intended use of the information: ${r.intendedUse ?? '-'}`,
    `Confidentiality: ${r.confidentiality}${r.useRestrictions ? ` - ${r.useRestrictions}` : ''}`,
  ];
}

/**
 * The lines of the printable answer: the item and its markings, the chain up to the
 * point of diversion, the outcome. Persons are named only for holder.personal_data,
 * as on screen.
 */
export function printableAnswer(detail: TraceRequestDetail, personalData: boolean): string[] {
  const r = detail.request;
  const a = answerView(r.answer, detail.holders, personalData);
  if (!a) return [`Reference: ${r.reference}`, 'No answer has been given yet.'];
  const name = (h: unknown) => {
    if (!h || typeof h !== 'object') return '-';
    const holder = h as { id: string; name?: string | null; restricted?: boolean };
    return holder.restricted ? `person ${holder.id} (name withheld: personal data)` : (holder.name ?? holder.id);
  };
  const firearm = a.firearm as (Record<string, unknown> & { markings?: { type: string; text: string; location: string | null; legibility: string; importCountry: string | null; importYear: number | null }[] }) | null | undefined;
  return [
    `Reference: ${r.reference}    Answered: ${String(a.answeredAt ?? '-')}`,
    `Outcome: ${String(a.outcome)}${a.outcomeReason ? ` - ${String(a.outcomeReason)}` : ''}`,
    ...(firearm ? [`Firearm: ${[firearm.category, firearm.make, firearm.model, firearm.calibre].filter(Boolean).join(' ')}, serial ${String(firearm.serialNumber ?? '-')}`] : []),
    ...(firearm ? [`Country / year of manufacture: ${String(firearm.countryOfManufacture ?? '-')} / ${String(firearm.yearOfManufacture ?? '-')}`] : []),
    ...(firearm?.markings ?? []).map((m) => `Marking (${m.type}): "${m.text}"${m.location ? ` at ${m.location}` : ''}, ${m.legibility}${m.importCountry ? `, import ${m.importCountry}${m.importYear ? ` ${m.importYear}` : ''}` : ''}`),
    '',
    'CHAIN OF LEGAL CUSTODY',
    ...(a.chain as Record<string, unknown>[]).map((e) => {
      const licence = e.licence as { number: string; kind: string } | null;
      return `${String(e.occurredOn)}  ${String(e.type)}${e.country ? ` (${String(e.type) === 'imported' ? 'from' : 'to'} ${String(e.country)})` : ''}${e.holder ? ` - ${name(e.holder)}` : ''}${licence ? ` (licence ${licence.number}, ${licence.kind})` : ''}${e.place ? ` at ${String(e.place)}` : ''}`;
    }),
    '',
    `Last legal holder: ${name(a.lastLegalHolder)}`,
    `Point of diversion: ${a.diversion ? `${(a.diversion as { kind: string }).kind} on ${(a.diversion as { occurredOn: string }).occurredOn}` : '-'}`,
    ...(a.summary ? [`Summary: ${String(a.summary)}`] : []),
    `Confidentiality: ${r.confidentiality}${r.useRestrictions ? ` - ${r.useRestrictions}` : ''}`,
  ];
}
