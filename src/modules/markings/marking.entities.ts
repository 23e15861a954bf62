import { Column, Entity, PrimaryColumn } from 'typeorm';

export const MARKING_TYPES = ['manufacture', 'import', 'state_transfer', 'deactivation', 'proof', 'other'] as const;
export type MarkingType = (typeof MARKING_TYPES)[number];
export const MARKING_METHODS = ['stamped', 'engraved', 'laser', 'cast', 'other'] as const;
export type MarkingMethod = (typeof MARKING_METHODS)[number];
export const LEGIBILITIES = ['intact', 'partial', 'altered', 'obliterated'] as const;
export type Legibility = (typeof LEGIBILITIES)[number];

/** A marking campaign: one place, dates, agency and machine; its markings are entered as weapons are marked. */
@Entity('marking_campaign')
export class MarkingCampaign {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') place: string;
  @Column('date') startsOn: string;
  @Column('date', { nullable: true }) endsOn: string | null;
  @Column('uuid') agencyId: string;
  @Column('text', { nullable: true }) markingMachine: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

/**
 * One mark on a firearm, part (firearm_id) or ammunition lot, as read: the text is
 * kept exactly as read, with its normalised and folded keys for the trace search.
 */
@Entity('marking')
export class Marking {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) firearmId: string | null;
  @Column('uuid', { nullable: true }) ammunitionLotId: string | null;
  @Column('text') type: MarkingType;
  @Column('text') textRaw: string;
  @Column('text') textNormalised: string;
  @Column('text') textFolded: string;
  @Column('text', { nullable: true }) location: string | null;
  @Column('text', { nullable: true }) method: MarkingMethod | null;
  @Column('text') legibility: Legibility;
  /** Import markings only (art. 8(1)(b)): importing country and, where possible, year. */
  @Column('char', { length: 2, nullable: true }) importCountry: string | null;
  @Column('integer', { nullable: true }) importYear: number | null;
  @Column('date', { nullable: true }) appliedOn: string | null;
  @Column('date', { nullable: true }) readOn: string | null;
  @Column('uuid', { nullable: true }) agencyId: string | null;
  @Column('uuid', { nullable: true }) campaignId: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('timestamptz') recordedAt: Date;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  /** The import and row that created this record (null when entered through the API). */
  @Column('uuid', { nullable: true }) importId: string | null;
  @Column('integer', { nullable: true }) importRow: number | null;
}

export const MARKING_ENTITIES = [MarkingCampaign, Marking];
