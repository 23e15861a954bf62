import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TraceDirection, TraceOutcome, TracePriority, TraceStatus } from './trace-rules.js';

export const CONFIDENTIALITY_LEVELS = ['public', 'restricted', 'confidential'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export interface TracedMarking {
  text: string;
  type?: string | null;
  location?: string | null;
  legibility?: string | null;
}

/** The item as the ITI asks it to be described. */
export interface TracedItem {
  category: string | null;
  make: string | null;
  model: string | null;
  calibre: string | null;
  serialNumber: string | null;
  serialLegibility?: string | null;
  markings: TracedMarking[];
  countryOfManufacture?: string | null;
  yearOfManufacture?: number | null;
  otherFeatures: string | null;
  firearmId?: string | null;
}

/** A tracing request (ITI): we ask another state or a manufacturer, or another state asks us. */
@Entity('trace_request')
export class TraceRequest {
  @PrimaryColumn('uuid') id: string;
  @Column('text') reference: string;
  @Column('text') direction: TraceDirection;
  @Column('text') status: TraceStatus;
  /** Our agency handling the request. */
  @Column('uuid') agencyId: string;
  @Column('char', { length: 2, nullable: true }) requestingCountry: string | null;
  @Column('text', { nullable: true }) requestingAgency: string | null;
  @Column('char', { length: 2, nullable: true }) requestedCountry: string | null;
  @Column('text', { nullable: true }) requestedAgency: string | null;
  @Column('text', { nullable: true }) requestedManufacturer: string | null;
  @Column('jsonb') item: TracedItem;
  @Column('uuid', { nullable: true }) seizureId: string | null;
  @Column('uuid', { nullable: true }) seizureItemId: string | null;
  @Column('text', { nullable: true }) foundPlace: string | null;
  @Column('text', { nullable: true }) foundCircumstances: string | null;
  @Column('text', { nullable: true }) illicitNature: string | null;
  @Column('text', { nullable: true }) legalBasis: string | null;
  @Column('text', { nullable: true }) intendedUse: string | null;
  @Column('text') priority: TracePriority;
  @Column('text', { nullable: true }) urgencyJustification: string | null;
  @Column('text') confidentiality: Confidentiality;
  @Column('text', { nullable: true }) useRestrictions: string | null;
  /** When it was sent (outgoing) or received (incoming): the clock of the due date starts here. */
  @Column('timestamptz', { nullable: true }) requestedAt: Date | null;
  @Column('timestamptz', { nullable: true }) dueAt: Date | null;
  @Column('timestamptz', { nullable: true }) acknowledgedAt: Date | null;
  @Column('timestamptz', { nullable: true }) answeredAt: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt: Date | null;
  /** Incoming: the register's candidates, each with the reasons it matched. */
  @Column('jsonb') candidates: Record<string, unknown>[];
  @Column('uuid', { nullable: true }) matchedFirearmId: string | null;
  @Column('timestamptz', { nullable: true }) matchDecidedAt: Date | null;
  @Column('boolean') noMatch: boolean;
  @Column('jsonb', { nullable: true }) answer: Record<string, unknown> | null;
  @Column('text', { nullable: true }) outcome: TraceOutcome | null;
  @Column('text', { nullable: true }) outcomeReason: string | null;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
  @Column('integer') version: number;
}

/** A message exchanged on a request (acknowledgement, question, answer), with its attachments' references. */
@Entity('trace_reply')
export class TraceReply {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') requestId: string;
  @Column('integer') ordinal: number;
  @Column('text') direction: 'received' | 'sent';
  @Column('timestamptz') occurredAt: Date;
  @Column('text') body: string;
  @Column('text', { array: true }) attachments: string[];
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('timestamptz') recordedAt: Date;
}

/** What tracing established for one seized, found or surrendered item: SDG 16.4.2 counts these. */
@Entity('trace_item_outcome')
export class TraceItemOutcome {
  @PrimaryColumn('uuid') seizureItemId: string;
  @Column('text') outcome: TraceOutcome;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { nullable: true }) traceRequestId: string | null;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('timestamptz') recordedAt: Date;
}

export const TRACING_ENTITIES: Function[] = [TraceRequest, TraceReply, TraceItemOutcome];
