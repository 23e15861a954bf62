import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import run holds a lease on its import, kept in PostgreSQL with the
 * chunks it fences: BullMQ may hand one job to two runs (its lock lives in
 * Redis, which can be away longer than the lock), and only the lease holder
 * commits. `resume_count` counts the times the sweep restarted an import that
 * no worker held; `value_mapping` is the officer's vocabulary fix for a file
 * ({"category": {"lance-pierre": "other"}}), kept with the import.
 */
export class ImportLeases1795450000000 implements MigrationInterface {
  name = 'ImportLeases1795450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_job ADD COLUMN lease_id uuid, ADD COLUMN lease_expires_at timestamptz, ADD COLUMN resume_count integer NOT NULL DEFAULT 0, ADD COLUMN value_mapping jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await db.query(`CREATE INDEX import_job_unfinished_idx ON import_job (lease_expires_at) WHERE status IN ('queued', 'running')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX import_job_unfinished_idx`);
    await db.query(`ALTER TABLE import_job DROP COLUMN lease_id, DROP COLUMN lease_expires_at, DROP COLUMN resume_count, DROP COLUMN value_mapping`);
  }
}
