import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lighter audited write and a faster seal, the same guarantees (issue 17).
 *
 * - `uq_audit_entry_seq` becomes a partial unique index over sealed positions: an
 *   entry is written unsealed (seq NULL), and every write put one more NULL into the
 *   old constraint's index for nothing. Positions stay unique.
 * - `ix_audit_entry_time` on (occurred_at, written): the trail's list is ordered
 *   newest first by that pair (issue 19), so its first page and its time filters read
 *   one index instead of sorting the whole trail; no index is added on the write path.
 * - The append-only trigger compares the rows field by field (the entry with its new
 *   position put back must equal the stored one) instead of converting both to jsonb:
 *   a third of a seal's time went there. Every column is still compared, including
 *   any added later.
 */
export class AuditWritePath1795470300000 implements MigrationInterface {
  name = 'AuditWritePath1795470300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_entry DROP CONSTRAINT uq_audit_entry_seq`);
    await db.query(`CREATE UNIQUE INDEX uq_audit_entry_seq ON audit_entry (seq) WHERE seq IS NOT NULL`);
    await db.query(`DROP INDEX ix_audit_entry_time`);
    await db.query(`CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, written)`);
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        sealed audit_entry;
      BEGIN
        -- Sealing sets an entry's log position once and changes nothing else.
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL THEN
          sealed := OLD;
          sealed.seq := NEW.seq;
          IF sealed IS NOT DISTINCT FROM NEW THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND (to_jsonb(NEW) - 'seq') = (to_jsonb(OLD) - 'seq') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`DROP INDEX ix_audit_entry_time`);
    await db.query(`CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at)`);
    await db.query(`DROP INDEX uq_audit_entry_seq`);
    await db.query(`ALTER TABLE audit_entry ADD CONSTRAINT uq_audit_entry_seq UNIQUE (seq)`);
  }
}
