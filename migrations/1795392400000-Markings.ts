import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Markings (Firearms Protocol art. 8) on firearms, parts and ammunition lots, the
 * marking campaigns that apply them, and the indexes the trace search relies on:
 * markings are searched by serial pattern like the firearm's own serial, so their
 * folded text gets the same btree + trigram pair as firearm.serial_folded.
 */
export class Markings1795392400000 implements MigrationInterface {
  name = 'Markings1795392400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE marking_campaign (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        place text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        agency_id uuid NOT NULL REFERENCES agency (id),
        marking_machine text,
        notes text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX ix_marking_campaign_agency ON marking_campaign (agency_id, starts_on)`);

    await db.query(`
      CREATE TABLE marking (
        id uuid PRIMARY KEY,
        firearm_id uuid REFERENCES firearm (id),
        ammunition_lot_id uuid REFERENCES ammunition_lot (id),
        type text NOT NULL CHECK (type IN ('manufacture', 'import', 'state_transfer', 'deactivation', 'proof', 'other')),
        text_raw text NOT NULL,
        text_normalised text NOT NULL,
        text_folded text NOT NULL,
        location text,
        method text CHECK (method IN ('stamped', 'engraved', 'laser', 'cast', 'other')),
        legibility text NOT NULL CHECK (legibility IN ('intact', 'partial', 'altered', 'obliterated')),
        import_country char(2) REFERENCES country (alpha2),
        import_year integer CHECK (import_year BETWEEN 1800 AND 2200),
        applied_on date,
        read_on date,
        agency_id uuid REFERENCES agency (id),
        campaign_id uuid REFERENCES marking_campaign (id),
        notes text,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid,
        CHECK ((firearm_id IS NULL) <> (ammunition_lot_id IS NULL)),
        CHECK (type = 'import' OR (import_country IS NULL AND import_year IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_marking_firearm ON marking (firearm_id) WHERE firearm_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_marking_ammunition_lot ON marking (ammunition_lot_id) WHERE ammunition_lot_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_marking_campaign ON marking (campaign_id) WHERE campaign_id IS NOT NULL`);
    // Trace search: exact and folded lookups, partial text through trigrams, import marking filters.
    await db.query(`CREATE INDEX ix_marking_text_folded ON marking (text_folded)`);
    await db.query(`CREATE INDEX ix_marking_text_trgm ON marking USING gin (text_folded gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_marking_import ON marking (import_country, import_year) WHERE type = 'import'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE marking`);
    await db.query(`DROP TABLE marking_campaign`);
  }
}
