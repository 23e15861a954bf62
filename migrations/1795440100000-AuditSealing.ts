import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trail's global order is assigned when the worker seals it into a signed
 * checkpoint, no longer by a counter row every writing transaction had to lock.
 *
 * - `written`: the order entries were appended in (an identity, gaps allowed); a
 *   record's chain follows it, and its head is found by it.
 * - `seq`: the entry's position in the sealed log (leaf seq - 1 of the Merkle
 *   tree), NULL until sealed, then set once: the trigger lets exactly that
 *   change through and refuses any other UPDATE, DELETE or TRUNCATE.
 * - `hash_version`: 1 for entries whose hash covers their sequence number (the
 *   counter era), 2 for the entries hashed without it.
 * - `audit_chain_heads()`: takes the writing transaction's lock on each record's
 *   chain (an advisory lock per record, no global row) and returns the heads.
 * - `audit_tree_node`: hashes of complete subtrees of 1,024 leaves and more,
 *   written by the sealer so a record's proof is built without reading the whole
 *   log. Derived data: a wrong node only makes a proof fail to verify.
 */
export class AuditSealing1795440100000 implements MigrationInterface {
  name = 'AuditSealing1795440100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_entry ALTER COLUMN seq DROP NOT NULL`);
    await db.query(`ALTER TABLE audit_entry ADD COLUMN hash_version integer NOT NULL DEFAULT 1`);
    await db.query(`ALTER TABLE audit_entry ALTER COLUMN hash_version SET DEFAULT 2`);
    await db.query(`ALTER TABLE audit_entry ADD COLUMN written bigint`);
    await db.query(`ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete`);
    await db.query(`UPDATE audit_entry SET written = seq`);
    await db.query(`ALTER TABLE audit_entry ENABLE TRIGGER tr_audit_entry_no_update_delete`);
    await db.query(`ALTER TABLE audit_entry ALTER COLUMN written SET NOT NULL`);
    const [{ next }] = (await db.query(`SELECT coalesce(max(written), 0) + 1 AS next FROM audit_entry`)) as { next: string }[];
    await db.query(`ALTER TABLE audit_entry ALTER COLUMN written ADD GENERATED ALWAYS AS IDENTITY (START WITH ${BigInt(next)})`);
    await db.query(`DROP INDEX ix_audit_entry_record_chain`);
    await db.query(`CREATE INDEX ix_audit_entry_record_chain ON audit_entry (record_type, record_id, written)`);
    await db.query(`CREATE INDEX ix_audit_entry_unsealed ON audit_entry (written) WHERE seq IS NULL`);
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Sealing sets an entry's log position once and changes nothing else.
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND (to_jsonb(NEW) - 'seq') = (to_jsonb(OLD) - 'seq') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // A record's chain lock and head in one round trip: in a VOLATILE function each statement takes a fresh
    // snapshot, so the head read after the lock sees what the lock's previous holder committed.
    await db.query(`
      CREATE FUNCTION audit_chain_heads(types text[], ids text[]) RETURNS TABLE (chain_type text, chain_id text, head_hash text)
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(1795441, h)
           FROM (SELECT DISTINCT hashtext(t || ':' || i) AS h FROM unnest(types, ids) AS k(t, i) ORDER BY 1) sorted;
        RETURN QUERY
          SELECT k.t, k.i, head.hash::text
            FROM unnest(types, ids) AS k(t, i)
            CROSS JOIN LATERAL (SELECT e.hash FROM audit_entry e WHERE e.record_type = k.t AND e.record_id = k.i ORDER BY e.written DESC LIMIT 1) head;
      END $$`);
    // An API write's entries in one round trip: lock each record's chain, read its head with a fresh
    // snapshot, finish each hash around it and insert (each record once per call).
    await db.query(`
      CREATE FUNCTION audit_append(p_rows json, p_actor_user_id uuid, p_actor_username text, p_actor_agency_id uuid, p_actor_roles text[],
                                   p_occurred_at timestamptz, p_request_id text, p_client_address text) RETURNS void
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(1795441, h)
           FROM (SELECT DISTINCT hashtext(r.record_type || ':' || r.record_id) AS h FROM json_to_recordset(p_rows) AS r(record_type text, record_id text) ORDER BY 1) sorted;
        INSERT INTO audit_entry (id, hash_version, record_type, record_id, action, actor_user_id, actor_username, actor_agency_id, actor_roles,
                                 occurred_at, request_id, client_address, before, after, reason, prev_hash, hash)
        SELECT t.id, 2, t.record_type, t.record_id, t.action, p_actor_user_id, p_actor_username, p_actor_agency_id, p_actor_roles,
               p_occurred_at, p_request_id, p_client_address, t.before, t.after, t.reason, head.hash,
               encode(sha256(convert_to(t.text_before || coalesce('"' || head.hash || '"', 'null') || t.text_after, 'UTF8')), 'hex')
          FROM json_to_recordset(p_rows) AS t(n int, id uuid, record_type text, record_id text, action text, reason text, before jsonb, after jsonb, text_before text, text_after text)
          LEFT JOIN LATERAL (SELECT e.hash::text AS hash FROM audit_entry e WHERE e.record_type = t.record_type AND e.record_id = t.record_id ORDER BY e.written DESC LIMIT 1) head ON true
         ORDER BY t.n;
      END $$`);
    await db.query(`
      CREATE TABLE audit_tree_node (
        level integer NOT NULL,
        index bigint NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (level, index)
      )`);
    await db.query(`REVOKE ALL ON audit_tree_node FROM registry_app`);
    await db.query(`GRANT SELECT, INSERT ON audit_tree_node TO registry_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_tree_node`);
    await db.query(`DROP FUNCTION audit_chain_heads`);
    await db.query(`DROP FUNCTION audit_append`);
    await db.query(`DROP INDEX ix_audit_entry_unsealed`);
    await db.query(`DROP INDEX ix_audit_entry_record_chain`);
    await db.query(`CREATE INDEX ix_audit_entry_record_chain ON audit_entry (record_type, record_id, seq)`);
    await db.query(`ALTER TABLE audit_entry DROP COLUMN written`);
    await db.query(`ALTER TABLE audit_entry DROP COLUMN hash_version`);
  }
}
