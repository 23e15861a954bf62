import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JsonObject } from '../../common/database/sql.js';
import type { FirearmStatus } from './lifecycle.js';

export const ITEM_KINDS = ['firearm', 'part'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const PART_TYPES = ['frame_receiver', 'barrel', 'slide_bolt', 'cylinder', 'other'] as const;
export const ORIGINS = ['industrial', 'craft_made', '3d_printed', 'converted', 'reactivated', 'unknown'] as const;

/**
 * A firearm, or a part or component registered the same way (item_kind): both
 * carry markings, a serial, a holder and the same lifecycle.
 */
@Entity('firearm')
export class Firearm {
  @PrimaryColumn('uuid') id: string;
  @Column('text') itemKind: ItemKind;
  @Column('text', { nullable: true }) partType: (typeof PART_TYPES)[number] | null;
  @Column('uuid', { nullable: true }) parentFirearmId: string | null;
  @Column('text', { nullable: true }) categoryCode: string | null;
  @Column('text', { nullable: true }) actionCode: string | null;
  /** The make as written on the record or the weapon, always kept. */
  @Column('text', { nullable: true }) makeText: string | null;
  /** Null with a makeText: kept as written and waiting for review. */
  @Column('text', { nullable: true }) manufacturerCode: string | null;
  @Column('text', { nullable: true }) model: string | null;
  @Column('text', { nullable: true }) calibreText: string | null;
  @Column('text', { nullable: true }) calibreCode: string | null;
  @Column('text', { nullable: true }) serialRaw: string | null;
  @Column('text', { nullable: true }) serialNormalised: string | null;
  @Column('text', { nullable: true }) serialFolded: string | null;
  @Column('char', { length: 2, nullable: true }) countryOfManufacture: string | null;
  @Column('integer', { nullable: true }) yearOfManufacture: number | null;
  @Column('numeric', { precision: 7, scale: 1, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  barrelLengthMm: number | null;
  @Column('text') origin: (typeof ORIGINS)[number];
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') status: FirearmStatus;
  /** The last legal holder: kept through loss, theft and seizure, for tracing. */
  @Column('uuid', { nullable: true }) holderId: string | null;
  @Column('uuid') registeringAgencyId: string;
  @Column('uuid', { nullable: true }) mergedIntoId: string | null;
  /** First recorded from a seizure, find or surrender: it was never on the register before. */
  @Column('boolean') unregisteredBeforeSeizure: boolean;
  /** Bulk imports: the file's own key (unique), and the import and row the record came from. */
  @Column('text', { nullable: true }) importKey: string | null;
  @Column('uuid', { nullable: true }) importId: string | null;
  @Column('integer', { nullable: true }) importRow: number | null;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

/** One step of a firearm's life. Never changed once written. */
@Entity('firearm_event')
export class FirearmEvent {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') firearmId: string;
  @Column('integer') ordinal: number;
  /** A lifecycle event type, or "corrected", "merged", "merged_into". */
  @Column('text') type: string;
  @Column('date') occurredOn: string;
  @Column('timestamptz') recordedAt: Date;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('uuid', { nullable: true }) agencyId: string | null;
  @Column('text', { nullable: true }) place: string | null;
  @Column('uuid', { nullable: true }) holderId: string | null;
  @Column('uuid', { nullable: true }) previousHolderId: string | null;
  @Column('uuid', { nullable: true }) licenceId: string | null;
  @Column('text', { nullable: true }) statusBefore: string | null;
  @Column('text') statusAfter: string;
  @Column('text', { array: true }) referenceDocuments: string[];
  @Column('text', { nullable: true }) notes: string | null;
  @Column('jsonb') details: JsonObject;
  @Column('text', { nullable: true }) reason: string | null;
}

export const AMMUNITION_STATUSES = ['registered', 'in_custody', 'destroyed', 'lost', 'stolen'] as const;

@Entity('ammunition_lot')
export class AmmunitionLot {
  @PrimaryColumn('uuid') id: string;
  @Column('text') calibreText: string;
  @Column('text', { nullable: true }) calibreCode: string | null;
  @Column('text', { nullable: true }) makeText: string | null;
  @Column('text', { nullable: true }) manufacturerCode: string | null;
  @Column('text', { nullable: true }) lotNumber: string | null;
  @Column('integer', { nullable: true }) yearOfManufacture: number | null;
  @Column('integer') quantity: number;
  @Column('text', { nullable: true }) headstamp: string | null;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') status: (typeof AMMUNITION_STATUSES)[number];
  @Column('uuid', { nullable: true }) holderId: string | null;
  @Column('uuid') registeringAgencyId: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
