import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every list pages on an index that matches its order (newest first, id as the
 * tie-break) and its filters, so a page of 50 reads 50 index entries at 10
 * million firearms instead of sorting the table. Where an older index is the
 * leading part of a new one, the new one replaces it: the register's hottest
 * table pays for every index on every insert.
 */
export class ListIndexes1795460000000 implements MigrationInterface {
  name = 'ListIndexes1795460000000';

  async up(db: QueryRunner): Promise<void> {
    // Firearms, parts: the default list and each filter the list screen offers.
    await db.query(`CREATE INDEX ix_firearm_list ON firearm (item_kind, created_at, id)`);
    await db.query(`CREATE INDEX ix_firearm_category_list ON firearm (category_code, item_kind, created_at, id)`);
    await db.query(`DROP INDEX ix_firearm_status`);
    await db.query(`CREATE INDEX ix_firearm_status ON firearm (status, item_kind, created_at, id)`);
    await db.query(`DROP INDEX ix_firearm_manufacturer`);
    await db.query(`CREATE INDEX ix_firearm_manufacturer ON firearm (manufacturer_code, item_kind, created_at, id)`);
    await db.query(`DROP INDEX ix_firearm_agency_created`);
    await db.query(`CREATE INDEX ix_firearm_agency_created ON firearm (registering_agency_id, item_kind, created_at, id)`);
    await db.query(`DROP INDEX ix_firearm_holder`);
    await db.query(`CREATE INDEX ix_firearm_holder ON firearm (holder_id, created_at, id)`);
    // Holders, licences, ammunition, imports, tracing requests, domestic transfers, seizures, alerts, shipments.
    await db.query(`CREATE INDEX ix_holder_list ON holder (created_at, id)`);
    await db.query(`CREATE INDEX ix_holder_kind_list ON holder (kind, created_at, id)`);
    await db.query(`CREATE INDEX ix_licence_list ON licence (issued_on, id)`);
    await db.query(`DROP INDEX ix_licence_holder`);
    await db.query(`CREATE INDEX ix_licence_holder ON licence (holder_id, issued_on, id)`);
    await db.query(`CREATE INDEX ix_ammunition_lot_list ON ammunition_lot (created_at, id)`);
    await db.query(`CREATE INDEX ix_import_job_list ON import_job (created_at, id)`);
    await db.query(`CREATE INDEX ix_trace_request_list ON trace_request (created_at, id)`);
    await db.query(`CREATE INDEX ix_domestic_transfer_list ON domestic_transfer (created_at, id)`);
    await db.query(`CREATE INDEX ix_seizure_list ON seizure (occurred_at, id)`);
    await db.query(`CREATE INDEX ix_hit_alert_list ON hit_alert (raised_at, id)`);
    await db.query(`CREATE INDEX ix_trade_shipment_list ON trade_shipment (shipped_on, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'ix_firearm_list', 'ix_firearm_category_list', 'ix_holder_list', 'ix_holder_kind_list', 'ix_licence_list', 'ix_ammunition_lot_list', 'ix_import_job_list',
      'ix_trace_request_list', 'ix_domestic_transfer_list', 'ix_seizure_list', 'ix_hit_alert_list', 'ix_trade_shipment_list',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    await db.query(`DROP INDEX ix_firearm_status`);
    await db.query(`CREATE INDEX ix_firearm_status ON firearm (status, item_kind)`);
    await db.query(`DROP INDEX ix_firearm_manufacturer`);
    await db.query(`CREATE INDEX ix_firearm_manufacturer ON firearm (manufacturer_code)`);
    await db.query(`DROP INDEX ix_firearm_agency_created`);
    await db.query(`CREATE INDEX ix_firearm_agency_created ON firearm (registering_agency_id, created_at)`);
    await db.query(`DROP INDEX ix_firearm_holder`);
    await db.query(`CREATE INDEX ix_firearm_holder ON firearm (holder_id)`);
    await db.query(`DROP INDEX ix_licence_holder`);
    await db.query(`CREATE INDEX ix_licence_holder ON licence (holder_id)`);
  }
}
