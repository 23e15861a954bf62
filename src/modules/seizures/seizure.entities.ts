import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SEIZURE_TYPES = ['seized', 'found', 'surrendered'] as const;
export type SeizureType = (typeof SEIZURE_TYPES)[number];
/** The contexts of UNODC's Illicit Arms Flows Questionnaire. */
export const SEIZURE_CONTEXTS = ['trafficking', 'illicit_possession', 'violent_crime', 'other_crime', 'unknown'] as const;
export const SEIZED_ITEM_KINDS = ['firearm', 'part', 'ammunition'] as const;
export type SeizedItemKind = (typeof SEIZED_ITEM_KINDS)[number];
export const ITEM_STATES = ['seized', 'in_custody', 'disposed'] as const;
export type ItemState = (typeof ITEM_STATES)[number];
export const SERIAL_LEGIBILITIES = ['intact', 'partial', 'altered', 'obliterated'] as const;
export const PERSON_ROLES = ['suspect', 'owner_claimed', 'witness'] as const;
export const DISPOSAL_TYPES = ['destroyed', 'deactivated', 'returned_to_owner', 'retained_for_official_use'] as const;
export type DisposalType = (typeof DISPOSAL_TYPES)[number];
export const ALERT_STATES = ['open', 'acknowledged'] as const;

const coordinate = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('storage_facility')
export class StorageFacility {
  @PrimaryColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('uuid') agencyId: string;
  @Column('text', { nullable: true }) region: string | null;
  @Column('text', { nullable: true }) locality: string | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('boolean') active: boolean;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

/** A seizure, a find or a surrender (amnesty, collection campaign): one case. */
@Entity('seizure')
export class Seizure {
  @PrimaryColumn('uuid') id: string;
  @Column('text') reference: string;
  @Column('text') type: SeizureType;
  @Column('text') context: (typeof SEIZURE_CONTEXTS)[number];
  @Column('timestamptz') occurredAt: Date;
  @Column('text', { nullable: true }) region: string | null;
  @Column('text', { nullable: true }) locality: string | null;
  @Column('numeric', { precision: 9, scale: 6, nullable: true, transformer: coordinate }) latitude: number | null;
  @Column('numeric', { precision: 9, scale: 6, nullable: true, transformer: coordinate }) longitude: number | null;
  @Column('uuid') seizingAgencyId: string;
  @Column('text') seizingOfficer: string;
  @Column('text', { nullable: true }) campaign: string | null;
  @Column('text', { nullable: true }) criminalCaseNumber: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

/**
 * One thing seized: a firearm or part (always a register entry, created from the
 * seizure when it was not registered before) or a quantity of ammunition.
 */
@Entity('seizure_item')
export class SeizureItem {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') seizureId: string;
  @Column('integer') ordinal: number;
  @Column('text') kind: SeizedItemKind;
  @Column('uuid', { nullable: true }) firearmId: string | null;
  @Column('boolean') registeredBeforeSeizure: boolean;
  /** Every readable marking, exactly as read off the item. */
  @Column('text', { nullable: true }) markingsText: string | null;
  @Column('text', { nullable: true }) serialLegibility: (typeof SERIAL_LEGIBILITIES)[number] | null;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { nullable: true }) calibreText: string | null;
  @Column('text', { nullable: true }) calibreCode: string | null;
  @Column('text', { nullable: true }) makeText: string | null;
  @Column('integer', { nullable: true }) quantity: number | null;
  @Column('text', { nullable: true }) lotNumber: string | null;
  @Column('text', { nullable: true }) headstamp: string | null;
  @Column('text') state: ItemState;
  /** The importing file's own key for this record: a second run of the file matches it. */
  @Column('text', { nullable: true }) importKey: string | null;
  /** The import and row that created this record (null when entered through the API). */
  @Column('uuid', { nullable: true }) importId: string | null;
  @Column('integer', { nullable: true }) importRow: number | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

@Entity('seizure_person')
export class SeizurePerson {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') seizureId: string;
  @Column('text') role: (typeof PERSON_ROLES)[number];
  @Column('text', { nullable: true }) sex: 'female' | 'male' | 'unknown' | null;
  @Column('integer', { nullable: true }) age: number | null;
  @Column('integer', { nullable: true }) birthYear: number | null;
  @Column('char', { length: 2, nullable: true }) nationality: string | null;
  @Column('uuid', { nullable: true }) holderId: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('timestamptz') createdAt: Date;
}

/** One link of the chain of custody: who received the item where, from whom, until when. */
@Entity('custody_step')
export class CustodyStep {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') itemId: string;
  @Column('integer') ordinal: number;
  @Column('uuid', { nullable: true }) previousStepId: string | null;
  @Column('uuid') facilityId: string;
  @Column('uuid', { nullable: true }) handedOverBy: string | null;
  @Column('uuid') custodianId: string;
  @Column('timestamptz') receivedAt: Date;
  @Column('timestamptz', { nullable: true }) releasedAt: Date | null;
  @Column('text', { nullable: true }) closedBy: 'handover' | 'disposal' | null;
  @Column('text', { array: true }) sealNumbers: string[];
  @Column('text', { nullable: true }) condition: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('timestamptz') recordedAt: Date;
}

@Entity('disposal')
export class Disposal {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') itemId: string;
  @Column('text') type: DisposalType;
  @Column('date') occurredOn: string;
  @Column('text', { nullable: true }) place: string | null;
  @Column('text', { nullable: true }) method: string | null;
  @Column('text', { array: true }) witnesses: string[];
  @Column('text', { nullable: true }) certificateNumber: string | null;
  @Column('text', { nullable: true }) verifyingAuthority: string | null;
  @Column('uuid', { nullable: true }) holderId: string | null;
  @Column('uuid', { nullable: true }) receivingAgencyId: string | null;
  @Column('text', { nullable: true }) stateMarking: string | null;
  @Column('text', { nullable: true }) authorisation: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('timestamptz') recordedAt: Date;
}

/** A lost or stolen firearm resurfaced: addressed to the agency that reported it missing. */
@Entity('hit_alert')
export class HitAlert {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') firearmId: string;
  @Column('uuid') triggerEventId: string;
  @Column('text') triggerEventType: string;
  @Column('text') statusBefore: 'lost' | 'stolen';
  @Column('uuid', { nullable: true }) reportEventId: string | null;
  @Column('uuid') addressedAgencyId: string;
  @Column('uuid', { nullable: true }) seizureId: string | null;
  @Column('text') state: (typeof ALERT_STATES)[number];
  @Column('timestamptz') raisedAt: Date;
  @Column('uuid', { nullable: true }) acknowledgedBy: string | null;
  @Column('timestamptz', { nullable: true }) acknowledgedAt: Date | null;
  @Column('text', { nullable: true }) acknowledgementNote: string | null;
}

export const SEIZURE_ENTITIES: Function[] = [StorageFacility, Seizure, SeizureItem, SeizurePerson, CustodyStep, Disposal, HitAlert];
