import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertMayChange } from '../../common/auth/agency-access.js';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { FirearmsService } from '../firearms/firearms.service.js';
import { Holder, Licence } from '../holders/holder.entities.js';
import { Marking } from '../markings/marking.entities.js';
import { normaliseSerial, SERIAL_QUERY_MIN_KNOWN_CHARACTERS } from '../markings/serial.js';
import { TraceService } from '../markings/trace.service.js';
import { assertMayChangeSeizure } from '../seizures/seizure-access.js';
import { Seizure, SeizureItem } from '../seizures/seizure.entities.js';
import { SeizuresService } from '../seizures/seizures.service.js';
import type { AnswerTraceRequest, CloseTraceRequest, ConfirmMatchRequest, CreateTraceRequest, ItemOutcomeRequest, SendTraceRequest, TracedItemRequest, TracedMarkingRequest, TraceFromSeizureItemRequest, TraceListQuery, TraceReplyRequest, TraceTermsRequest, UpdateTraceRequest } from './dto/trace-request.dto.js';
import { TraceItemOutcome, TraceReply, TraceRequest, type TracedItem } from './tracing.entities.js';
import { dueDate, editRule, mergeItem, nextTraceStatus, traceChain, type TraceAction, type TraceOutcome } from './trace-rules.js';
import { Agency } from '../identity/entities/agency.entity.js';
import { wordsFor } from './document-language.js';
import { renderPdf } from './pdf.js';
import { answerDocument, requestDocument } from './printed-documents.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

export interface TraceRequestDetail {
  request: TraceRequest;
  replies: TraceReply[];
  holders: Map<string, Holder>;
}

const invalid = (field: string, message: string) => new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });
const CANDIDATE_LIMIT = 10;

/** The item fields given in a request body, as stored (markings as plain objects); fields left out are left out. */
function tracedItemPatch(input: TracedItemRequest): Partial<TracedItem> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    patch[key] = key === 'markings' && Array.isArray(value) ? (value as TracedMarkingRequest[]).map((m) => ({ text: m.text, type: m.type ?? null, location: m.location ?? null, legibility: m.legibility ?? null })) : value;
  }
  return patch as Partial<TracedItem>;
}

/** The descriptive fields of a request, flat (item fields as item.x), for the audit trail's before and after. */
const DESCRIPTIVE_FIELDS = ['reference', 'requestingCountry', 'requestingAgency', 'requestedCountry', 'requestedAgency', 'requestedManufacturer', 'seizureId', 'foundPlace', 'foundCircumstances', 'illicitNature', 'legalBasis', 'intendedUse', 'priority', 'urgencyJustification', 'confidentiality', 'useRestrictions'] as const;
function descriptionView(r: TraceRequest): Record<string, unknown> {
  const view: Record<string, unknown> = Object.fromEntries(DESCRIPTIVE_FIELDS.map((f) => [f, r[f]]));
  for (const [key, value] of Object.entries(r.item)) view[`item.${key}`] = value;
  return {
    ...view,
    requestedAt: r.requestedAt?.toISOString() ?? null,
    dueAt: r.dueAt?.toISOString() ?? null,
    candidates: r.candidates.map((c) => c.firearmId),
    matchedFirearmId: r.matchedFirearmId,
    noMatch: r.noMatch,
  };
}

/** International tracing requests (ITI): outgoing from seized items, incoming answered from the register. */
@Injectable()
export class TracingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly trace: TraceService,
    private readonly firearms: FirearmsService,
    private readonly seizures: SeizuresService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** An incoming request on receipt (the register is searched at once), or an outgoing draft typed by hand. */
  async create(input: CreateTraceRequest): Promise<TraceRequest> {
    const item: TracedItem = { category: null, make: null, model: null, calibre: null, serialNumber: null, serialLegibility: null, markings: [], countryOfManufacture: null, yearOfManufacture: null, otherFeatures: null, ...tracedItemPatch(input.item) };
    item.markings ??= [];
    const incoming = input.direction === 'incoming';
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : this.clock.now();
    if (incoming && receivedAt > this.clock.now()) throw invalid('receivedAt', 'must not be in the future');
    if (!incoming && input.receivedAt) throw invalid('receivedAt', 'is only for an incoming request');
    // An incoming request's item is matched to the register by the investigator, never named on receipt.
    if (incoming && input.item.firearmId) throw invalid('item.firearmId', 'is only for an outgoing request; confirm the match instead');
    if (input.item.firearmId) await this.firearms.get(null, input.item.firearmId);
    const candidates = incoming ? await this.candidatesFor(item) : [];
    return this.dataSource.transaction(async (manager) => {
      if (input.seizureId && !(await manager.query(`SELECT 1 FROM seizure WHERE id = $1`, [input.seizureId])).length) throw new DomainError('SEIZURE_NOT_FOUND', `No seizure ${input.seizureId}.`);
      const request = this.newRequest(input, item, {
        direction: input.direction,
        status: incoming ? 'sent' : 'draft',
        seizureId: input.seizureId ?? null,
        requestedAt: incoming ? receivedAt : null,
        dueAt: input.dueAt ? new Date(input.dueAt) : incoming ? this.defaultDue(receivedAt, input.priority) : null,
        candidates,
      });
      return this.insert(manager, request);
    });
  }

  /** An outgoing request from one seized item, its description copied from the register entry and its markings. */
  async createFromSeizureItem(input: TraceFromSeizureItemRequest): Promise<TraceRequest> {
    const seizureItem = await this.dataSource.getRepository(SeizureItem).findOneBy({ id: input.seizureItemId });
    if (!seizureItem) throw new DomainError('SEIZURE_ITEM_NOT_FOUND', `No seized item ${input.seizureItemId}.`);
    if (!seizureItem.firearmId) throw invalid('seizureItemId', 'only a seized firearm or part can be traced');
    const { seizure } = await this.seizures.get(seizureItem.seizureId);
    const firearm = await this.firearms.get(null, seizureItem.firearmId);
    const markings = await this.dataSource.getRepository(Marking).find({ where: { firearmId: firearm.id }, order: { recordedAt: 'ASC' } });
    const item: TracedItem = {
      category: firearm.categoryCode,
      make: firearm.makeText,
      model: firearm.model,
      calibre: firearm.calibreText,
      serialNumber: firearm.serialRaw,
      serialLegibility: seizureItem.serialLegibility,
      markings: [
        ...markings.map((m) => ({ text: m.textRaw, type: m.type, location: m.location, legibility: m.legibility })),
        ...(seizureItem.markingsText ? [{ text: seizureItem.markingsText, type: 'as_read_at_seizure', location: null, legibility: seizureItem.serialLegibility }] : []),
      ],
      countryOfManufacture: firearm.countryOfManufacture,
      yearOfManufacture: firearm.yearOfManufacture,
      otherFeatures: [firearm.description, seizureItem.description].filter(Boolean).join(' / ') || null,
      firearmId: firearm.id,
    };
    const where = [seizure.locality, seizure.region].filter(Boolean).join(', ');
    return this.dataSource.transaction(async (manager) => {
      // The answer becomes the seized item's outcome: the request is the case's to make.
      await assertMayChangeSeizure(manager, seizure);
      const request = this.newRequest(input, item, {
        direction: 'outgoing',
        status: 'draft',
        seizureId: seizure.id,
        seizureItemId: seizureItem.id,
        foundPlace: input.foundPlace ?? (where || null),
        foundCircumstances: input.foundCircumstances ?? `${seizure.type} on ${seizure.occurredAt.toISOString().slice(0, 10)} (case ${seizure.reference}, context ${seizure.context})`,
        requestedAt: null,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        candidates: [],
      });
      return this.insert(manager, request);
    });
  }

  async get(id: string): Promise<TraceRequestDetail> {
    const request = await this.dataSource.getRepository(TraceRequest).findOneBy({ id });
    if (!request) throw new DomainError('TRACE_REQUEST_NOT_FOUND', `No tracing request ${id}.`);
    const replies = await this.dataSource.getRepository(TraceReply).find({ where: { requestId: id }, order: { ordinal: 'ASC' } });
    const holderIds = [...new Set(((request.answer?.chain as { holderId: string | null }[] | undefined) ?? []).map((e) => e.holderId).concat((request.answer?.lastLegalHolderId as string | null) ?? null).filter((h): h is string => !!h))];
    const holders = holderIds.length ? await this.dataSource.getRepository(Holder).findBy({ id: In(holderIds) }) : [];
    return { request, replies, holders: new Map(holders.map((h) => [h.id, h])) };
  }

  /**
   * Incoming: the answer as it would be sent now, from the confirmed match's history
   * (the chain up to the last legal holder or the point of diversion); nothing is stored.
   */
  async previewAnswer(id: string): Promise<{ answer: Record<string, unknown>; holders: Map<string, Holder> }> {
    const { request } = await this.get(id);
    if (request.direction !== 'incoming') throw new DomainError('TRACE_REQUEST_DIRECTION_MISMATCH', 'Only the answer to an incoming request is generated from the register.');
    if (!request.noMatch && !request.matchedFirearmId) throw new DomainError('TRACE_MATCH_NOT_CONFIRMED', 'Confirm the matching firearm (or that none matches) before previewing the answer.');
    const answer = await this.generateAnswer(request);
    const holderIds = [...new Set(((answer.chain as { holderId: string | null }[]) ?? []).map((e) => e.holderId).concat((answer.lastLegalHolderId as string | null) ?? null).filter((h): h is string => !!h))];
    const holders = holderIds.length ? await this.dataSource.getRepository(Holder).findBy({ id: In(holderIds) }) : [];
    return { answer, holders: new Map(holders.map((h) => [h.id, h])) };
  }

  /** The printed request or answer, in the deployment's language, on the letterhead of the side that sends it. */
  async print(id: string, which: 'request' | 'answer', personalData: boolean): Promise<{ reference: string; pdf: Buffer }> {
    const detail = await this.get(id);
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ id: detail.request.agencyId });
    const actor = RequestContext.current()?.actor;
    const us = { country: this.config.REGISTRY_COUNTRY ?? null, agency: agency?.name ?? detail.request.agencyId, contactPoint: this.config.DOCUMENT_CONTACT_POINT ?? null, preparedBy: actor?.username ?? '-' };
    const words = wordsFor(this.config.DOCUMENT_LANGUAGE);
    const now = this.clock.now();
    const document = which === 'request' ? requestDocument(detail.request, words, us, now) : answerDocument(detail, personalData, words, us, now);
    return { reference: detail.request.reference, pdf: await renderPdf(document) };
  }

  async list(query: TraceListQuery): Promise<[TraceRequest[], Total]> {
    const q = this.dataSource.getRepository(TraceRequest).createQueryBuilder('t');
    if (query.direction) q.andWhere('t.direction = :direction', { direction: query.direction });
    if (query.status) q.andWhere('t.status = :status', { status: query.status });
    if (query.priority) q.andWhere('t.priority = :priority', { priority: query.priority });
    if (query.seizureId) q.andWhere('t.seizure_id = :seizureId', { seizureId: query.seizureId });
    if (query.outcome) q.andWhere('t.outcome = :outcome', { outcome: query.outcome });
    if (query.firearmId) q.andWhere(`(t.matched_firearm_id = :firearmId OR t.item->>'firearmId' = :firearmId::text)`, { firearmId: query.firearmId });
    // The SQL twin of isOverdue(): waiting for an answer past the due date.
    if (query.overdue !== undefined) q.andWhere(`${query.overdue ? '' : 'NOT '}(t.status IN ('sent', 'acknowledged') AND t.due_at IS NOT NULL AND t.due_at < :now)`, { now: this.clock.now() });
    if (query.order === 'due') {
      // An inbox: what still waits for an answer first, the soonest due (the overdue) on top; then the rest, newest first.
      q.orderBy(`CASE WHEN t.status IN ('draft', 'sent', 'acknowledged') THEN 0 ELSE 1 END`, 'ASC').addOrderBy('t.due_at', 'ASC', 'NULLS LAST').addOrderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC');
      return pageRows(q.take(query.limit).skip(query.offset));
    }
    return pageRows(q.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').take(query.limit).skip(query.offset));
  }

  /**
   * Changes the description of a draft (outgoing) or corrects an incoming request
   * before it is answered (editRule). Only the changed fields reach the audit trail.
   * An incoming request whose item changed is searched again, and a match confirmed
   * on the old description is voided: the investigator confirms again.
   */
  async update(id: string, input: UpdateTraceRequest): Promise<TraceRequest> {
    for (const field of ['reference', 'priority', 'confidentiality', 'item'] as const) if (input[field] === null) throw invalid(field, 'cannot be cleared');
    const now = this.clock.now();
    if (input.receivedAt && new Date(input.receivedAt) > now) throw invalid('receivedAt', 'must not be in the future');
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const rule = editRule(request.direction, request.status);
      if (!rule.allowed) throw new DomainError('TRACE_REQUEST_NOT_EDITABLE', rule.why, { currentStatus: request.status, direction: request.direction });
      if (rule.reasonRequired && !input.reason) throw invalid('reason', 'is required to correct a request received from another state');
      if (input.receivedAt !== undefined && request.direction !== 'incoming') throw invalid('receivedAt', 'is only for an incoming request');
      const before = descriptionView(request);

      if (input.reference !== undefined && input.reference !== request.reference && (await manager.existsBy(TraceRequest, { reference: input.reference }))) {
        throw new DomainError('TRACE_REQUEST_REFERENCE_TAKEN', `A tracing request with reference ${input.reference} exists already.`);
      }
      if (input.seizureId !== undefined && input.seizureId !== request.seizureId) {
        if (request.seizureItemId) throw invalid('seizureId', "is the seized item's case and cannot change");
        if (input.seizureId && !(await manager.query(`SELECT 1 FROM seizure WHERE id = $1`, [input.seizureId])).length) throw new DomainError('SEIZURE_NOT_FOUND', `No seizure ${input.seizureId}.`);
      }
      const { item, receivedAt, reason, dueAt, ...terms } = input;
      for (const [field, value] of Object.entries(terms)) if (value !== undefined) Object.assign(request, { [field]: value });
      if (receivedAt !== undefined) request.requestedAt = new Date(receivedAt);
      if (dueAt !== undefined) request.dueAt = dueAt ? new Date(dueAt) : request.requestedAt && request.direction === 'incoming' ? this.defaultDue(request.requestedAt, request.priority) : null;
      // The default due date follows a corrected priority or receipt date (unless a due date is given with them).
      else if (request.requestedAt && (before.priority !== request.priority || receivedAt !== undefined)) request.dueAt = this.defaultDue(request.requestedAt, request.priority);
      if (request.priority === 'urgent' && !request.urgencyJustification) throw invalid('urgencyJustification', 'is required when the priority is urgent');

      if (item) {
        const next = mergeItem(request.item, tracedItemPatch(item));
        if (JSON.stringify(next) !== JSON.stringify(request.item)) {
          request.item = next;
          if (rule.rerunsSearch) {
            request.candidates = await this.candidatesFor(next);
            Object.assign(request, { matchedFirearmId: null, noMatch: false, matchDecidedAt: null });
          }
        }
      }

      const diff = changedFields(before, descriptionView(request));
      if (Object.keys(diff.after).length === 0) return request;
      return this.save(manager, request, 'edited', diff.before, diff.after, reason);
    });
  }

  /** Outgoing: sent to the requested state or manufacturer; the due date starts. */
  async send(id: string, input: SendTraceRequest): Promise<TraceRequest> {
    const sentAt = input.sentAt ? new Date(input.sentAt) : this.clock.now();
    if (sentAt > this.clock.now()) throw invalid('sentAt', 'must not be in the future');
    return this.move(id, 'send', (r) => {
      if (!r.requestedCountry && !r.requestedManufacturer) throw invalid('requestedCountry', 'name the requested state or manufacturer before sending');
      return { requestedAt: sentAt, dueAt: r.dueAt ?? this.defaultDue(sentAt, r.priority) };
    });
  }

  async acknowledge(id: string): Promise<TraceRequest> {
    return this.move(id, 'acknowledge', () => ({ acknowledgedAt: this.clock.now() }));
  }

  async close(id: string, input: CloseTraceRequest): Promise<TraceRequest> {
    return this.move(id, 'close', () => ({ closedAt: this.clock.now() }), input.reason);
  }

  async reply(id: string, input: TraceReplyRequest): Promise<TraceReply> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const [{ next }] = (await manager.query(`SELECT coalesce(max(ordinal), 0) + 1 AS next FROM trace_reply WHERE request_id = $1`, [id])) as { next: number }[];
      const now = this.clock.now();
      const reply = manager.create(TraceReply, {
        id: randomUUID(),
        requestId: request.id,
        ordinal: Number(next),
        direction: input.direction,
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
        body: input.body,
        attachments: input.attachments ?? [],
        recordedBy: RequestContext.current()?.actor?.userId ?? null,
        recordedAt: now,
      });
      await manager.insert(TraceReply, reply);
      await this.audit.record(manager, { recordType: 'trace_request', recordId: id, action: 'reply_recorded', after: { replyId: reply.id, direction: reply.direction, attachments: reply.attachments } });
      return reply;
    });
  }

  /** Incoming: the investigator confirms which candidate is the item, or that none is. */
  async confirmMatch(id: string, input: ConfirmMatchRequest): Promise<TraceRequest> {
    if ((input.firearmId === undefined) === (input.none !== true)) throw invalid('firearmId', 'give either firearmId or none=true');
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      if (request.direction !== 'incoming') throw new DomainError('TRACE_REQUEST_DIRECTION_MISMATCH', 'Only an incoming request is matched against the register.');
      if (request.status === 'answered' || request.status === 'closed') throw new DomainError('INVALID_TRACE_STATUS_TRANSITION', `The request is already ${request.status}.`);
      if (input.firearmId) await this.firearms.get(manager, input.firearmId);
      const before = { matchedFirearmId: request.matchedFirearmId, noMatch: request.noMatch };
      Object.assign(request, { matchedFirearmId: input.firearmId ?? null, noMatch: input.none === true, matchDecidedAt: this.clock.now() });
      return this.save(manager, request, 'match_confirmed', before, { matchedFirearmId: request.matchedFirearmId, noMatch: request.noMatch });
    });
  }

  /**
   * Incoming: the answer is generated from the confirmed firearm's history up to
   * the point of diversion. Outgoing: the answer received is recorded with its outcome.
   */
  async answer(id: string, input: AnswerTraceRequest): Promise<TraceRequest> {
    const answeredAt = input.answeredAt ? new Date(input.answeredAt) : this.clock.now();
    if (answeredAt > this.clock.now()) throw invalid('answeredAt', 'must not be in the future');
    const current = (await this.get(id)).request;
    const generated = current.direction === 'incoming' ? await this.generateAnswer(current) : null;
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const to = nextTraceStatus(request.direction, request.status, 'answer');
      if (!to) throw new DomainError('INVALID_TRACE_STATUS_TRANSITION', `A ${request.status} ${request.direction} request cannot be answered.`);
      // An answer cannot predate the request it answers (sent by us, or received from another state).
      if (request.requestedAt && answeredAt < request.requestedAt) throw invalid('answeredAt', `must not be before the request was ${request.direction === 'incoming' ? 'received' : 'sent'} (${request.requestedAt.toISOString()})`);
      let outcome: TraceOutcome;
      let reason: string | null;
      let answer: Record<string, unknown>;
      if (request.direction === 'incoming') {
        if (!request.noMatch && !request.matchedFirearmId) throw new DomainError('TRACE_MATCH_NOT_CONFIRMED', 'Confirm the matching firearm (or that none matches) before answering.');
        if (request.matchedFirearmId !== current.matchedFirearmId) throw new DomainError('TRACE_MATCH_NOT_CONFIRMED', 'The confirmed match changed while answering; try again.');
        outcome = input.outcome ?? (generated!.suggestedOutcome as TraceOutcome);
        reason = input.outcomeReason ?? (input.outcome ? null : (generated!.reason as string | null));
        answer = { ...generated!, outcome, outcomeReason: reason, summary: input.summary ?? null };
      } else {
        if (!input.outcome) throw invalid('outcome', 'is required: what the requested state or manufacturer established');
        outcome = input.outcome;
        reason = input.outcomeReason ?? null;
        answer = { summary: input.summary ?? null, outcome, outcomeReason: reason };
      }
      if (outcome === 'not_traced' && !reason) throw new DomainError('TRACE_OUTCOME_INVALID', 'A "not traced" outcome needs its reason.', { errors: [{ field: 'outcomeReason', message: 'is required for not_traced' }] });
      const before = { status: request.status, outcome: request.outcome };
      Object.assign(request, { status: to, answeredAt, answer: { ...answer, answeredAt: answeredAt.toISOString() }, outcome, outcomeReason: reason });
      if (request.seizureItemId) await this.upsertOutcome(manager, request.seizureItemId, outcome, reason, request.id);
      return this.save(manager, request, 'answered', before, { status: to, outcome, outcomeReason: reason });
    });
  }

  /** The outcome for a seized item established without an international request (e.g. from the national register). */
  async recordItemOutcome(input: ItemOutcomeRequest): Promise<TraceItemOutcome> {
    if (input.outcome === 'not_traced' && !input.reason) throw new DomainError('TRACE_OUTCOME_INVALID', 'A "not traced" outcome needs its reason.', { errors: [{ field: 'reason', message: 'is required for not_traced' }] });
    return this.dataSource.transaction(async (manager) => {
      const seizureItem = await manager.findOneBy(SeizureItem, { id: input.seizureItemId });
      if (!seizureItem) throw new DomainError('SEIZURE_ITEM_NOT_FOUND', `No seized item ${input.seizureItemId}.`);
      await assertMayChangeSeizure(manager, await manager.findOneByOrFail(Seizure, { id: seizureItem.seizureId }));
      return this.upsertOutcome(manager, input.seizureItemId, input.outcome, input.reason ?? null, null);
    });
  }

  private async upsertOutcome(manager: EntityManager, seizureItemId: string, outcome: TraceOutcome, reason: string | null, traceRequestId: string | null): Promise<TraceItemOutcome> {
    const previous = await manager.findOne(TraceItemOutcome, { where: { seizureItemId }, lock: { mode: 'pessimistic_write' } });
    const row = manager.create(TraceItemOutcome, { seizureItemId, outcome, reason, traceRequestId, recordedBy: RequestContext.current()?.actor?.userId ?? null, recordedAt: this.clock.now() });
    await manager.upsert(TraceItemOutcome, row, ['seizureItemId']);
    await this.audit.record(manager, {
      recordType: 'trace_item_outcome',
      recordId: seizureItemId,
      action: previous ? 'changed' : 'recorded',
      before: previous ? { outcome: previous.outcome, reason: previous.reason, traceRequestId: previous.traceRequestId } : null,
      after: { outcome, reason, traceRequestId },
    });
    return row;
  }

  private async generateAnswer(request: TraceRequest): Promise<Record<string, unknown>> {
    if (request.noMatch || !request.matchedFirearmId) {
      return { firearm: null, chain: [], lastLegalHolderId: null, diversion: null, suggestedOutcome: 'not_traced', reason: 'No record in the national register matches the description.' };
    }
    const history = await this.firearms.history(request.matchedFirearmId);
    const traced = traceChain(
      history.events.map((e) => ({ id: e.id, type: e.type, occurredOn: e.occurredOn, holderId: e.holderId, licenceId: e.licenceId, agencyId: e.agencyId, place: e.place, referenceDocuments: e.referenceDocuments, details: e.details as Record<string, unknown> })),
      history.firearm.holderId,
    );
    const licenceIds = [...new Set(traced.chain.map((e) => e.licenceId).filter((l): l is string => !!l))];
    const licences = new Map((licenceIds.length ? await this.dataSource.getRepository(Licence).findBy({ id: In(licenceIds) }) : []).map((l) => [l.id, l]));
    const f = history.firearm;
    // The markings on record (manufacture, import, state transfer...) let the requesting state confirm it is the same item.
    const markings = await this.dataSource.getRepository(Marking).find({ where: { firearmId: f.id }, order: { recordedAt: 'ASC' } });
    return {
      firearm: {
        id: f.id,
        category: f.categoryCode,
        make: f.makeText,
        manufacturerCode: f.manufacturerCode,
        model: f.model,
        calibre: f.calibreText,
        serialNumber: f.serialRaw,
        countryOfManufacture: f.countryOfManufacture,
        yearOfManufacture: f.yearOfManufacture,
        status: f.status,
        markings: markings.map((m) => ({ type: m.type, text: m.textRaw, location: m.location, legibility: m.legibility, importCountry: m.importCountry, importYear: m.importYear })),
      },
      chain: traced.chain.map((e) => {
        const licence = e.licenceId ? licences.get(e.licenceId) : undefined;
        // Imports and exports name the other country (the exporting one for an import).
        const country = typeof e.details.country === 'string' ? e.details.country : null;
        return { eventId: e.id, type: e.type, occurredOn: e.occurredOn, place: e.place, country, holderId: e.holderId, licence: licence ? { id: licence.id, number: licence.number, kind: licence.kind, issuedOn: licence.issuedOn, expiresOn: licence.expiresOn } : null, referenceDocuments: e.referenceDocuments };
      }),
      lastLegalHolderId: traced.lastLegalHolderId,
      diversion: traced.diversion,
      suggestedOutcome: traced.suggestedOutcome,
      reason: traced.reason,
    };
  }

  /** The trace search on the described item; a description too thin or malformed to search gives no candidates. */
  private async candidatesFor(item: TracedItem): Promise<Record<string, unknown>[]> {
    try {
      const found = await this.trace.search(
        // Every candidate ("contains"), unless the serial is too short to search as a substring.
        { serial: item.serialNumber ?? undefined, serialMatch: item.serialNumber && normaliseSerial(item.serialNumber).length < SERIAL_QUERY_MIN_KNOWN_CHARACTERS ? 'auto' : 'contains', make: item.make ?? undefined, calibre: item.calibre ?? undefined, category: item.category ?? undefined, countryOfManufacture: item.countryOfManufacture ?? undefined, limit: CANDIDATE_LIMIT, offset: 0 },
        false,
      );
      return found.items.map((c) => ({ firearmId: c.firearmId, score: c.score, reasons: c.reasons, status: c.status, category: c.category, make: c.make.asWritten, model: c.model, calibre: c.calibre.asWritten, serialNumber: c.serialNumber.asWritten }));
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'TRACE_CRITERIA_MISSING' || error.code === 'INVALID_SERIAL_PATTERN')) return [];
      throw error;
    }
  }

  private defaultDue(start: Date, priority: TraceRequest['priority']): Date {
    return dueDate(start, priority, { urgent: this.config.TRACE_DUE_DAYS_URGENT, routine: this.config.TRACE_DUE_DAYS_ROUTINE });
  }

  private newRequest(input: TraceTermsRequest, item: TracedItem, fields: Partial<TraceRequest> & Pick<TraceRequest, 'direction' | 'status'>): TraceRequest {
    const now = this.clock.now();
    const actor = RequestContext.current()?.actor;
    if (!actor?.agencyId) throw invalid('agencyId', 'the acting agency is unknown');
    return this.dataSource.getRepository(TraceRequest).create({
      id: randomUUID(),
      reference: input.reference ?? `TR-${now.getUTCFullYear()}-${randomUUID().slice(0, 8).toUpperCase()}`,
      agencyId: actor.agencyId,
      requestingCountry: input.requestingCountry ?? null,
      requestingAgency: input.requestingAgency ?? null,
      requestedCountry: input.requestedCountry ?? null,
      requestedAgency: input.requestedAgency ?? null,
      requestedManufacturer: input.requestedManufacturer ?? null,
      item,
      seizureId: null,
      seizureItemId: null,
      foundPlace: input.foundPlace ?? null,
      foundCircumstances: input.foundCircumstances ?? null,
      illicitNature: input.illicitNature ?? null,
      legalBasis: input.legalBasis ?? null,
      intendedUse: input.intendedUse ?? null,
      priority: input.priority,
      urgencyJustification: input.urgencyJustification ?? null,
      confidentiality: input.confidentiality ?? 'restricted',
      useRestrictions: input.useRestrictions ?? null,
      acknowledgedAt: null,
      answeredAt: null,
      closedAt: null,
      matchedFirearmId: null,
      matchDecidedAt: null,
      noMatch: false,
      answer: null,
      outcome: null,
      outcomeReason: null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
      ...fields,
    });
  }

  private async insert(manager: EntityManager, request: TraceRequest): Promise<TraceRequest> {
    if (await manager.existsBy(TraceRequest, { reference: request.reference })) throw new DomainError('TRACE_REQUEST_REFERENCE_TAKEN', `A tracing request with reference ${request.reference} exists already.`);
    await manager.save(TraceRequest, request);
    await this.audit.record(manager, {
      recordType: 'trace_request',
      recordId: request.id,
      action: 'created',
      after: { reference: request.reference, direction: request.direction, status: request.status, priority: request.priority, seizureItemId: request.seizureItemId, candidates: request.candidates.length, dueAt: request.dueAt?.toISOString() ?? null },
    });
    return request;
  }

  private async move(id: string, action: TraceAction, fields: (r: TraceRequest) => Partial<TraceRequest>, reason?: string): Promise<TraceRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      const to = nextTraceStatus(request.direction, request.status, action);
      if (!to) throw new DomainError('INVALID_TRACE_STATUS_TRANSITION', `A ${request.status} ${request.direction} request cannot be ${action === 'send' ? 'sent' : `${action}d`}.`, { currentStatus: request.status, action });
      const before = { status: request.status };
      Object.assign(request, fields(request), { status: to });
      return this.save(manager, request, action === 'send' ? 'sent' : `${action}d`, before, { status: to, dueAt: request.dueAt?.toISOString() ?? null }, reason);
    });
  }

  private async save(manager: EntityManager, request: TraceRequest, action: string, before: Record<string, unknown>, after: Record<string, unknown>, reason?: string): Promise<TraceRequest> {
    Object.assign(request, { version: request.version + 1, updatedAt: this.clock.now() });
    await manager.save(TraceRequest, request);
    await this.audit.record(manager, { recordType: 'trace_request', recordId: request.id, action, before, after, reason: reason ?? null });
    return request;
  }

  /** Every change to a request goes through here: its own agency, or the national firearms authority. */
  private async lock(manager: EntityManager, id: string): Promise<TraceRequest> {
    const request = await manager.findOne(TraceRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new DomainError('TRACE_REQUEST_NOT_FOUND', `No tracing request ${id}.`);
    await assertMayChange(manager, { ownerAgencyId: request.agencyId }, `Tracing request ${request.reference}`);
    return request;
  }
}
