import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk imports: the job, its rejected rows, and on each imported firearm the
 * import and row it came from plus the file's own key, which is what makes a
 * second run of the same file create nothing.
 */
export class Imports1795392700000 implements MigrationInterface {
  name = 'Imports1795392700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('firearms')),
        status text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
        dry_run boolean NOT NULL,
        all_or_nothing boolean NOT NULL,
        file_name text NOT NULL,
        file_path text NOT NULL,
        file_size bigint NOT NULL,
        file_sha256 char(64) NOT NULL,
        file_format text,
        file_encoding text,
        column_mapping jsonb NOT NULL DEFAULT '{}'::jsonb,
        ignored_columns text[] NOT NULL DEFAULT '{}',
        rows_read integer NOT NULL DEFAULT 0,
        rows_accepted integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        rows_duplicate integer NOT NULL DEFAULT 0,
        last_committed_row integer NOT NULL DEFAULT 0,
        bytes_read bigint NOT NULL DEFAULT 0,
        agency_id uuid NOT NULL REFERENCES agency (id),
        requested_by uuid,
        error text,
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_import_job_status_created ON import_job (status, created_at DESC)`);
    await db.query(`
      CREATE TABLE import_row_error (
        import_id uuid NOT NULL REFERENCES import_job (id),
        row_number integer NOT NULL,
        field text NOT NULL,
        reason text NOT NULL,
        duplicate_of uuid,
        PRIMARY KEY (import_id, row_number, field)
      )`);
    await db.query(`ALTER TABLE firearm ADD COLUMN import_key text, ADD COLUMN import_id uuid REFERENCES import_job (id), ADD COLUMN import_row integer`);
    await db.query(`CREATE UNIQUE INDEX uq_firearm_import_key ON firearm (import_key) WHERE import_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE firearm DROP COLUMN import_key, DROP COLUMN import_id, DROP COLUMN import_row`);
    await db.query(`DROP TABLE import_row_error`);
    await db.query(`DROP TABLE import_job`);
  }
}
