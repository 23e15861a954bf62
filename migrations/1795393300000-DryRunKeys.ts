import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dry run writes no records, so the rows it accepted are not in the register
 * for later rows of the file to be found duplicates of. Their keys are kept
 * here instead of in the worker's memory, which would grow with the file (a
 * 1,000,000-row dry run peaked at 776 MB). Scratch data for the length of one
 * pass: unlogged, and emptied when the pass starts and ends.
 */
export class DryRunKeys1795393300000 implements MigrationInterface {
  name = 'DryRunKeys1795393300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE UNLOGGED TABLE import_dry_run_key (
        import_id uuid NOT NULL,
        key text NOT NULL,
        row_number integer NOT NULL,
        PRIMARY KEY (import_id, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE import_dry_run_key`);
  }
}
