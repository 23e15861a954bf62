import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register: holders, licences, firearms and their parts (one table, an
 * item_kind column), ammunition lots, and the lifecycle events that move them.
 * Nothing here is ever deleted: corrections and merges are events.
 */
export class Register1795392300000 implements MigrationInterface {
  name = 'Register1795392300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE holder (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('person', 'organisation')),
        family_name text,
        given_names text,
        birth_date date,
        sex text CHECK (sex IN ('female', 'male', 'unknown')),
        nationality char(2) REFERENCES country (alpha2),
        id_document_type text,
        id_document_number text,
        id_document_country char(2) REFERENCES country (alpha2),
        organisation_type text,
        legal_name text,
        registration_number text,
        country char(2) REFERENCES country (alpha2),
        address text,
        phone text,
        registering_agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (kind = 'person' AND family_name IS NOT NULL OR kind = 'organisation' AND legal_name IS NOT NULL AND organisation_type IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX ix_holder_name_trgm ON holder USING gin ((coalesce(family_name, '') || ' ' || coalesce(given_names, '') || ' ' || coalesce(legal_name, '')) gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_holder_document ON holder (id_document_number) WHERE id_document_number IS NOT NULL`);
    await db.query(`CREATE INDEX ix_holder_registration ON holder (registration_number) WHERE registration_number IS NOT NULL`);

    await db.query(`
      CREATE TABLE licence (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('possession', 'dealer', 'manufacturer')),
        holder_id uuid NOT NULL REFERENCES holder (id),
        issuing_agency_id uuid NOT NULL REFERENCES agency (id),
        issued_on date NOT NULL,
        expires_on date NOT NULL,
        state text NOT NULL CHECK (state IN ('active', 'suspended', 'revoked')),
        state_reason text,
        categories text[] NOT NULL DEFAULT '{}',
        conditions text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT uq_licence_number UNIQUE (number),
        CHECK (expires_on >= issued_on)
      )`);
    await db.query(`CREATE INDEX ix_licence_holder ON licence (holder_id)`);

    await db.query(`
      CREATE TABLE firearm (
        id uuid PRIMARY KEY,
        item_kind text NOT NULL CHECK (item_kind IN ('firearm', 'part')),
        part_type text CHECK (part_type IN ('frame_receiver', 'barrel', 'slide_bolt', 'cylinder', 'other')),
        parent_firearm_id uuid REFERENCES firearm (id),
        category_code text REFERENCES firearm_category (code),
        action_code text REFERENCES firearm_action (code),
        make_text text,
        manufacturer_code text REFERENCES manufacturer (code),
        model text,
        calibre_text text,
        calibre_code text REFERENCES calibre (code),
        serial_raw text,
        serial_normalised text,
        serial_folded text,
        country_of_manufacture char(2) REFERENCES country (alpha2),
        year_of_manufacture integer CHECK (year_of_manufacture BETWEEN 1500 AND 2200),
        barrel_length_mm numeric(7, 1),
        origin text NOT NULL CHECK (origin IN ('industrial', 'craft_made', '3d_printed', 'converted', 'reactivated', 'unknown')),
        description text,
        status text NOT NULL,
        holder_id uuid REFERENCES holder (id),
        registering_agency_id uuid NOT NULL REFERENCES agency (id),
        merged_into_id uuid REFERENCES firearm (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (item_kind = 'firearm' AND category_code IS NOT NULL AND part_type IS NULL OR item_kind = 'part' AND part_type IS NOT NULL)
      )`);
    // Trace search: exact by normalised serial (+ make), folded, and partial through trigrams.
    await db.query(`CREATE INDEX ix_firearm_serial_make ON firearm (serial_normalised, manufacturer_code)`);
    await db.query(`CREATE INDEX ix_firearm_serial_folded ON firearm (serial_folded)`);
    await db.query(`CREATE INDEX ix_firearm_serial_trgm ON firearm USING gin (serial_folded gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_firearm_status ON firearm (status, item_kind)`);
    await db.query(`CREATE INDEX ix_firearm_holder ON firearm (holder_id)`);
    await db.query(`CREATE INDEX ix_firearm_agency_created ON firearm (registering_agency_id, created_at)`);
    await db.query(`CREATE INDEX ix_firearm_manufacturer ON firearm (manufacturer_code)`);
    await db.query(`CREATE INDEX ix_firearm_parent ON firearm (parent_firearm_id) WHERE parent_firearm_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_firearm_make_review ON firearm (make_text) WHERE manufacturer_code IS NULL AND make_text IS NOT NULL`);

    await db.query(`
      CREATE TABLE licence_firearm (
        licence_id uuid NOT NULL REFERENCES licence (id),
        firearm_id uuid NOT NULL REFERENCES firearm (id),
        added_at timestamptz NOT NULL,
        PRIMARY KEY (licence_id, firearm_id)
      )`);
    await db.query(`CREATE INDEX ix_licence_firearm_firearm ON licence_firearm (firearm_id)`);

    await db.query(`
      CREATE TABLE firearm_event (
        id uuid PRIMARY KEY,
        firearm_id uuid NOT NULL REFERENCES firearm (id),
        ordinal integer NOT NULL,
        type text NOT NULL,
        occurred_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid,
        agency_id uuid REFERENCES agency (id),
        place text,
        holder_id uuid REFERENCES holder (id),
        previous_holder_id uuid REFERENCES holder (id),
        licence_id uuid REFERENCES licence (id),
        status_before text,
        status_after text NOT NULL,
        reference_documents text[] NOT NULL DEFAULT '{}',
        notes text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        reason text,
        CONSTRAINT uq_firearm_event_ordinal UNIQUE (firearm_id, ordinal)
      )`);
    await db.query(`CREATE INDEX ix_firearm_event_type_date ON firearm_event (type, occurred_on)`);
    await db.query(`CREATE INDEX ix_firearm_event_holder ON firearm_event (holder_id) WHERE holder_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE ammunition_lot (
        id uuid PRIMARY KEY,
        calibre_text text NOT NULL,
        calibre_code text REFERENCES calibre (code),
        make_text text,
        manufacturer_code text REFERENCES manufacturer (code),
        lot_number text,
        year_of_manufacture integer CHECK (year_of_manufacture BETWEEN 1800 AND 2200),
        quantity integer NOT NULL CHECK (quantity >= 0),
        headstamp text,
        description text,
        status text NOT NULL CHECK (status IN ('registered', 'in_custody', 'destroyed', 'lost', 'stolen')),
        holder_id uuid REFERENCES holder (id),
        registering_agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_ammunition_lot_lot ON ammunition_lot (manufacturer_code, lot_number)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['ammunition_lot', 'firearm_event', 'licence_firearm', 'firearm', 'licence', 'holder']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
