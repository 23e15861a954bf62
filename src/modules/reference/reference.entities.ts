import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('country')
export class Country {
  @PrimaryColumn('char', { length: 2 }) alpha2: string;
  @Column('char', { length: 3 }) alpha3: string;
  @Column('char', { length: 3 }) numericCode: string;
  @Column('text') nameEn: string;
  @Column('text') nameFr: string;
  @Column('text') nameEs: string;
  @Column('boolean') active: boolean;
}

@Entity('firearm_category')
export class FirearmCategory {
  @PrimaryColumn('text') code: string;
  @Column('text') nameEn: string;
  @Column('text') nameFr: string;
  @Column('text') nameEs: string;
  @Column('boolean') active: boolean;
}

@Entity('firearm_action')
export class FirearmAction {
  @PrimaryColumn('text') code: string;
  @Column('text') nameEn: string;
  @Column('text') nameFr: string;
  @Column('text') nameEs: string;
  @Column('boolean') active: boolean;
}

@Entity('calibre')
export class Calibre {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  @Column('boolean') active: boolean;
}

@Entity('calibre_alias')
export class CalibreAlias {
  @PrimaryColumn('text') aliasKey: string;
  @Column('text') alias: string;
  @Column('text') calibreCode: string;
}

@Entity('manufacturer')
export class Manufacturer {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  @Column('char', { length: 2, nullable: true }) country: string | null;
  @Column('boolean') active: boolean;
}

@Entity('manufacturer_alias')
export class ManufacturerAlias {
  @PrimaryColumn('text') aliasKey: string;
  @Column('text') alias: string;
  @Column('text') manufacturerCode: string;
}

@Entity('retention_setting')
export class RetentionSetting {
  @PrimaryColumn('text') recordClass: string;
  @Column('integer') minimumYears: number;
  @Column('text') legalBasis: string;
  @Column('timestamptz') updatedAt: Date;
}

/** A name a register writes for a coded value of a list (category, country, origin…), keyed folded. */
@Entity('value_alias')
export class ValueAlias {
  @PrimaryColumn('text') list: string;
  @PrimaryColumn('text') aliasKey: string;
  @Column('text') alias: string;
  @Column('text') code: string;
}

export const REFERENCE_ENTITIES = [ValueAlias, Country, FirearmCategory, FirearmAction, Calibre, CalibreAlias, Manufacturer, ManufacturerAlias, RetentionSetting];
