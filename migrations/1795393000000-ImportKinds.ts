import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of every kind the registry is filled from: firearms, holders, licences,
 * campaign markings and seizure items. A job may target a marking campaign or a
 * seizure case; each record it creates keeps the import and row it came from
 * (what "duplicate of row N in this file" is decided by), and holders and seizure
 * items may carry the file's own key, which makes a second run create nothing.
 */
export class ImportKinds1795393000000 implements MigrationInterface {
  name = 'ImportKinds1795393000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check`);
    await db.query(`ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('firearms', 'holders', 'licences', 'markings', 'seizure_items'))`);
    await db.query(`ALTER TABLE import_job ADD COLUMN campaign_id uuid REFERENCES marking_campaign (id), ADD COLUMN seizure_id uuid REFERENCES seizure (id)`);
    await db.query(`ALTER TABLE import_job ADD CONSTRAINT import_job_target_check CHECK ((kind = 'seizure_items') = (seizure_id IS NOT NULL) AND (campaign_id IS NULL OR kind = 'markings'))`);

    await db.query(`ALTER TABLE holder ADD COLUMN import_key text, ADD COLUMN import_id uuid REFERENCES import_job (id), ADD COLUMN import_row integer`);
    await db.query(`CREATE UNIQUE INDEX uq_holder_import_key ON holder (import_key) WHERE import_key IS NOT NULL`);
    await db.query(`ALTER TABLE licence ADD COLUMN import_id uuid REFERENCES import_job (id), ADD COLUMN import_row integer`);
    await db.query(`ALTER TABLE marking ADD COLUMN import_id uuid REFERENCES import_job (id), ADD COLUMN import_row integer`);
    await db.query(`ALTER TABLE seizure_item ADD COLUMN import_key text, ADD COLUMN import_id uuid REFERENCES import_job (id), ADD COLUMN import_row integer`);
    await db.query(`CREATE UNIQUE INDEX uq_seizure_item_import_key ON seizure_item (seizure_id, import_key) WHERE import_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE seizure_item DROP COLUMN import_key, DROP COLUMN import_id, DROP COLUMN import_row`);
    await db.query(`ALTER TABLE marking DROP COLUMN import_id, DROP COLUMN import_row`);
    await db.query(`ALTER TABLE licence DROP COLUMN import_id, DROP COLUMN import_row`);
    await db.query(`ALTER TABLE holder DROP COLUMN import_key, DROP COLUMN import_id, DROP COLUMN import_row`);
    await db.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_target_check, DROP COLUMN campaign_id, DROP COLUMN seizure_id`);
    await db.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check`);
    await db.query(`ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('firearms'))`);
  }
}
