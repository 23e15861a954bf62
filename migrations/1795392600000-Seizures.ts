import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seizures (seized, found, surrendered), the items and persons involved, storage
 * facilities, the chain of custody, disposal, and hit alerts raised when a lost or
 * stolen firearm resurfaces. The chain of custody is held by the database itself:
 * one open step per item, and a step can only follow the step of the person who
 * hands the item over (a composite foreign key on previous step and custodian).
 */
export class Seizures1795392600000 implements MigrationInterface {
  name = 'Seizures1795392600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE firearm ADD COLUMN unregistered_before_seizure boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX ix_firearm_unregistered_before_seizure ON firearm (created_at) WHERE unregistered_before_seizure`);

    await db.query(`
      CREATE TABLE storage_facility (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        region text,
        locality text,
        address text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT uq_storage_facility_code UNIQUE (code)
      )`);

    await db.query(`
      CREATE TABLE seizure (
        id uuid PRIMARY KEY,
        reference text NOT NULL,
        type text NOT NULL CHECK (type IN ('seized', 'found', 'surrendered')),
        context text NOT NULL CHECK (context IN ('trafficking', 'illicit_possession', 'violent_crime', 'other_crime', 'unknown')),
        occurred_at timestamptz NOT NULL,
        region text,
        locality text,
        latitude numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
        longitude numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
        seizing_agency_id uuid NOT NULL REFERENCES agency (id),
        seizing_officer text NOT NULL,
        campaign text,
        criminal_case_number text,
        notes text,
        recorded_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT uq_seizure_reference UNIQUE (reference)
      )`);
    await db.query(`CREATE INDEX ix_seizure_occurred ON seizure (occurred_at)`);
    await db.query(`CREATE INDEX ix_seizure_agency_occurred ON seizure (seizing_agency_id, occurred_at)`);
    await db.query(`CREATE INDEX ix_seizure_type_context ON seizure (type, context)`);
    await db.query(`CREATE INDEX ix_seizure_case ON seizure (criminal_case_number) WHERE criminal_case_number IS NOT NULL`);

    await db.query(`
      CREATE TABLE seizure_item (
        id uuid PRIMARY KEY,
        seizure_id uuid NOT NULL REFERENCES seizure (id),
        ordinal integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('firearm', 'part', 'ammunition')),
        firearm_id uuid REFERENCES firearm (id),
        registered_before_seizure boolean NOT NULL,
        markings_text text,
        serial_legibility text CHECK (serial_legibility IN ('intact', 'partial', 'altered', 'obliterated')),
        description text,
        calibre_text text,
        calibre_code text REFERENCES calibre (code),
        make_text text,
        quantity integer CHECK (quantity > 0),
        lot_number text,
        headstamp text,
        state text NOT NULL CHECK (state IN ('seized', 'in_custody', 'disposed')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT uq_seizure_item_ordinal UNIQUE (seizure_id, ordinal),
        CHECK (kind = 'ammunition' AND firearm_id IS NULL AND calibre_text IS NOT NULL AND quantity IS NOT NULL
            OR kind IN ('firearm', 'part') AND firearm_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX ix_seizure_item_firearm ON seizure_item (firearm_id) WHERE firearm_id IS NOT NULL`);
    // A firearm is in at most one seizure item that has not been disposed of.
    await db.query(`CREATE UNIQUE INDEX uq_seizure_item_firearm_active ON seizure_item (firearm_id) WHERE firearm_id IS NOT NULL AND state <> 'disposed'`);

    await db.query(`
      CREATE TABLE seizure_person (
        id uuid PRIMARY KEY,
        seizure_id uuid NOT NULL REFERENCES seizure (id),
        role text NOT NULL CHECK (role IN ('suspect', 'owner_claimed', 'witness')),
        sex text CHECK (sex IN ('female', 'male', 'unknown')),
        age integer CHECK (age BETWEEN 0 AND 130),
        birth_year integer CHECK (birth_year BETWEEN 1880 AND 2200),
        nationality char(2) REFERENCES country (alpha2),
        holder_id uuid REFERENCES holder (id),
        notes text,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_seizure_person_seizure ON seizure_person (seizure_id)`);
    await db.query(`CREATE INDEX ix_seizure_person_holder ON seizure_person (holder_id) WHERE holder_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE custody_step (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES seizure_item (id),
        ordinal integer NOT NULL,
        previous_step_id uuid,
        facility_id uuid NOT NULL REFERENCES storage_facility (id),
        handed_over_by uuid REFERENCES app_user (id),
        custodian_id uuid NOT NULL REFERENCES app_user (id),
        received_at timestamptz NOT NULL,
        released_at timestamptz,
        closed_by text CHECK (closed_by IN ('handover', 'disposal')),
        seal_numbers text[] NOT NULL DEFAULT '{}',
        condition text,
        notes text,
        recorded_by uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT uq_custody_step_ordinal UNIQUE (item_id, ordinal),
        -- Targets of the chain's composite keys.
        CONSTRAINT uq_custody_step_item UNIQUE (id, item_id),
        CONSTRAINT uq_custody_step_custodian UNIQUE (id, custodian_id),
        -- A step continues a step of the same item, once, and only from the person who held it.
        CONSTRAINT uq_custody_step_successor UNIQUE (previous_step_id),
        CONSTRAINT fk_custody_step_same_item FOREIGN KEY (previous_step_id, item_id) REFERENCES custody_step (id, item_id),
        CONSTRAINT fk_custody_step_handed_by_holder FOREIGN KEY (previous_step_id, handed_over_by) REFERENCES custody_step (id, custodian_id),
        CHECK (previous_step_id IS NULL OR handed_over_by IS NOT NULL),
        CHECK ((released_at IS NULL) = (closed_by IS NULL)),
        CHECK (released_at IS NULL OR released_at >= received_at)
      )`);
    // An item is in one place at a time: at most one open step.
    await db.query(`CREATE UNIQUE INDEX uq_custody_step_open ON custody_step (item_id) WHERE released_at IS NULL`);
    await db.query(`CREATE INDEX ix_custody_step_facility_open ON custody_step (facility_id) WHERE released_at IS NULL`);

    await db.query(`
      CREATE TABLE disposal (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES seizure_item (id),
        type text NOT NULL CHECK (type IN ('destroyed', 'deactivated', 'returned_to_owner', 'retained_for_official_use')),
        occurred_on date NOT NULL,
        place text,
        method text,
        witnesses text[] NOT NULL DEFAULT '{}',
        certificate_number text,
        verifying_authority text,
        holder_id uuid REFERENCES holder (id),
        receiving_agency_id uuid REFERENCES agency (id),
        state_marking text,
        authorisation text,
        notes text,
        recorded_by uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL,
        -- Disposal is final: one per item.
        CONSTRAINT uq_disposal_item UNIQUE (item_id),
        CHECK (type <> 'destroyed' OR (method IS NOT NULL AND place IS NOT NULL AND certificate_number IS NOT NULL AND cardinality(witnesses) > 0)),
        CHECK (type <> 'deactivated' OR (certificate_number IS NOT NULL AND verifying_authority IS NOT NULL)),
        CHECK (type <> 'returned_to_owner' OR holder_id IS NOT NULL),
        CHECK (type <> 'retained_for_official_use' OR (state_marking IS NOT NULL AND receiving_agency_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_disposal_type_date ON disposal (type, occurred_on)`);

    await db.query(`
      CREATE TABLE hit_alert (
        id uuid PRIMARY KEY,
        firearm_id uuid NOT NULL REFERENCES firearm (id),
        trigger_event_id uuid NOT NULL REFERENCES firearm_event (id),
        trigger_event_type text NOT NULL,
        status_before text NOT NULL CHECK (status_before IN ('lost', 'stolen')),
        report_event_id uuid REFERENCES firearm_event (id),
        addressed_agency_id uuid NOT NULL REFERENCES agency (id),
        seizure_id uuid REFERENCES seizure (id),
        state text NOT NULL CHECK (state IN ('open', 'acknowledged')),
        raised_at timestamptz NOT NULL,
        acknowledged_by uuid REFERENCES app_user (id),
        acknowledged_at timestamptz,
        acknowledgement_note text,
        CONSTRAINT uq_hit_alert_trigger UNIQUE (trigger_event_id),
        CHECK ((state = 'acknowledged') = (acknowledged_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_hit_alert_agency_state ON hit_alert (addressed_agency_id, state, raised_at)`);
    await db.query(`CREATE INDEX ix_hit_alert_firearm_state ON hit_alert (firearm_id, state)`);
    await db.query(`CREATE INDEX ix_hit_alert_seizure ON hit_alert (seizure_id) WHERE seizure_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['hit_alert', 'disposal', 'custody_step', 'seizure_person', 'seizure_item', 'seizure', 'storage_facility']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE firearm DROP COLUMN unregistered_before_seizure`);
  }
}
