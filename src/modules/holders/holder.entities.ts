import { Column, Entity, PrimaryColumn } from 'typeorm';

export const HOLDER_KINDS = ['person', 'organisation'] as const;
export const SEXES = ['female', 'male', 'unknown'] as const;
export const ORGANISATION_TYPES = ['manufacturer', 'dealer', 'broker', 'carrier', 'state_agency', 'security_company', 'shooting_club', 'other'] as const;
export const LICENCE_KINDS = ['possession', 'dealer', 'manufacturer'] as const;
export const LICENCE_STATES = ['active', 'suspended', 'revoked'] as const;

@Entity('holder')
export class Holder {
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: (typeof HOLDER_KINDS)[number];
  @Column('text', { nullable: true }) familyName: string | null;
  @Column('text', { nullable: true }) givenNames: string | null;
  @Column('date', { nullable: true }) birthDate: string | null;
  @Column('text', { nullable: true }) sex: (typeof SEXES)[number] | null;
  @Column('char', { length: 2, nullable: true }) nationality: string | null;
  @Column('text', { nullable: true }) idDocumentType: string | null;
  @Column('text', { nullable: true }) idDocumentNumber: string | null;
  @Column('char', { length: 2, nullable: true }) idDocumentCountry: string | null;
  @Column('text', { nullable: true }) organisationType: (typeof ORGANISATION_TYPES)[number] | null;
  @Column('text', { nullable: true }) legalName: string | null;
  @Column('text', { nullable: true }) registrationNumber: string | null;
  @Column('char', { length: 2, nullable: true }) country: string | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('uuid') registeringAgencyId: string;
  /** Created from a name on a firearms import's row, with no document: listed (`?nameOnly=true`) until a document completes it. */
  @Column('boolean', { default: false }) identifiedByNameOnly: boolean;
  /** The importing file's own key for this record: a second run of the file matches it. */
  @Column('text', { nullable: true }) importKey: string | null;
  /** The import and row that created this record (null when entered through the API). */
  @Column('uuid', { nullable: true }) importId: string | null;
  @Column('integer', { nullable: true }) importRow: number | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

@Entity('licence')
export class Licence {
  @PrimaryColumn('uuid') id: string;
  @Column('text') number: string;
  @Column('text') kind: (typeof LICENCE_KINDS)[number];
  @Column('uuid') holderId: string;
  @Column('uuid') issuingAgencyId: string;
  @Column('date') issuedOn: string;
  @Column('date') expiresOn: string;
  /** What an officer decided; "expired" is derived from expiresOn, never stored. */
  @Column('text') state: (typeof LICENCE_STATES)[number];
  @Column('text', { nullable: true }) stateReason: string | null;
  /** Firearm categories the licence covers; empty covers every category. */
  @Column('text', { array: true }) categories: string[];
  @Column('text', { nullable: true }) conditions: string | null;
  /** The import and row that created this record (null when entered through the API). */
  @Column('uuid', { nullable: true }) importId: string | null;
  @Column('integer', { nullable: true }) importRow: number | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

@Entity('licence_firearm')
export class LicenceFirearm {
  @PrimaryColumn('uuid') licenceId: string;
  @PrimaryColumn('uuid') firearmId: string;
  @Column('timestamptz') addedAt: Date;
}
