import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: append-only in the database itself (a trigger refuses UPDATE,
 * DELETE and TRUNCATE for every role, the owner's included), hash-chained per
 * record, numbered by a gapless global counter.
 */
export class AuditTrail1795392000000 implements MigrationInterface {
  name = 'AuditTrail1795392000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_counter (
        id smallint PRIMARY KEY CHECK (id = 1),
        last_seq bigint NOT NULL
      )`);
    await db.query(`INSERT INTO audit_counter (id, last_seq) VALUES (1, 0)`);
    await db.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY,
        seq bigint NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        action text NOT NULL,
        actor_user_id uuid,
        actor_username text NOT NULL,
        actor_agency_id uuid,
        actor_roles text[] NOT NULL,
        occurred_at timestamptz NOT NULL,
        request_id text,
        client_address text,
        before jsonb,
        after jsonb,
        reason text,
        prev_hash char(64),
        hash char(64) NOT NULL,
        CONSTRAINT uq_audit_entry_seq UNIQUE (seq)
      )`);
    await db.query(`CREATE INDEX ix_audit_entry_record_chain ON audit_entry (record_type, record_id, seq)`);
    await db.query(`CREATE INDEX ix_audit_entry_actor_time ON audit_entry (actor_user_id, occurred_at)`);
    await db.query(`CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at)`);
    await db.query(`CREATE INDEX ix_audit_entry_action_time ON audit_entry (action, occurred_at)`);
    await db.query(`
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER tr_audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
    await db.query(`CREATE TRIGGER tr_audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC`);
    await db.query(`
      CREATE TABLE audit_verification (
        id uuid PRIMARY KEY,
        requested_by uuid,
        requested_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        started_at timestamptz,
        finished_at timestamptz,
        entries_checked bigint NOT NULL DEFAULT 0,
        records_checked bigint NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]'::jsonb,
        error text
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_verification`);
    await db.query(`DROP TABLE audit_entry`);
    await db.query(`DROP FUNCTION audit_entry_is_append_only`);
    await db.query(`DROP TABLE audit_counter`);
  }
}
