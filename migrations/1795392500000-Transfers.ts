import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfers (Firearms Protocol art. 7 and 10): import, export and transit licences
 * with the items they authorise, shipments under them, receipts of what actually
 * arrived, and domestic transfers between holders. Used / partly used / expired
 * are derived from these rows, never stored; only issued / revoked is a decision.
 */
export class Transfers1795392500000 implements MigrationInterface {
  name = 'Transfers1795392500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE trade_licence (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('import', 'export', 'transit')),
        issuing_authority text NOT NULL,
        issuing_country char(2) NOT NULL REFERENCES country (alpha2),
        place_of_issue text,
        issued_on date NOT NULL,
        expires_on date NOT NULL,
        exporting_country char(2) NOT NULL REFERENCES country (alpha2),
        importing_country char(2) NOT NULL REFERENCES country (alpha2),
        transit_countries text[] NOT NULL DEFAULT '{}',
        exporter_holder_id uuid REFERENCES holder (id),
        exporter_name text NOT NULL,
        importer_holder_id uuid REFERENCES holder (id),
        importer_name text NOT NULL,
        final_recipient_holder_id uuid REFERENCES holder (id),
        final_recipient_name text NOT NULL,
        end_user_certificate_ref text,
        import_licence_id uuid REFERENCES trade_licence (id),
        import_licence_number text,
        import_licence_country char(2) REFERENCES country (alpha2),
        import_licence_issued_on date,
        import_licence_expires_on date,
        state text NOT NULL CHECK (state IN ('issued', 'revoked')),
        state_reason text,
        notes text,
        registering_agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT uq_trade_licence_number UNIQUE (issuing_country, number),
        CHECK (expires_on >= issued_on),
        -- art. 10.2: no export licence without the importing country's import licence.
        CONSTRAINT ck_trade_licence_export_needs_import CHECK (kind <> 'export' OR (import_licence_number IS NOT NULL AND import_licence_country = importing_country))
      )`);
    await db.query(`CREATE INDEX ix_trade_licence_kind_issued ON trade_licence (kind, issued_on)`);
    await db.query(`CREATE INDEX ix_trade_licence_import_ref ON trade_licence (import_licence_id) WHERE import_licence_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE trade_licence_item (
        id uuid PRIMARY KEY,
        licence_id uuid NOT NULL REFERENCES trade_licence (id),
        line_no integer NOT NULL CHECK (line_no > 0),
        item_kind text NOT NULL CHECK (item_kind IN ('firearm', 'part', 'ammunition')),
        category_code text REFERENCES firearm_category (code),
        part_type text,
        make_text text,
        manufacturer_code text REFERENCES manufacturer (code),
        model text,
        calibre_text text,
        calibre_code text REFERENCES calibre (code),
        firearm_id uuid REFERENCES firearm (id),
        serial_raw text,
        serial_normalised text,
        quantity integer NOT NULL CHECK (quantity > 0),
        description text,
        CONSTRAINT uq_trade_licence_item_line UNIQUE (licence_id, line_no),
        CHECK (serial_normalised IS NULL OR quantity = 1)
      )`);

    await db.query(`
      CREATE TABLE trade_shipment (
        id uuid PRIMARY KEY,
        licence_id uuid NOT NULL REFERENCES trade_licence (id),
        reference text,
        shipped_on date NOT NULL,
        carrier_name text,
        carrier_holder_id uuid REFERENCES holder (id),
        route text[] NOT NULL DEFAULT '{}',
        route_description text,
        delivery_confirmed_on date,
        delivery_confirmation_reference text,
        delivery_confirmed_by text,
        notes text,
        registering_agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_trade_shipment_licence ON trade_shipment (licence_id, shipped_on)`);

    await db.query(`
      CREATE TABLE trade_shipment_item (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES trade_shipment (id),
        line_no integer NOT NULL CHECK (line_no > 0),
        licence_item_id uuid NOT NULL REFERENCES trade_licence_item (id),
        item_kind text NOT NULL CHECK (item_kind IN ('firearm', 'part', 'ammunition')),
        firearm_id uuid REFERENCES firearm (id),
        serial_raw text,
        serial_normalised text,
        category_code text REFERENCES firearm_category (code),
        part_type text,
        make_text text,
        manufacturer_code text REFERENCES manufacturer (code),
        model text,
        calibre_text text,
        calibre_code text REFERENCES calibre (code),
        lot_number text,
        quantity integer NOT NULL CHECK (quantity > 0),
        lost_reported_on date,
        lost_reason text,
        CONSTRAINT uq_trade_shipment_item_line UNIQUE (shipment_id, line_no),
        CHECK (serial_normalised IS NULL OR quantity = 1)
      )`);
    await db.query(`CREATE INDEX ix_trade_shipment_item_licence_item ON trade_shipment_item (licence_item_id)`);
    await db.query(`CREATE INDEX ix_trade_shipment_item_serial ON trade_shipment_item (serial_normalised) WHERE serial_normalised IS NOT NULL`);
    await db.query(`CREATE INDEX ix_trade_shipment_item_firearm ON trade_shipment_item (firearm_id) WHERE firearm_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE trade_receipt (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES trade_shipment (id),
        received_on date NOT NULL,
        place text,
        received_by text,
        notes text,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid
      )`);
    await db.query(`CREATE INDEX ix_trade_receipt_shipment ON trade_receipt (shipment_id)`);

    await db.query(`
      CREATE TABLE trade_receipt_item (
        id uuid PRIMARY KEY,
        receipt_id uuid NOT NULL REFERENCES trade_receipt (id),
        shipment_id uuid NOT NULL REFERENCES trade_shipment (id),
        line_no integer NOT NULL CHECK (line_no > 0),
        licence_item_id uuid NOT NULL REFERENCES trade_licence_item (id),
        item_kind text NOT NULL CHECK (item_kind IN ('firearm', 'part', 'ammunition')),
        serial_raw text,
        serial_normalised text,
        category_code text REFERENCES firearm_category (code),
        part_type text,
        make_text text,
        manufacturer_code text REFERENCES manufacturer (code),
        model text,
        calibre_text text,
        calibre_code text REFERENCES calibre (code),
        lot_number text,
        quantity integer NOT NULL CHECK (quantity > 0),
        firearm_id uuid REFERENCES firearm (id),
        ammunition_lot_id uuid REFERENCES ammunition_lot (id),
        CONSTRAINT uq_trade_receipt_item_line UNIQUE (receipt_id, line_no),
        CHECK (serial_normalised IS NULL OR quantity = 1)
      )`);
    await db.query(`CREATE INDEX ix_trade_receipt_item_shipment ON trade_receipt_item (shipment_id)`);
    // A serial is received once per shipment: a second receipt of it is a mistake, not a fact.
    await db.query(`CREATE UNIQUE INDEX uq_trade_receipt_item_serial ON trade_receipt_item (shipment_id, item_kind, serial_normalised) WHERE serial_normalised IS NOT NULL`);

    await db.query(`
      CREATE TABLE domestic_transfer (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('sale', 'gift', 'inheritance', 'inter_agency', 'state_to_civilian')),
        firearm_id uuid NOT NULL REFERENCES firearm (id),
        from_holder_id uuid NOT NULL REFERENCES holder (id),
        to_holder_id uuid NOT NULL REFERENCES holder (id),
        to_licence_id uuid NOT NULL REFERENCES licence (id),
        state_transfer_marking text,
        status text NOT NULL CHECK (status IN ('pending', 'completed', 'cancelled')),
        agreed_on date NOT NULL,
        completed_on date,
        firearm_event_id uuid REFERENCES firearm_event (id),
        reference_documents text[] NOT NULL DEFAULT '{}',
        notes text,
        cancel_reason text,
        registering_agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (from_holder_id <> to_holder_id),
        -- art. 8(1)(c): a firearm leaving state stocks for civilian use is marked.
        CONSTRAINT ck_domestic_transfer_state_marking CHECK (kind <> 'state_to_civilian' OR state_transfer_marking IS NOT NULL),
        CHECK (status <> 'completed' OR (completed_on IS NOT NULL AND firearm_event_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_domestic_transfer_firearm ON domestic_transfer (firearm_id, created_at)`);
    await db.query(`CREATE INDEX ix_domestic_transfer_holders ON domestic_transfer (from_holder_id, to_holder_id)`);
    // One open transfer per firearm: two pending sales of one pistol is how diversion starts.
    await db.query(`CREATE UNIQUE INDEX uq_domestic_transfer_pending ON domestic_transfer (firearm_id) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['domestic_transfer', 'trade_receipt_item', 'trade_receipt', 'trade_shipment_item', 'trade_shipment', 'trade_licence_item', 'trade_licence']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
