import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference tables keyed by stable codes (loaded from seeds/reference), with
 * alias tables keyed by the normalised spelling so resolving a name is one
 * index lookup. Retention settings live here too.
 */
export class ReferenceData1795392200000 implements MigrationInterface {
  name = 'ReferenceData1795392200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE country (
        alpha2 char(2) PRIMARY KEY,
        alpha3 char(3) NOT NULL UNIQUE,
        numeric_code char(3) NOT NULL,
        name_en text NOT NULL,
        name_fr text NOT NULL,
        name_es text NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    for (const table of ['firearm_category', 'firearm_action']) {
      await db.query(`
        CREATE TABLE ${table} (
          code text PRIMARY KEY,
          name_en text NOT NULL,
          name_fr text NOT NULL,
          name_es text NOT NULL,
          active boolean NOT NULL DEFAULT true
        )`);
    }
    await db.query(`
      CREATE TABLE calibre (
        code text PRIMARY KEY,
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      CREATE TABLE calibre_alias (
        alias_key text PRIMARY KEY,
        alias text NOT NULL,
        calibre_code text NOT NULL REFERENCES calibre (code)
      )`);
    await db.query(`CREATE INDEX ix_calibre_alias_calibre ON calibre_alias (calibre_code)`);
    await db.query(`
      CREATE TABLE manufacturer (
        code text PRIMARY KEY,
        name text NOT NULL,
        country char(2) REFERENCES country (alpha2),
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      CREATE TABLE manufacturer_alias (
        alias_key text PRIMARY KEY,
        alias text NOT NULL,
        manufacturer_code text NOT NULL REFERENCES manufacturer (code)
      )`);
    await db.query(`CREATE INDEX ix_manufacturer_alias_manufacturer ON manufacturer_alias (manufacturer_code)`);
    await db.query(`
      CREATE TABLE retention_setting (
        record_class text PRIMARY KEY,
        minimum_years integer NOT NULL CHECK (minimum_years >= 10),
        legal_basis text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // ITI: manufacturing records at least 30 years, all others at least 20; Protocol art. 7: at least 10.
    await db.query(`
      INSERT INTO retention_setting (record_class, minimum_years, legal_basis, updated_at) VALUES
        ('manufacture', 30, 'International Tracing Instrument, para. 12(a)', now()),
        ('other', 20, 'International Tracing Instrument, para. 12(b)', now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['retention_setting', 'manufacturer_alias', 'manufacturer', 'calibre_alias', 'calibre', 'firearm_action', 'firearm_category', 'country']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
