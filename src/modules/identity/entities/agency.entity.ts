import { Column, Entity, PrimaryColumn } from 'typeorm';

export const AGENCY_TYPES = [
  'national_firearms_authority',
  'police',
  'gendarmerie',
  'customs',
  'border_guard',
  'prosecution',
  'judiciary',
  'armed_forces',
  'forensic_laboratory',
  'other',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

@Entity('agency')
export class Agency {
  @PrimaryColumn('uuid')
  id: string;

  /** Short stable code used on documents and in imports (e.g. "PN-DKR"). */
  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  type: AgencyType;

  @Column('text', { nullable: true })
  region: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
